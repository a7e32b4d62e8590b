import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { console1, engines, openTestStore, type TestStore } from "../../test/engines.ts";
import { type Delivery, openStore, type Store, StoreValidationError } from "../index.ts";

const worker = { actorId: "reminders", channel: "system" };

describe.each(engines)("deliveries repository on $name", (engine) => {
  let t: TestStore;
  beforeAll(async () => {
    t = await openTestStore(engine);
  });
  afterAll(async () => t?.cleanup());

  it("enqueues idempotently by key", async () => {
    const input = {
      key: "meeting-1:day-before:teams:chan-1",
      platform: "teams",
      channelId: "chan-1",
      dueAt: new Date("2024-10-01T07:00:00Z"),
      payload: { text: "Morgen: Leudal" },
    };
    const first = await t.store.deliveries.enqueue(input, worker);
    const second = await t.store.deliveries.enqueue({ ...input, payload: { text: "other" } }, worker);
    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    expect(second.delivery.id).toBe(first.delivery.id);
    expect(second.delivery.payload).toEqual({ text: "Morgen: Leudal" });
    expect(await t.store.audit.list({ entityType: "delivery", entityId: first.delivery.id })).toHaveLength(1);
  });

  it("claims only due rows, marks sent with message id and late flag", async () => {
    t.clock.set("2024-10-01T07:20:00Z");
    await t.store.deliveries.enqueue(
      {
        key: "future",
        platform: "matrix",
        channelId: "!room",
        dueAt: new Date("2024-10-02T07:00:00Z"),
        payload: {},
      },
      worker,
    );
    const claimed = await t.store.deliveries.claim({ workerId: "w1", leaseMs: 60_000 }, worker);
    expect(claimed.map((d) => d.key)).toEqual(["meeting-1:day-before:teams:chan-1"]);
    expect(claimed[0]).toMatchObject({ status: "claimed", claimedBy: "w1", attempts: 1 });
    expect(claimed[0]?.claimedUntil).toEqual(new Date("2024-10-01T07:21:00Z"));
    expect(await t.store.deliveries.claim({ workerId: "w2" }, worker)).toEqual([]);
    const id = claimed[0]?.id ?? "";
    const sent = await t.store.deliveries.markSent(id, { platformMessageId: "msg-42" }, worker);
    expect(sent).toMatchObject({ status: "sent", platformMessageId: "msg-42", late: true });
    expect(sent.sentAt).toEqual(new Date("2024-10-01T07:20:00Z"));
    await expect(
      t.store.deliveries.markSent(id, { platformMessageId: "again" }, worker),
    ).rejects.toBeInstanceOf(StoreValidationError);
  });

  it("an expired claim can be claimed again", async () => {
    t.clock.set("2024-10-02T07:00:00Z");
    const [first] = await t.store.deliveries.claim({ workerId: "w1", leaseMs: 30_000 }, worker);
    expect(first?.key).toBe("future");
    t.clock.advance(31_000);
    const [again] = await t.store.deliveries.claim({ workerId: "w2" }, worker);
    expect(again).toMatchObject({ key: "future", claimedBy: "w2", attempts: 2 });
    const sent = await t.store.deliveries.markSent(
      again?.id ?? "",
      { platformMessageId: "m", late: false },
      worker,
    );
    expect(sent.late).toBe(false);
  });

  it("a failure backs off exponentially, then fails for good after maxAttempts", async () => {
    t.clock.set("2024-10-05T07:00:00Z");
    const { delivery } = await t.store.deliveries.enqueue(
      {
        key: "flaky",
        platform: "teams",
        channelId: "c",
        dueAt: new Date("2024-10-05T07:00:00Z"),
        payload: null,
      },
      worker,
    );
    await t.store.deliveries.claim({ workerId: "w" }, worker);
    const retry = await t.store.deliveries.markFailed(delivery.id, { error: "503", maxAttempts: 2 }, worker);
    expect(retry).toMatchObject({ status: "pending", lastError: "503", attempts: 1 });
    expect(retry.nextAttemptAt).toEqual(new Date("2024-10-05T07:00:30Z"));
    expect(await t.store.deliveries.claim({ workerId: "w" }, worker)).toEqual([]);
    t.clock.advance(30_000);
    const [second] = await t.store.deliveries.claim({ workerId: "w" }, worker);
    expect(second?.attempts).toBe(2);
    const failed = await t.store.deliveries.markFailed(delivery.id, { error: "503", maxAttempts: 2 }, worker);
    expect(failed.status).toBe("failed");
    expect((await t.store.deliveries.list({ status: "failed" })).map((d) => d.key)).toEqual(["flaky"]);
  });

  it("drops a delivery that no longer applies", async () => {
    const { delivery } = await t.store.deliveries.enqueue(
      {
        key: "cancelled-meeting",
        platform: "teams",
        channelId: "c",
        dueAt: new Date("2030-01-01T00:00:00Z"),
        payload: {},
      },
      worker,
    );
    const dropped = await t.store.deliveries.drop(delivery.id, "meeting cancelled", console1);
    expect(dropped).toMatchObject({ status: "dropped", lastError: "meeting cancelled" });
    expect((await t.store.deliveries.getByKey("cancelled-meeting"))?.status).toBe("dropped");
  });
});

describe.each(engines)("concurrent claimers on $name", (engine) => {
  const claimers = engine.name === "postgres" ? 4 : 2;
  let t: TestStore;
  let stores: Store[];
  beforeAll(async () => {
    t = await openTestStore(engine);
    stores = [t.store];
    for (let i = 1; i < claimers; i++) stores.push(await openStore(t.url, { now: t.clock.now }));
  });
  afterAll(async () => {
    for (const s of stores.slice(1)) await s.close();
    await t?.cleanup();
  });

  it(`${claimers} workers claiming 60 due deliveries at once claim each exactly once`, async () => {
    for (let i = 0; i < 60; i++) {
      await t.store.deliveries.enqueue(
        {
          key: `k${i}`,
          platform: "teams",
          channelId: "c",
          dueAt: new Date("2024-09-30T00:00:00Z"),
          payload: { i },
        },
        worker,
      );
    }
    const claimed: Delivery[][] = stores.map(() => []);
    await Promise.all(
      stores.map(async (store, i) => {
        for (;;) {
          const batch = await store.deliveries.claim(
            { workerId: `w${i}`, limit: 3, leaseMs: 600_000 },
            worker,
          );
          if (batch.length === 0) return;
          claimed[i]?.push(...batch);
        }
      }),
    );
    const ids = claimed.flat().map((d) => d.key);
    expect(ids).toHaveLength(60);
    expect(new Set(ids).size).toBe(60);
    expect(claimed.flat().every((d) => d.attempts === 1)).toBe(true);
  });
  it("claims only the platforms a worker can send to", async () => {
    t.clock.set("2024-11-01T07:00:00Z");
    // Platforms no other test uses: earlier tests leave due rows of their own behind.
    for (const platform of ["alpha", "beta"]) {
      await t.store.deliveries.enqueue(
        {
          key: `platforms:${platform}`,
          platform,
          channelId: "c",
          dueAt: new Date("2024-11-01T06:00:00Z"),
          payload: {},
        },
        worker,
      );
    }
    const betaOnly = await t.store.deliveries.claim({ workerId: "b", platforms: ["beta"] }, worker);
    expect(betaOnly.map((d) => d.key)).toEqual(["platforms:beta"]);
    const alphaOnly = await t.store.deliveries.claim({ workerId: "a", platforms: ["alpha"] }, worker);
    expect(alphaOnly.map((d) => d.key)).toEqual(["platforms:alpha"]);
  });
});
