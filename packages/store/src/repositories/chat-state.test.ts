import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anAdvisor } from "../../test/builders.ts";
import { console1, engines, openTestStore, type TestStore } from "../../test/engines.ts";
import { NotFoundError } from "../index.ts";

describe.each(engines)(
  "conversations, kv, subscriptions, references and calendar tokens on $name",
  (engine) => {
    let t: TestStore;
    beforeAll(async () => {
      t = await openTestStore(engine);
    });
    afterAll(async () => t?.cleanup());

    it("saves, loads, expires and clears dialog state", async () => {
      t.clock.set("2024-10-01T08:00:00Z");
      await t.store.conversations.save("conv-1", { dialog: "book", step: 2 }, { ttlMs: 60_000 });
      expect(await t.store.conversations.load("conv-1")).toEqual({
        state: { dialog: "book", step: 2 },
        updatedAt: new Date("2024-10-01T08:00:00Z"),
        expiresAt: new Date("2024-10-01T08:01:00Z"),
      });
      await t.store.conversations.save("conv-1", { dialog: "book", step: 3 });
      expect((await t.store.conversations.load<{ step: number }>("conv-1"))?.state.step).toBe(3);
      await t.store.conversations.save("conv-2", {}, { ttlMs: 1_000 });
      t.clock.advance(2_000);
      expect(await t.store.conversations.load("conv-2")).toBeUndefined();
      expect(await t.store.conversations.purgeExpired()).toBe(1);
      await t.store.conversations.clear("conv-1");
      expect(await t.store.conversations.load("conv-1")).toBeUndefined();
    });

    it("lists the open questions of one shared conversation by prefix, newest first, not expired ones", async () => {
      t.clock.set("2024-10-01T09:00:00Z");
      await t.store.conversations.save("teams:19:x;messageid=1#teams:anna", { q: "anna" }, { ttlMs: 60_000 });
      t.clock.advance(1_000);
      await t.store.conversations.save("teams:19:x;messageid=1#teams:bob", { q: "bob" }, { ttlMs: 60_000 });
      await t.store.conversations.save("teams:19:x;messageid=1#teams:old", { q: "old" }, { ttlMs: 500 });
      await t.store.conversations.save("teams:19:x_other#teams:carl", { q: "carl" }, { ttlMs: 60_000 });
      t.clock.advance(1_000);
      const open = await t.store.conversations.openWithPrefix<{ q: string }>("teams:19:x;messageid=1#");
      expect(open.map((o) => [o.conversationId, o.state.q])).toEqual([
        ["teams:19:x;messageid=1#teams:bob", "bob"],
        ["teams:19:x;messageid=1#teams:anna", "anna"],
      ]);
      // '_' and '%' are plain characters here, not LIKE wildcards.
      expect(await t.store.conversations.openWithPrefix("teams:19:x_")).toHaveLength(1);
      expect(await t.store.conversations.openWithPrefix("teams:19:x%")).toHaveLength(0);
    });

    it("keeps adapter state and recognises redelivered events", async () => {
      await t.store.kv.set("matrix.syncToken", "s1");
      await t.store.kv.set("matrix.syncToken", "s2");
      expect(await t.store.kv.get("matrix.syncToken")).toBe("s2");
      await t.store.kv.delete("matrix.syncToken");
      expect(await t.store.kv.get("matrix.syncToken")).toBeUndefined();
      expect(await t.store.kv.markProcessed("$event1")).toBe(true);
      expect(await t.store.kv.markProcessed("$event1")).toBe(false);
      t.clock.advance(86_400_000);
      expect(await t.store.kv.pruneProcessed(t.clock.now())).toBe(1);
      expect(await t.store.kv.markProcessed("$event1")).toBe(true);
    });

    it("subscribes, re-subscribes and unsubscribes channels, audited", async () => {
      const sub = await t.store.subscriptions.subscribe(
        { platform: "teams", channelId: "19:abc", kind: "weekly_digest" },
        console1,
      );
      expect(sub).toMatchObject({ active: true, createdBy: "staff-anna" });
      const off = await t.store.subscriptions.unsubscribe(sub.id, console1);
      expect(off.active).toBe(false);
      expect(await t.store.subscriptions.list({ kind: "weekly_digest" })).toEqual([]);
      const again = await t.store.subscriptions.subscribe(
        { platform: "teams", channelId: "19:abc", kind: "weekly_digest" },
        { actorId: "staff-bram", channel: "teams" },
      );
      expect(again.id).toBe(sub.id);
      expect((await t.store.subscriptions.list({ platform: "teams" })).map((s) => s.id)).toEqual([sub.id]);
      expect(await t.store.audit.list({ entityType: "subscription", entityId: sub.id })).toHaveLength(3);
      await expect(t.store.subscriptions.unsubscribe("nope", console1)).rejects.toBeInstanceOf(NotFoundError);
    });

    it("keeps the language a channel subscribed in; subscribing again in another language changes it", async () => {
      const channel = { platform: "matrix", channelId: "!room:weerbaar.test", kind: "meetings" };
      expect((await t.store.subscriptions.subscribe(channel, console1)).lang).toBeUndefined();
      await t.store.subscriptions.subscribe({ ...channel, lang: "en" }, console1);
      expect((await t.store.subscriptions.list({ channelId: channel.channelId }))[0]?.lang).toBe("en");
      await t.store.subscriptions.subscribe({ ...channel, lang: "nl" }, console1);
      expect((await t.store.subscriptions.list({ channelId: channel.channelId }))[0]?.lang).toBe("nl");
    });

    it("stores Teams conversation references", async () => {
      const reference = { conversation: { id: "19:abc" }, serviceUrl: "https://smba.example/" };
      expect(await t.store.conversationRefs.save("19:abc", reference, console1)).toBe(true);
      expect((await t.store.conversationRefs.get("19:abc"))?.reference).toEqual(reference);
      expect((await t.store.conversationRefs.listActive()).map((r) => r.conversationId)).toEqual(["19:abc"]);
      await t.store.conversationRefs.deactivate("19:abc", console1);
      expect(await t.store.conversationRefs.listActive()).toEqual([]);
      expect((await t.store.conversationRefs.get("19:abc"))?.active).toBe(false);
    });

    it("saves a conversation reference only when it changed or was inactive, each save audited", async () => {
      const reference = { conversation: { id: "19:def" }, serviceUrl: "https://smba.example/" };
      const saves = async () =>
        (await t.store.audit.list({ entityType: "conversation_ref", entityId: "19:def" })).filter(
          (entry) => entry.action === "conversation_ref.saved",
        ).length;
      expect(await t.store.conversationRefs.save("19:def", reference, console1)).toBe(true);
      expect(await t.store.conversationRefs.save("19:def", { ...reference }, console1)).toBe(false);
      expect(await saves()).toBe(1);
      const moved = { ...reference, serviceUrl: "https://smba.example/emea/" };
      expect(await t.store.conversationRefs.save("19:def", moved, console1)).toBe(true);
      expect((await t.store.conversationRefs.get("19:def"))?.reference).toEqual(moved);
      await t.store.conversationRefs.deactivate("19:def", console1);
      expect(await t.store.conversationRefs.save("19:def", moved, console1)).toBe(true);
      expect((await t.store.conversationRefs.get("19:def"))?.active).toBe(true);
      expect(await saves()).toBe(3);
    });

    it("rotates calendar tokens, storing only their hash", async () => {
      const anna = await anAdvisor(t.store);
      const first = await t.store.calendarTokens.rotate(anna.id, console1);
      expect(await t.store.calendarTokens.verify(first)).toBe(anna.id);
      const second = await t.store.calendarTokens.rotate(anna.id, console1);
      expect(second).not.toBe(first);
      expect(await t.store.calendarTokens.verify(first)).toBeUndefined();
      expect(await t.store.calendarTokens.verify(second)).toBe(anna.id);
      const audits = await t.store.audit.list({ action: "calendar_token.rotated", entityId: anna.id });
      expect(JSON.stringify(audits)).not.toContain(second);
      expect(await t.store.calendarTokens.revoke(anna.id, console1)).toBe(1);
      expect(await t.store.calendarTokens.verify(second)).toBeUndefined();
      await expect(t.store.calendarTokens.rotate("nobody", console1)).rejects.toBeInstanceOf(NotFoundError);
    });
  },
);
