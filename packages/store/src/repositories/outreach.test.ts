import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { console1, engines, openTestStore, type TestStore } from "../../test/engines.ts";

describe.each(engines)("outreach repository on $name", (engine) => {
  let t: TestStore;
  beforeAll(async () => {
    t = await openTestStore(engine);
  });
  afterAll(async () => t?.cleanup());

  it("records events of every shape and lists them back in order", async () => {
    t.clock.set("2024-10-03T09:00:00.000Z");
    await t.store.outreach.record(
      { type: "letter_sent", bodyCode: "GM1640", occurredAt: new Date("2024-09-01T10:00:00Z") },
      console1,
    );
    await t.store.outreach.record(
      { type: "called", bodyCode: "GM1640", reached: false, note: "voicemail" },
      console1,
    );
    await t.store.outreach.record(
      { type: "support_offered", bodyCode: "GM1640", support: ["moderation", "training"] },
      console1,
    );
    await t.store.outreach.record({ type: "letter_sent", bodyCode: "GM0014" }, console1);
    const events = await t.store.outreach.list({ bodyCode: "GM1640" });
    expect(events.map((e) => e.type)).toEqual(["letter_sent", "called", "support_offered"]);
    expect(events[0]?.occurredAt).toEqual(new Date("2024-09-01T10:00:00Z"));
    expect(events[1]).toMatchObject({
      type: "called",
      reached: false,
      note: "voicemail",
      recordedBy: "staff-anna",
    });
    expect(events[1]?.occurredAt).toEqual(new Date("2024-10-03T09:00:00.000Z"));
    expect(events[2]).toMatchObject({ support: ["moderation", "training"] });
  });

  it("filters by type and time", async () => {
    const letters = await t.store.outreach.list({ type: "letter_sent" });
    expect(letters.map((e) => e.bodyCode).sort()).toEqual(["GM0014", "GM1640"]);
    const recent = await t.store.outreach.list({
      since: new Date("2024-10-01T00:00:00Z"),
      bodyCode: "GM1640",
    });
    expect(recent.map((e) => e.type)).toEqual(["called", "support_offered"]);
  });

  it("audits each event", async () => {
    const entries = await t.store.audit.list({ action: "outreach.recorded", entityId: "GM1640" });
    expect(entries).toHaveLength(3);
  });

  it("rejects an invalid event", async () => {
    await expect(
      t.store.outreach.record({ type: "support_offered", bodyCode: "GM1640", support: [] }, console1),
    ).rejects.toThrow();
    expect(await t.store.outreach.list({ type: "support_offered", bodyCode: "GM1640" })).toHaveLength(1);
  });
});
