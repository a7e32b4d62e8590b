import type { Delivery, DeliveryInput, Store, WriteContext } from "@weerbaar/store";
import { type Assessment, assessDelivery } from "./assess.ts";
import { checkDelivery } from "./check.ts";
import { type ReminderConfig, type ReminderConfigInput, reminderConfig } from "./config.ts";
import { txnIdOf } from "./keys.ts";
import { loadReminderData, withAppointments } from "./load.ts";
import { type ReminderLogger, silentLogger } from "./logger.ts";
import { ReminderPayload } from "./payload.ts";
import { planReminders } from "./plan.ts";
import { assertCronPattern } from "./schedule.ts";
import { ChannelGoneError, type ReminderPlatform, type Sender } from "./sender.ts";
import type { ReminderData } from "./subjects.ts";
import { type IntervalTimer, realTimer } from "./timer.ts";

/** What createReminderService needs; `now` and `timer` are injected so tests control time. */
export type ReminderServiceOptions = {
  store: Store;
  senders: Partial<Record<ReminderPlatform, Sender>>;
  now: () => Date;
  /** Names this instance in claims and the audit log; unique per process. */
  workerId: string;
  config?: ReminderConfigInput;
  logger?: ReminderLogger;
  timer?: IntervalTimer;
  /** Told what every finished round did (the bots count delivery outcomes from it for their metrics). */
  onTick?: (report: TickReport) => void;
  /** Told when a round started by `start()` failed as a whole (e.g. the database was unreachable). */
  onTickError?: (error: unknown) => void;
  /**
   * Asked before every round; a round it declines plans, claims and sends nothing (a standby Matrix bot, whose
   * send into an encrypted room would fail and count as an attempt). Default: always run.
   */
  shouldRun?: () => boolean;
};

/** What one tick did. */
export type TickReport = {
  planned: number;
  enqueued: number;
  withdrawn: { key: string; reason: string }[];
  sent: { key: string; platformMessageId: string; late: boolean }[];
  dropped: { key: string; reason: string; stale: boolean }[];
  failed: { key: string; error: string; final: boolean }[];
};

/** The reminder worker: plan, enqueue, claim, send, record. */
export interface ReminderService {
  /** One round: plans from the data, enqueues idempotently, withdraws moot future deliveries, sends what is due. */
  tick(): Promise<TickReport>;
  /** Ticks now and then every `intervalMs` (overlapping ticks are skipped). */
  start(): void;
  /** Stops ticking and waits for a running tick to finish. */
  stop(): Promise<void>;
}

// Claim rounds per tick: enough to drain a backlog after downtime without starving the next tick.
const MAX_CLAIM_ROUNDS = 20;
// The enqueued-keys cache is only an optimization: clearing it costs one idempotent enqueue per planned key.
const MAX_CACHED_KEYS = 50_000;

function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** Creates the reminder service over a store; nothing is kept only in memory (a cache of enqueued keys aside). */
export function createReminderService(options: ReminderServiceOptions): ReminderService {
  const config: ReminderConfig = reminderConfig(options.config);
  assertCronPattern(config.digestCron);
  const { store, senders, workerId } = options;
  const logger = options.logger ?? silentLogger;
  const timer = options.timer ?? realTimer;
  const ctx: WriteContext = { actorId: `system:reminders:${workerId}`, channel: "reminders" };
  // Keys this instance already enqueued: saves a write per key and tick; the store stays the source of truth.
  const enqueued = new Set<string>();

  const enqueue = async (inputs: DeliveryInput[], report: TickReport) => {
    const fresh = inputs.filter((i) => !enqueued.has(i.key)).sort((a, b) => (a.key < b.key ? -1 : 1));
    if (fresh.length === 0) return;
    const created = await store.transaction(async (tx) => {
      let count = 0;
      for (const input of fresh) if ((await tx.deliveries.enqueue(input, ctx)).created) count++;
      return count;
    });
    if (enqueued.size > MAX_CACHED_KEYS) enqueued.clear();
    for (const input of fresh) enqueued.add(input.key);
    report.enqueued += created;
  };

  /** Drops a delivery, tolerating another instance having finished it first. */
  const drop = async (delivery: Delivery, reason: string): Promise<boolean> => {
    try {
      await store.deliveries.drop(delivery.id, reason, ctx);
      return true;
    } catch (error) {
      logger.warn(
        { event: "reminder_drop_skipped", key: delivery.key, error: errorText(error) },
        "drop skipped",
      );
      return false;
    }
  };

  /** Pending deliveries not yet claimable whose subject changed (moved or cancelled meeting, ended subscription). */
  const withdrawMoot = async (data: ReminderData, now: Date, report: TickReport) => {
    const pending = (await store.deliveries.list({ status: "pending", limit: 10_000 })).filter(
      (d) => d.nextAttemptAt.getTime() > now.getTime(),
    );
    const loaded = new Set(data.appointments.map((a) => a.id));
    const ids = pending.flatMap((d) => {
      const parsed = ReminderPayload.safeParse(d.payload);
      return parsed.success && "appointmentId" in parsed.data && !loaded.has(parsed.data.appointmentId)
        ? [parsed.data.appointmentId]
        : [];
    });
    const fresh = await withAppointments(store, data, ids);
    for (const delivery of pending) {
      const parsed = ReminderPayload.safeParse(delivery.payload);
      if (!parsed.success) continue;
      const verdict = checkDelivery({ ...delivery, payload: parsed.data }, fresh, { now, config });
      // Stale deliveries are left for the claim path, which logs them when they come due.
      if (verdict.send || verdict.stale) continue;
      if (await drop(delivery, verdict.reason)) {
        report.withdrawn.push({ key: delivery.key, reason: verdict.reason });
        logger.info(
          { event: "reminder_withdrawn", key: delivery.key, reason: verdict.reason },
          "reminder withdrawn",
        );
      }
    }
  };

  const channelGone = async (delivery: Delivery, error: ChannelGoneError, report: TickReport) => {
    const subscriptions = await store.subscriptions.list({
      platform: delivery.platform,
      channelId: delivery.channelId,
    });
    for (const subscription of subscriptions) await store.subscriptions.unsubscribe(subscription.id, ctx);
    const reason = `channel gone (${error.reason})`;
    if (await drop(delivery, reason)) report.dropped.push({ key: delivery.key, reason, stale: false });
    logger.warn(
      {
        event: "reminder_channel_gone",
        key: delivery.key,
        channelId: delivery.channelId,
        unsubscribed: subscriptions.length,
      },
      "channel gone: its subscriptions ended and the reminder was dropped",
    );
  };

  const deliver = async (delivery: Delivery, data: ReminderData, now: Date, report: TickReport) => {
    // claim() only hands out deliveries for platforms this instance has a sender for.
    const sender = senders[delivery.platform as ReminderPlatform];
    if (!sender) throw new Error(`no ${delivery.platform} sender on worker ${workerId}`);
    let assessment: Assessment;
    try {
      assessment = await assessDelivery(store, delivery, data, { now, config });
    } catch (error) {
      await fail(delivery, error, report);
      return;
    }
    const { verdict, reply } = assessment;
    if (!verdict.send || !reply) {
      const reason = verdict.send ? "nothing to send" : verdict.reason;
      const isStale = !verdict.send && verdict.stale;
      if (await drop(delivery, reason)) {
        report.dropped.push({ key: delivery.key, reason, stale: isStale });
        const details = {
          event: "reminder_dropped",
          key: delivery.key,
          dueAt: delivery.dueAt.toISOString(),
          reason,
        };
        if (isStale) logger.warn(details, `stale reminder dropped: ${reason}`);
        else logger.info(details, `reminder withdrawn: ${reason}`);
      }
      return;
    }
    let platformMessageId: string;
    try {
      platformMessageId = await sender({
        key: delivery.key,
        txnId: txnIdOf(delivery.key),
        platform: delivery.platform,
        channelId: delivery.channelId,
        reply,
        dueAt: delivery.dueAt,
      });
    } catch (error) {
      if (error instanceof ChannelGoneError) await channelGone(delivery, error, report);
      else await fail(delivery, error, report);
      return;
    }
    try {
      const sent = await store.deliveries.markSent(delivery.id, { platformMessageId }, ctx);
      report.sent.push({ key: delivery.key, platformMessageId, late: sent.late });
      const details = { event: "reminder_sent", key: delivery.key, platformMessageId, late: sent.late };
      if (sent.late) logger.info(details, `late reminder sent (due ${delivery.dueAt.toISOString()})`);
      else logger.info(details, "reminder sent");
    } catch (error) {
      // Another instance took over after our lease ran out and recorded it; the idempotent send gave the same message.
      logger.warn(
        { event: "reminder_mark_sent_skipped", key: delivery.key, error: errorText(error) },
        "already recorded",
      );
    }
  };

  const fail = async (delivery: Delivery, error: unknown, report: TickReport) => {
    const text = errorText(error);
    try {
      const failed = await store.deliveries.markFailed(
        delivery.id,
        { error: text, maxAttempts: config.maxAttempts },
        ctx,
      );
      const final = failed.status === "failed";
      report.failed.push({ key: delivery.key, error: text, final });
      const details = { event: "reminder_failed", key: delivery.key, attempts: failed.attempts, error: text };
      if (final) logger.error(details, "reminder failed for good");
      else logger.warn(details, `reminder failed; retry at ${failed.nextAttemptAt.toISOString()}`);
    } catch (markError) {
      logger.warn(
        { event: "reminder_mark_failed_skipped", key: delivery.key, error: errorText(markError) },
        "skipped",
      );
    }
  };

  const tick = async (): Promise<TickReport> => {
    const now = options.now();
    const report: TickReport = {
      planned: 0,
      enqueued: 0,
      withdrawn: [],
      sent: [],
      dropped: [],
      failed: [],
    };
    if (options.shouldRun && !options.shouldRun()) return report;
    const data = await loadReminderData(store, now, config);
    const planned = planReminders(data, { now, config });
    report.planned = planned.length;
    await enqueue(planned, report);
    await withdrawMoot(data, now, report);
    for (let round = 0; round < MAX_CLAIM_ROUNDS; round++) {
      const claimed = await store.deliveries.claim(
        { workerId, limit: config.claimLimit, leaseMs: config.leaseMs, platforms: Object.keys(senders) },
        ctx,
      );
      for (const delivery of claimed) await deliver(delivery, data, now, report);
      if (claimed.length < config.claimLimit) break;
    }
    options.onTick?.(report);
    return report;
  };

  let cancel: (() => void) | undefined;
  let running: Promise<unknown> | undefined;
  const runTick = () => {
    if (running) return;
    running = tick()
      .catch((error: unknown) => {
        logger.error({ event: "reminder_tick_failed", error: errorText(error) }, "tick failed");
        options.onTickError?.(error);
      })
      .finally(() => {
        running = undefined;
      });
  };

  return {
    tick,
    start() {
      if (cancel) return;
      cancel = timer.every(config.intervalMs, runTick);
      runTick();
    },
    async stop() {
      cancel?.();
      cancel = undefined;
      await running;
    },
  };
}
