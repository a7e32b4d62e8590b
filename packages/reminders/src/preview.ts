import type { Reply } from "@weerbaar/reply";
import { type Delivery, LATE_AFTER_MS, type Store } from "@weerbaar/store";
import { assessDelivery, type StoredDelivery } from "./assess.ts";
import { type ReminderConfigInput, reminderConfig } from "./config.ts";
import { loadReminderData } from "./load.ts";
import { planReminders } from "./plan.ts";

/** One delivery a tick at that instant would send or drop. */
export type PreviewItem = {
  key: string;
  platform: string;
  channelId: string;
  dueAt: Date;
  kind: string;
  /** `new`: planned, not yet in the store; `stored`: waiting in the store (a retry or a missed one). */
  origin: "new" | "stored";
  late: boolean;
  action: "send" | "drop";
  reason?: string;
  reply?: Reply;
};

function kindOf(payload: unknown): string {
  return typeof payload === "object" && payload !== null && "kind" in payload
    ? String(payload.kind)
    : "unknown";
}

/**
 * What is due at `now`, without writing anything: planned deliveries not yet stored and due, plus stored ones that a
 * claim would pick up (pending and due, or with an expired claim), each with the verdict and the Reply it would send.
 */
export async function previewReminders(options: {
  store: Store;
  now: Date;
  config?: ReminderConfigInput;
}): Promise<PreviewItem[]> {
  const { store, now } = options;
  const config = reminderConfig(options.config);
  const data = await loadReminderData(store, now, config);
  const t = now.getTime();
  const due: { delivery: StoredDelivery & { key: string }; origin: PreviewItem["origin"] }[] = [];
  const seen = new Set<string>();
  const claimable = (d: Delivery) =>
    (d.status === "pending" && d.nextAttemptAt.getTime() <= t) ||
    (d.status === "claimed" && (d.claimedUntil?.getTime() ?? 0) <= t);
  for (const status of ["pending", "claimed"] as const) {
    for (const delivery of await store.deliveries.list({ status, limit: 10_000 })) {
      seen.add(delivery.key);
      if (claimable(delivery)) due.push({ delivery, origin: "stored" });
    }
  }
  for (const input of planReminders(data, { now, config })) {
    if (seen.has(input.key) || input.dueAt.getTime() > t) continue;
    if (await store.deliveries.getByKey(input.key)) continue;
    due.push({ delivery: input, origin: "new" });
  }
  const items: PreviewItem[] = [];
  for (const { delivery, origin } of due) {
    const { verdict, reply } = await assessDelivery(store, delivery, data, { now, config });
    items.push({
      key: delivery.key,
      platform: delivery.platform,
      channelId: delivery.channelId,
      dueAt: delivery.dueAt,
      kind: kindOf(delivery.payload),
      origin,
      late: t - delivery.dueAt.getTime() > LATE_AFTER_MS,
      action: verdict.send ? "send" : "drop",
      ...(verdict.send ? {} : { reason: verdict.reason }),
      ...(reply ? { reply } : {}),
    });
  }
  return items.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || (a.key < b.key ? -1 : 1));
}
