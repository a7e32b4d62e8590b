import type { Logger } from "pino";
import type { InFlight } from "./in-flight.ts";

/** The default time in-flight work gets to finish after SIGTERM. */
export const DEFAULT_SHUTDOWN_TIMEOUT_MS = 10_000;

/** What a graceful shutdown does, in order. */
export type ShutdownOptions = {
  inFlight: InFlight;
  /**
   * Stops taking new work (refuse new requests, stop sync and reminder loops). It may wait for work it owns
   * (a reminder round, a sync batch): that counts against the deadline too.
   */
  stopAccepting: () => Promise<void> | void;
  /** Releases what is left (servers, the store) once the work finished or the deadline passed. */
  close: () => Promise<void>;
  logger: Pick<Logger, "info" | "warn" | "error">;
  /** How long stopping and in-flight work may take; default 10 s. */
  timeoutMs?: number;
  /** Ends the process; default process.exit. */
  exit?: (code: number) => void;
};

/** A shutdown sequence that runs once. */
export type Shutdown = {
  /** Whether the sequence has started (new work should be refused). */
  readonly started: boolean;
  /** Runs the sequence (once; later calls get the same result) and exits with 0, or 1 when work was cut off. */
  run(reason: string): Promise<number>;
  /** Runs the sequence on the first of these signals; a second one exits 1 at once. Returns an uninstaller. */
  onSignals(signals?: readonly NodeJS.Signals[]): () => void;
};

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The graceful shutdown of a bot: stop accepting work, let in-flight work finish within `timeoutMs`, close,
 * exit 0, or exit 1 when the deadline passed with work still running (or closing failed).
 */
export function createShutdown(options: ShutdownOptions): Shutdown {
  const timeoutMs = options.timeoutMs ?? DEFAULT_SHUTDOWN_TIMEOUT_MS;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const { logger, inFlight } = options;
  let running: Promise<number> | undefined;

  const finishWork = async () => {
    try {
      await options.stopAccepting();
    } catch (error) {
      logger.error({ event: "shutdown_stop_failed", error: errorText(error) }, "stopping new work failed");
    }
    await inFlight.idle();
    return true;
  };

  const sequence = async (reason: string): Promise<number> => {
    logger.info({ event: "stopping", reason, inFlight: inFlight.count, timeoutMs }, "stopping");
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    const finished = await Promise.race([finishWork(), deadline]);
    clearTimeout(timer);
    if (!finished) {
      logger.warn(
        { event: "shutdown_deadline", inFlight: inFlight.count, timeoutMs },
        "work still running at the shutdown deadline",
      );
    }
    let closed = true;
    try {
      await options.close();
    } catch (error) {
      closed = false;
      logger.error({ event: "shutdown_close_failed", error: errorText(error) }, "closing failed");
    }
    const code = finished && closed ? 0 : 1;
    logger.info({ event: "stopped", code }, "stopped");
    return code;
  };

  const shutdown: Shutdown = {
    get started() {
      return running !== undefined;
    },
    run(reason) {
      running ??= sequence(reason).then((code) => {
        exit(code);
        return code;
      });
      return running;
    },
    onSignals(signals = ["SIGTERM", "SIGINT"]) {
      const handler = (signal: NodeJS.Signals) => {
        if (running) {
          logger.warn({ event: "shutdown_forced", signal }, "second signal: exiting now");
          exit(1);
          return;
        }
        void shutdown.run(signal);
      };
      for (const signal of signals) process.on(signal, handler);
      return () => {
        for (const signal of signals) process.off(signal, handler);
      };
    },
  };
  return shutdown;
}
