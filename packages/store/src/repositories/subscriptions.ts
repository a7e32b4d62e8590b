import { randomUUID } from "node:crypto";
import type { Selectable } from "kysely";
import {
  type Executor,
  fromStored,
  inTransaction,
  toStored,
  type WriteContext,
  writeAudit,
} from "../engine/context.ts";
import type { ReminderSubscriptionsTable } from "../engine/schema.ts";
import { NotFoundError } from "../errors.ts";

/** A chat channel that receives one kind of reminder. */
export type Subscription = {
  id: string;
  platform: string;
  channelId: string;
  kind: string;
  active: boolean;
  /** The language the channel asked in; undefined for subscriptions made before it was kept. */
  lang?: "nl" | "en";
  createdBy: string;
  createdAt: Date;
};

/** Which channel to subscribe to which reminder kind, and in which language its reminders are written. */
export type SubscriptionInput = { platform: string; channelId: string; kind: string; lang?: "nl" | "en" };

/** Reminder subscriptions per chat channel. */
export interface SubscriptionsRepository {
  /** Subscribes a channel (reactivating an earlier subscription of the same kind); returns it. */
  subscribe(input: SubscriptionInput, ctx: WriteContext): Promise<Subscription>;
  /** Deactivates a subscription; throws NotFoundError when unknown. */
  unsubscribe(id: string, ctx: WriteContext): Promise<Subscription>;
  /** Subscriptions matching the filter (active only unless `includeInactive`). */
  list(filter?: {
    platform?: string;
    channelId?: string;
    kind?: string;
    includeInactive?: boolean;
  }): Promise<Subscription[]>;
}

function toSubscription(row: Selectable<ReminderSubscriptionsTable>): Subscription {
  return {
    id: row.id,
    platform: row.platform,
    channelId: row.channelId,
    kind: row.kind,
    active: row.active === 1,
    ...(row.lang === "nl" || row.lang === "en" ? { lang: row.lang } : {}),
    createdBy: row.createdBy,
    createdAt: fromStored(row.createdAt),
  };
}

/** The subscriptions repository over an executor. */
export function subscriptionsRepository(exec: Executor): SubscriptionsRepository {
  return {
    async subscribe(input, ctx) {
      return inTransaction(exec, async (tx) => {
        const at = toStored(exec.now());
        // One statement, so two replicas subscribing the same channel at once both succeed; the one committed
        // last sets the language.
        const { id } = await tx
          .insertInto("reminderSubscriptions")
          .values({
            id: randomUUID(),
            platform: input.platform,
            channelId: input.channelId,
            kind: input.kind,
            lang: input.lang ?? null,
            active: 1,
            createdBy: ctx.actorId,
            createdAt: at,
            updatedAt: at,
          })
          .onConflict((oc) =>
            oc
              .columns(["platform", "channelId", "kind"])
              .doUpdateSet({ active: 1, updatedAt: at, ...(input.lang ? { lang: input.lang } : {}) }),
          )
          .returning("id")
          .executeTakeFirstOrThrow();
        await writeAudit(tx, exec, ctx, {
          action: "subscription.subscribed",
          entityType: "subscription",
          entityId: id,
          details: input,
        });
        const row = await tx
          .selectFrom("reminderSubscriptions")
          .selectAll()
          .where("id", "=", id)
          .executeTakeFirstOrThrow();
        return toSubscription(row);
      });
    },

    async unsubscribe(id, ctx) {
      return inTransaction(exec, async (tx) => {
        const result = await tx
          .updateTable("reminderSubscriptions")
          .set({ active: 0, updatedAt: toStored(exec.now()) })
          .where("id", "=", id)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 0) throw new NotFoundError("subscription", id);
        await writeAudit(tx, exec, ctx, {
          action: "subscription.unsubscribed",
          entityType: "subscription",
          entityId: id,
        });
        const row = await tx
          .selectFrom("reminderSubscriptions")
          .selectAll()
          .where("id", "=", id)
          .executeTakeFirstOrThrow();
        return toSubscription(row);
      });
    },

    async list(filter = {}) {
      let query = exec.db.selectFrom("reminderSubscriptions").selectAll();
      if (filter.platform) query = query.where("platform", "=", filter.platform);
      if (filter.channelId) query = query.where("channelId", "=", filter.channelId);
      if (filter.kind) query = query.where("kind", "=", filter.kind);
      if (!filter.includeInactive) query = query.where("active", "=", 1);
      const rows = await query.orderBy("createdAt").orderBy("id").execute();
      return rows.map(toSubscription);
    },
  };
}
