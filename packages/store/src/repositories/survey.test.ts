import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { console1, engines, openTestStore, type TestStore } from "../../test/engines.ts";
import { StoreValidationError } from "../index.ts";

describe.each(engines)("survey repository on $name", (engine) => {
  let t: TestStore;
  beforeAll(async () => {
    t = await openTestStore(engine);
  });
  afterAll(async () => t?.cleanup());

  it("records events with author and instant, and the latest is current", async () => {
    t.clock.set("2024-10-01T08:00:00.000Z");
    await t.store.survey.record(
      [{ bodyCode: "GM1640", protocol: "none", usage: "unknown", codeOfConduct: "no" }],
      console1,
    );
    t.clock.set("2024-10-02T08:00:00.000Z");
    const [event] = await t.store.survey.record(
      [
        {
          bodyCode: "gm1640",
          protocol: "present",
          usage: "dormant",
          codeOfConduct: "yes",
          note: "ligt op de plank",
        },
      ],
      { actorId: "staff-bram", channel: "teams" },
    );
    expect(event?.bodyCode).toBe("GM1640");
    const current = await t.store.survey.current("GM1640");
    expect(current).toEqual({
      bodyCode: "GM1640",
      protocol: "present",
      usage: "dormant",
      codeOfConduct: "yes",
      note: "ligt op de plank",
      source: undefined,
      updatedAt: new Date("2024-10-02T08:00:00.000Z"),
      updatedBy: "staff-bram",
    });
    const history = await t.store.survey.history("GM1640");
    expect(history.map((e) => [e.protocol, e.recordedBy])).toEqual([
      ["none", "staff-anna"],
      ["present", "staff-bram"],
    ]);
    expect(history[0]?.recordedAt).toEqual(new Date("2024-10-01T08:00:00.000Z"));
  });

  it("events at the same instant: the later recorded wins", async () => {
    t.clock.set("2024-11-01T08:00:00.000Z");
    await t.store.survey.record(
      [
        { bodyCode: "PV31", protocol: "none", usage: "unknown", codeOfConduct: "no" },
        { bodyCode: "PV31", protocol: "in_preparation", usage: "unknown", codeOfConduct: "no" },
      ],
      console1,
    );
    expect((await t.store.survey.current("PV31")).protocol).toBe("in_preparation");
    const all = await t.store.survey.allCurrent();
    expect(all.find((s) => s.bodyCode === "PV31")?.protocol).toBe("in_preparation");
  });

  it("allCurrent gives 354 rows with the latest status of each body", async () => {
    const all = await t.store.survey.allCurrent();
    expect(all).toHaveLength(354);
    expect(all.find((s) => s.bodyCode === "GM1640")?.usage).toBe("dormant");
    expect(all.find((s) => s.bodyCode === "GM0014")?.protocol).toBe("unknown");
  });

  it("writes one audit row per recorded event", async () => {
    await t.store.survey.record(
      [{ bodyCode: "GM0050", protocol: "present", usage: "active", codeOfConduct: "unknown" }],
      { actorId: "staff-carla", channel: "matrix" },
    );
    const [entry] = await t.store.audit.list({ entityType: "body", entityId: "GM0050" });
    expect(entry).toMatchObject({ actorId: "staff-carla", channel: "matrix", action: "survey.recorded" });
    expect(entry?.details).toMatchObject({ protocol: "present", usage: "active" });
  });

  it("refuses usage without a present protocol and unknown bodies, recording none of the batch", async () => {
    await expect(
      t.store.survey.record(
        [
          { bodyCode: "GM0059", protocol: "present", usage: "active", codeOfConduct: "yes" },
          { bodyCode: "GM0060", protocol: "none", usage: "dormant", codeOfConduct: "yes" },
        ],
        console1,
      ),
    ).rejects.toBeInstanceOf(StoreValidationError);
    await expect(
      t.store.survey.record(
        [{ bodyCode: "GM9999", protocol: "none", usage: "unknown", codeOfConduct: "no" }],
        console1,
      ),
    ).rejects.toThrow(/GM9999/);
    expect((await t.store.survey.current("GM0059")).protocol).toBe("unknown");
  });
});
