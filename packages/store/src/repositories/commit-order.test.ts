// "Current" is the last write committed, not the one with the latest author's clock: two replicas whose clocks
// are minutes apart must never let the older write win.
import { currentSurveyStatus } from "@weerbaar/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { console1, engines, openTestStore, type TestStore, testClock } from "../../test/engines.ts";
import { openStore, type Store } from "../index.ts";

describe.each(engines)("commit order between replicas with skewed clocks on $name", (engine) => {
  let t: TestStore;
  let behind: Store;
  const aheadClock = testClock("2024-10-01T08:05:00.000Z");
  const behindClock = testClock("2024-10-01T08:00:00.000Z");
  beforeAll(async () => {
    t = await openTestStore(engine, aheadClock);
    behind = await openStore(t.url, { now: behindClock.now });
  });
  afterAll(async () => {
    await behind?.close();
    await t?.cleanup();
  });

  it("the survey answer committed last is current though its clock is five minutes older", async () => {
    const ahead = t.store;
    await ahead.survey.allCurrent(); // both replicas have the statuses in memory before the writes
    await behind.survey.allCurrent();
    await ahead.survey.record(
      [{ bodyCode: "GM1640", protocol: "none", usage: "unknown", codeOfConduct: "no" }],
      { actorId: "staff-ahead", channel: "teams" },
    );
    await behind.survey.record(
      [{ bodyCode: "GM1640", protocol: "present", usage: "dormant", codeOfConduct: "no" }],
      { actorId: "staff-behind", channel: "matrix" },
    );
    for (const store of [ahead, behind]) {
      expect((await store.survey.current("GM1640")).usage).toBe("dormant");
      expect((await store.survey.currentByCode()).get("GM1640")?.usage).toBe("dormant");
      expect((await store.survey.allCurrent()).find((s) => s.bodyCode === "GM1640")?.usage).toBe("dormant");
      // The history is in commit order, and the status derived from it (as a status answer does) agrees.
      const history = await store.survey.history("GM1640");
      expect(history.map((e) => e.recordedBy)).toEqual(["staff-ahead", "staff-behind"]);
      expect(currentSurveyStatus("GM1640", history).usage).toBe("dormant");
    }
    // The author's clock is kept for display.
    const current = await behind.survey.current("GM1640");
    expect(current.updatedAt).toEqual(new Date("2024-10-01T08:00:00.000Z"));
    expect(current.updatedBy).toBe("staff-behind");
  });

  it("a write in one transaction with others keeps its place: the last of the batch is current", async () => {
    await behind.transaction((tx) =>
      tx.survey.record(
        [
          { bodyCode: "PV31", protocol: "none", usage: "unknown", codeOfConduct: "no" },
          { bodyCode: "PV31", protocol: "in_preparation", usage: "unknown", codeOfConduct: "no" },
        ],
        console1,
      ),
    );
    await t.store.survey.record(
      [{ bodyCode: "PV31", protocol: "none", usage: "unknown", codeOfConduct: "yes" }],
      console1,
    );
    behindClock.advance(60_000);
    await behind.survey.record(
      [{ bodyCode: "PV31", protocol: "present", usage: "active", codeOfConduct: "yes" }],
      console1,
    );
    expect((await t.store.survey.current("PV31")).protocol).toBe("present");
    expect((await t.store.survey.history("PV31")).map((e) => e.protocol)).toEqual([
      "none",
      "in_preparation",
      "none",
      "present",
    ]);
  });

  it("outreach events of the same instant come in commit order, whichever replica wrote them", async () => {
    const at = new Date("2024-10-01T07:00:00.000Z");
    await t.store.outreach.record(
      { type: "letter_sent", bodyCode: "GM0014", occurredAt: at, note: "eerst" },
      console1,
    );
    await behind.outreach.record(
      { type: "letter_sent", bodyCode: "GM0014", occurredAt: at, note: "daarna" },
      console1,
    );
    const events = await t.store.outreach.list({ bodyCode: "GM0014" });
    expect(events.map((e) => e.type === "letter_sent" && e.note)).toEqual(["eerst", "daarna"]);
  });
});
