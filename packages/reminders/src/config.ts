import { z } from "zod";

/** Who receives a meeting's reminders: channels subscribed by its organizer or staff attendees, or every subscribed channel. */
export const MeetingAudience = z.enum(["participants", "all"]);
/** participants (default) or all. */
export type MeetingAudience = z.infer<typeof MeetingAudience>;

/** The reminder settings; every field has a default (see `defaultReminderConfig`). */
export const ReminderConfig = z.object({
  /** A letter (or a held meeting) waiting more than this many working days is a follow-up. */
  followUpWorkingDays: z.number().int().positive().default(15),
  /** Working days after a held meeting without a support decision; defaults to `followUpWorkingDays`. */
  meetingFollowUpWorkingDays: z.number().int().positive().optional(),
  /** When the weekly digest goes out, a cron pattern evaluated in Europe/Amsterdam (croner). */
  digestCron: z.string().min(1).default("0 9 * * 1"),
  /** The language of reminders for channels that subscribed before their language was kept. */
  lang: z.enum(["nl", "en"]).default("nl"),
  meetingAudience: MeetingAudience.default("participants"),
  /** How many working mornings to ask for a meeting's outcome before giving up. */
  outcomeReminderRepeats: z.number().int().positive().default(3),
  /** Meeting reminders are planned for meetings starting up to this many days ahead. */
  horizonDays: z.number().int().positive().default(8),
  /** Missed reminders up to this many days old are still planned (catch-up after downtime). */
  lookbackDays: z.number().int().positive().default(7),
  /** Attempts per delivery before it is marked failed. */
  maxAttempts: z.number().int().positive().default(5),
  /** How long a claim lasts; a worker that dies mid-send loses its claim after this. */
  leaseMs: z.number().int().positive().default(120_000),
  /** Deliveries claimed per round of a tick. */
  claimLimit: z.number().int().positive().default(20),
  /** How often `start()` ticks. */
  intervalMs: z.number().int().positive().default(60_000),
});
/** Reminder settings after defaults. */
export type ReminderConfig = z.infer<typeof ReminderConfig>;
/** Reminder settings as given (all optional). */
export type ReminderConfigInput = z.input<typeof ReminderConfig>;

/** The settings with every default applied; throws a ZodError on invalid values. */
export function reminderConfig(input: ReminderConfigInput = {}): ReminderConfig {
  return ReminderConfig.parse(input);
}

/** Reminder settings from the environment (WEERBAAR_REMINDERS_*); unset variables keep the defaults. */
export function reminderConfigFromEnv(env: Record<string, string | undefined>): ReminderConfig {
  const number = (name: string) => {
    const value = env[name]?.trim();
    return value ? Number(value) : undefined;
  };
  const input: Record<string, unknown> = {
    followUpWorkingDays: number("WEERBAAR_REMINDERS_FOLLOW_UP_WORKING_DAYS"),
    digestCron: env.WEERBAAR_REMINDERS_DIGEST_CRON?.trim() || undefined,
    lang: env.WEERBAAR_REMINDERS_LANG?.trim() || undefined,
    meetingAudience: env.WEERBAAR_REMINDERS_MEETING_AUDIENCE?.trim() || undefined,
    intervalMs: number("WEERBAAR_REMINDERS_INTERVAL_MS"),
  };
  return ReminderConfig.parse(Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)));
}

/** False when WEERBAAR_REMINDERS is "off", "0" or "false": this process then sends no reminders. */
export function remindersEnabled(env: Record<string, string | undefined>): boolean {
  return !["off", "0", "false"].includes(env.WEERBAAR_REMINDERS?.trim().toLowerCase() ?? "");
}
