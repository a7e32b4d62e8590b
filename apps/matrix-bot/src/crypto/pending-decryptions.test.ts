import { testClock } from "@weerbaar/testing/engines";
import { describe, expect, it } from "vitest";
import { PendingDecryptions } from "./pending-decryptions.ts";

const event = (id: string) => ({ event_id: id, type: "m.room.encrypted", content: {} });

describe("pending decryptions", () => {
  it("hands back the events of sessions whose keys arrived, and gives up by time or retries", () => {
    const clock = testClock("2026-03-02T10:00:00Z");
    const pending = new PendingDecryptions({ afterMs: 60_000, maxAttempts: 3 }, clock.now);
    pending.add("!r", event("$a"), "s1");
    pending.add("!r", event("$b"), "s2");
    clock.advance(30_000);
    pending.add("!r", event("$a"), "s1"); // seen again: keeps its first-seen time
    expect(pending.forSessions(new Set(["s1"])).map((e) => e.event.event_id)).toEqual(["$a"]);
    expect(pending.takeExpired()).toEqual([]);

    for (let i = 0; i < 3; i++) pending.failedAgain("$b");
    expect(pending.takeExpired().map((e) => e.event.event_id)).toEqual(["$b"]);
    clock.advance(30_000);
    expect(pending.takeExpired().map((e) => e.event.event_id)).toEqual(["$a"]);
    expect(pending.size).toBe(0);
  });

  it("restores what the persisted store kept", () => {
    const clock = testClock("2026-03-02T10:00:00Z");
    const first = new PendingDecryptions({ afterMs: 1000, maxAttempts: 5 }, clock.now);
    first.add("!r", event("$a"), "s1");
    const again = new PendingDecryptions({ afterMs: 1000, maxAttempts: 5 }, clock.now, first.entries());
    expect(again.forSessions(new Set(["s1"]))).toHaveLength(1);
    again.remove("$a");
    expect(again.size).toBe(0);
  });
});
