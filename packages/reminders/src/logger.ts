/** The logging the service does: pino's signature, so a pino logger fits; defaults to silence. */
export type ReminderLogger = {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
};

/** A logger that drops everything. */
export const silentLogger: ReminderLogger = { info() {}, warn() {}, error() {} };
