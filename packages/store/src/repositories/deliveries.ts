import { randomUUID } from "node:crypto";
import type { Selectable, Updateable } from "kysely";
import {
  type Executor,
  fromStored,
  fromStoredOptional,
  inTransaction,
  optional,
  toStored,
  type WriteContext,
  writeAudit,
} from "../engine/context.ts";
import type { ReminderDeliveriesTable } from "../engine/schema.ts";
import { NotFoundError, StoreValidationError } from "../errors.ts";

type Row = Selectable<ReminderDeliveriesTable>;

/** pending → claimed → sent; or back to pending after a failure, failed after the last attempt, dropped when moot. */
export type DeliveryStatus = "pending" | "claimed" | "sent" | "failed" | "dropped";

/** One reminder occurrence for one channel. */
export type Delivery<P = unknown> = {
  id: string;
  key: string;
  platform: string;
  channelId: string;
  dueAt: Date;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: Date;
  claimedBy: string | undefined;
  claimedUntil: Date | undefined;
  platformMessageId: string | undefined;
  sentAt: Date | undefined;
  late: boolean;
  payload: P;
  lastError: string | undefined;
};

/** A delivery to enqueue; `key` identifies the occurrence and channel, so enqueuing twice is harmless. */
export type DeliveryInput = {
  key: string;
  platform: string;
  channelId: string;
  dueAt: Date;
  payload: unknown;
};

/** A delivery counts as late when sent this long after it was due, unless the sender says otherwise. */
export const LATE_AFTER_MS = 15 * 60_000;
const BACKOFF_BASE_MS = 30_000;
const BACKOFF_MAX_MS = 60 * 60_000;

/** The reminder outbox: idempotent enqueue, exactly-once claiming across workers, sent/failed/dropped. */
export interface DeliveriesRepository {
  /** Enqueues a delivery unless its key exists; returns the stored row and whether it was new. */
  enqueue(input: DeliveryInput, ctx: WriteContext): Promise<{ delivery: Delivery; created: boolean }>;
  /**
   * Atomically claims up to `limit` due deliveries (pending and due, or with an expired claim) for `leaseMs`;
   * `platforms` limits it to the channels this worker can send to.
   */
  claim(
    options: { workerId: string; limit?: number; leaseMs?: number; platforms?: readonly string[] },
    ctx: WriteContext,
  ): Promise<Delivery[]>;
  /** Marks a claimed delivery sent with the platform's message id; `late` defaults to "sent over 15 min after due". */
  markSent(
    id: string,
    result: { platformMessageId: string; late?: boolean },
    ctx: WriteContext,
  ): Promise<Delivery>;
  /** Records a failed attempt: retried later with exponential backoff, or `failed` after `maxAttempts` (default 5). */
  markFailed(
    id: string,
    failure: { error: string; maxAttempts?: number },
    ctx: WriteContext,
  ): Promise<Delivery>;
  /** Gives up a delivery that no longer applies (e.g. the meeting was cancelled). */
  drop(id: string, reason: string, ctx: WriteContext): Promise<Delivery>;
  /** One delivery by id, or undefined. */
  get(id: string): Promise<Delivery | undefined>;
  /** One delivery by key, or undefined. */
  getByKey(key: string): Promise<Delivery | undefined>;
  /** Deliveries, optionally with one status, by due time. */
  list(filter?: { status?: DeliveryStatus; limit?: number }): Promise<Delivery[]>;
}

function toDelivery(row: Row): Delivery {
  return {
    id: row.id,
    key: row.key,
    platform: row.platform,
    channelId: row.channelId,
    dueAt: fromStored(row.dueAt),
    status: row.status as DeliveryStatus,
    attempts: row.attempts,
    nextAttemptAt: fromStored(row.nextAttemptAt),
    claimedBy: optional(row.claimedBy),
    claimedUntil: fromStoredOptional(row.claimedUntil),
    platformMessageId: optional(row.platformMessageId),
    sentAt: fromStoredOptional(row.sentAt),
    late: row.late === 1,
    payload: JSON.parse(row.payload) as unknown,
    lastError: optional(row.lastError),
  };
}

/** The deliveries repository over an executor. */
export function deliveriesRepository(exec: Executor): DeliveriesRepository {
  const get = async (id: string) => {
    const row = await exec.db
      .selectFrom("reminderDeliveries")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirst();
    return row ? toDelivery(row) : undefined;
  };

  /** Applies a status change to a claimed delivery inside a transaction, with its audit row. */
  const finish = (
    id: string,
    ctx: WriteContext,
    action: string,
    change: (
      current: Delivery,
      now: Date,
    ) => Updateable<ReminderDeliveriesTable> & { status: DeliveryStatus },
    allowed: DeliveryStatus[],
  ) =>
    inTransaction(exec, async (tx) => {
      const row = await tx
        .selectFrom("reminderDeliveries")
        .selectAll()
        .where("id", "=", id)
        .executeTakeFirst();
      if (!row) throw new NotFoundError("delivery", id);
      const current = toDelivery(row);
      if (!allowed.includes(current.status)) {
        throw new StoreValidationError(
          `delivery ${id} is ${current.status}; expected ${allowed.join(" or ")}`,
        );
      }
      const now = exec.now();
      const next = change(current, now);
      await tx
        .updateTable("reminderDeliveries")
        .set({ ...next, updatedAt: toStored(now) })
        .where("id", "=", id)
        .execute();
      await writeAudit(tx, exec, ctx, {
        action,
        entityType: "delivery",
        entityId: id,
        details: { key: current.key, status: next.status, attempts: current.attempts },
      });
      const updated = await tx
        .selectFrom("reminderDeliveries")
        .selectAll()
        .where("id", "=", id)
        .executeTakeFirstOrThrow();
      return toDelivery(updated);
    });

  return {
    async enqueue(input, ctx) {
      return inTransaction(exec, async (tx) => {
        const at = toStored(exec.now());
        const id = randomUUID();
        const result = await tx
          .insertInto("reminderDeliveries")
          .values({
            id,
            key: input.key,
            platform: input.platform,
            channelId: input.channelId,
            dueAt: toStored(input.dueAt),
            status: "pending",
            attempts: 0,
            nextAttemptAt: toStored(input.dueAt),
            late: 0,
            payload: JSON.stringify(input.payload ?? null),
            createdAt: at,
            updatedAt: at,
          })
          .onConflict((oc) => oc.column("key").doNothing())
          .executeTakeFirst();
        const created = Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
        if (created) {
          await writeAudit(tx, exec, ctx, {
            action: "delivery.enqueued",
            entityType: "delivery",
            entityId: id,
            details: { key: input.key, dueAt: input.dueAt.toISOString() },
          });
        }
        const row = await tx
          .selectFrom("reminderDeliveries")
          .selectAll()
          .where("key", "=", input.key)
          .executeTakeFirstOrThrow();
        return { delivery: toDelivery(row), created };
      });
    },

    async claim(options, ctx) {
      const now = exec.now();
      const nowStored = toStored(now);
      const until = toStored(new Date(now.getTime() + (options.leaseMs ?? 60_000)));
      return inTransaction(exec, async (tx) => {
        const claimable = (qb: ReturnType<typeof tx.selectFrom<"reminderDeliveries">>) =>
          qb.where((eb) =>
            eb.or([
              eb.and([eb("status", "=", "pending"), eb("nextAttemptAt", "<=", nowStored)]),
              eb.and([eb("status", "=", "claimed"), eb("claimedUntil", "<=", nowStored)]),
            ]),
          );
        let candidates = claimable(tx.selectFrom("reminderDeliveries"))
          .select("id")
          .orderBy("nextAttemptAt")
          .orderBy("id")
          .limit(options.limit ?? 10);
        // SQLite holds the database write lock (BEGIN IMMEDIATE); PostgreSQL lets concurrent claimers skip each other's rows.
        if (options.platforms) candidates = candidates.where("platform", "in", [...options.platforms]);
        if (exec.engine === "postgres") candidates = candidates.forUpdate().skipLocked();
        const rows = await tx
          .updateTable("reminderDeliveries")
          .set((eb) => ({
            status: "claimed",
            claimedBy: options.workerId,
            claimedUntil: until,
            attempts: eb("attempts", "+", 1),
            updatedAt: nowStored,
          }))
          .where("id", "in", candidates)
          .returningAll()
          .execute();
        for (const row of rows) {
          await writeAudit(tx, exec, ctx, {
            action: "delivery.claimed",
            entityType: "delivery",
            entityId: row.id,
            details: { key: row.key, workerId: options.workerId, attempt: row.attempts },
          });
        }
        return rows.map(toDelivery).sort((a, b) => a.nextAttemptAt.getTime() - b.nextAttemptAt.getTime());
      });
    },

    markSent(id, result, ctx) {
      return finish(
        id,
        ctx,
        "delivery.sent",
        (current, now) => ({
          status: "sent",
          platformMessageId: result.platformMessageId,
          sentAt: toStored(now),
          late: (result.late ?? now.getTime() - current.dueAt.getTime() > LATE_AFTER_MS) ? 1 : 0,
          claimedUntil: null,
          lastError: null,
        }),
        ["claimed"],
      );
    },

    markFailed(id, failure, ctx) {
      const maxAttempts = failure.maxAttempts ?? 5;
      return finish(
        id,
        ctx,
        "delivery.failed",
        (current, now) => {
          if (current.attempts >= maxAttempts)
            return { status: "failed", lastError: failure.error, claimedUntil: null };
          const backoff = Math.min(BACKOFF_BASE_MS * 2 ** Math.max(0, current.attempts - 1), BACKOFF_MAX_MS);
          return {
            status: "pending",
            lastError: failure.error,
            claimedUntil: null,
            claimedBy: null,
            nextAttemptAt: toStored(new Date(now.getTime() + backoff)),
          };
        },
        ["claimed"],
      );
    },

    drop(id, reason, ctx) {
      return finish(
        id,
        ctx,
        "delivery.dropped",
        () => ({ status: "dropped", lastError: reason, claimedUntil: null }),
        ["pending", "claimed", "failed"],
      );
    },

    get,

    async getByKey(key) {
      const row = await exec.db
        .selectFrom("reminderDeliveries")
        .selectAll()
        .where("key", "=", key)
        .executeTakeFirst();
      return row ? toDelivery(row) : undefined;
    },

    async list(filter = {}) {
      let query = exec.db.selectFrom("reminderDeliveries").selectAll();
      if (filter.status) query = query.where("status", "=", filter.status);
      const rows = await query
        .orderBy("dueAt")
        .orderBy("id")
        .limit(filter.limit ?? 1000)
        .execute();
      return rows.map(toDelivery);
    },
  };
}
