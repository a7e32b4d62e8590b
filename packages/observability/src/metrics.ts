import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";

/** The chat platform a bot process serves; every metric of a bot carries it as the `platform` label. */
export type Platform = "teams" | "matrix";

/** How a reminder delivery ended in one worker round. */
export type ReminderOutcome = "sent" | "sent_late" | "dropped" | "dropped_stale" | "retrying" | "failed";

/** How an e-mail delivery ended (no e-mail outbox exists yet: nothing reports these so far). */
export type EmailOutcome = "sent" | "retrying" | "failed";

/** Where the adapter saw a database failure. */
export type DatabaseErrorSource = "turn" | "readiness" | "reminders";

/**
 * The shape of one reminder worker round, as @weerbaar/reminders' TickReport has it; only the fields counted here.
 */
export type ReminderRound = {
  sent: readonly { late: boolean }[];
  dropped: readonly { stale: boolean }[];
  failed: readonly { final: boolean }[];
};

/** What createBotMetrics needs. */
export type BotMetricsOptions = {
  platform: Platform;
  /** Node's own metrics (CPU, memory, event-loop lag, GC) via prom-client's collectDefaultMetrics; default true. */
  processMetrics?: boolean;
  /**
   * Seconds since the last successful Matrix sync (since the bot started, before the first), read at scrape time.
   * Given only by the Matrix bot: weerbaar_matrix_sync_lag_seconds exists only then.
   */
  syncLagSeconds?: () => number;
};

/** The metrics of one bot process over its own registry; every method is cheap enough for the turn path. */
export type BotMetrics = {
  /** The registry behind `GET /metrics` (prom-client's `metrics()` and `contentType`). */
  readonly registry: Registry;
  /** Counts one answered turn under its intent and records how long it took. */
  turn(intent: string, seconds: number): void;
  /** Counts the outcomes of one reminder worker round (pass it as the worker's `onTick`). */
  reminderRound(round: ReminderRound): void;
  /** Counts one e-mail delivery outcome. */
  emailDelivery(outcome: EmailOutcome): void;
  /** Counts one database failure the adapter saw. */
  databaseError(source: DatabaseErrorSource): void;
};

/** Turn latency buckets in seconds: a turn is ~1 ms of our own work plus the channel's round trip. */
const TURN_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

// Intents are identifiers chosen by the assistant; anything else is counted as "other", so no text can ever
// become a label (and the series stay few).
const INTENT_PATTERN = /^[a-z][a-z0-9_]{0,63}$/;
const MAX_INTENTS = 200;
const OTHER_INTENT = "other";

/**
 * Creates a registry with every Weerbaar bot metric, defined once for both bots:
 * `weerbaar_turns_total{platform,intent}`, `weerbaar_turn_duration_seconds{platform}`,
 * `weerbaar_reminder_deliveries_total{platform,outcome}`, `weerbaar_email_deliveries_total{platform,outcome}`,
 * `weerbaar_database_errors_total{platform,source}`, `weerbaar_matrix_sync_lag_seconds` (Matrix only) and
 * Node's process metrics. Labels are only the platform, intent names and fixed outcome words.
 */
export function createBotMetrics(options: BotMetricsOptions): BotMetrics {
  const { platform } = options;
  const registry = new Registry();
  const registers = [registry];
  const turns = new Counter({
    name: "weerbaar_turns_total",
    help: "Turns answered, by platform and the intent the assistant recognised.",
    labelNames: ["platform", "intent"] as const,
    registers,
  });
  const turnDuration = new Histogram({
    name: "weerbaar_turn_duration_seconds",
    help: "Time from receiving a message to the reply being sent, in seconds.",
    labelNames: ["platform"] as const,
    buckets: TURN_BUCKETS,
    registers,
  });
  const reminders = new Counter({
    name: "weerbaar_reminder_deliveries_total",
    help: "Reminder deliveries by outcome: sent, sent_late, dropped, dropped_stale, retrying, failed (for good).",
    labelNames: ["platform", "outcome"] as const,
    registers,
  });
  const emails = new Counter({
    name: "weerbaar_email_deliveries_total",
    help:
      "E-mail deliveries by outcome (sent, retrying, failed). Reserved: there is no e-mail outbox yet, " +
      "so this stays at zero.",
    labelNames: ["platform", "outcome"] as const,
    registers,
  });
  const databaseErrors = new Counter({
    name: "weerbaar_database_errors_total",
    help: "Database failures the adapter saw: during a turn, a readiness check or a reminder round.",
    labelNames: ["platform", "source"] as const,
    registers,
  });
  const syncLag = options.syncLagSeconds;
  if (syncLag) {
    new Gauge({
      name: "weerbaar_matrix_sync_lag_seconds",
      help: "Seconds since the last successful Matrix sync (since the bot started, before the first sync).",
      registers,
      collect() {
        this.set(syncLag());
      },
    });
  }
  if (options.processMetrics ?? true) collectDefaultMetrics({ register: registry });

  // Children are looked up once per intent: the turn path then does a Map lookup and two increments.
  const turnChildren = new Map<string, ReturnType<typeof turns.labels>>();
  const turnCounter = (intent: string) => {
    const known = turnChildren.get(intent);
    if (known) return known;
    const label = INTENT_PATTERN.test(intent) && turnChildren.size < MAX_INTENTS ? intent : OTHER_INTENT;
    const child = turns.labels(platform, label);
    if (label === intent) turnChildren.set(intent, child);
    return child;
  };
  const duration = turnDuration.labels(platform);
  for (const outcome of ["sent", "sent_late", "dropped", "dropped_stale", "retrying", "failed"] as const) {
    reminders.labels(platform, outcome).inc(0);
  }
  // Series that exist from the start read as 0 instead of "no data" in dashboards and alerts.
  for (const outcome of ["sent", "retrying", "failed"] as const) emails.labels(platform, outcome).inc(0);
  for (const source of ["turn", "readiness", "reminders"] as const)
    databaseErrors.labels(platform, source).inc(0);

  return {
    registry,
    turn(intent, seconds) {
      turnCounter(intent).inc();
      duration.observe(seconds);
    },
    reminderRound(round) {
      const count = (outcome: ReminderOutcome, n: number) => {
        if (n > 0) reminders.labels(platform, outcome).inc(n);
      };
      const late = round.sent.filter((s) => s.late).length;
      const stale = round.dropped.filter((d) => d.stale).length;
      const final = round.failed.filter((f) => f.final).length;
      count("sent", round.sent.length - late);
      count("sent_late", late);
      count("dropped", round.dropped.length - stale);
      count("dropped_stale", stale);
      count("retrying", round.failed.length - final);
      count("failed", final);
    },
    emailDelivery(outcome) {
      emails.labels(platform, outcome).inc();
    },
    databaseError(source) {
      databaseErrors.labels(platform, source).inc();
    },
  };
}
