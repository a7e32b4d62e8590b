import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { console1, engines, openTestStore, type TestStore } from "../../test/engines.ts";
import { StoreValidationError } from "../index.ts";

describe.each(engines)("follow-up tasks on $name", (engine) => {
  let t: TestStore;
  beforeAll(async () => {
    t = await openTestStore(engine);
  });
  afterAll(async () => t?.cleanup());

  it("adds tasks attributed to the author, lists them soonest first and audits each on its body", async () => {
    const later = await t.store.followUps.add(
      { bodyCode: "GM0984", dueOn: "2023-12-01", note: "Begin december mailen." },
      console1,
    );
    const sooner = await t.store.followUps.add({ bodyCode: "gm0984", dueOn: "2023-11-15" }, console1);
    await t.store.followUps.add({ bodyCode: "GM1640", dueOn: "2023-11-20" }, console1);
    expect(sooner).toMatchObject({ bodyCode: "GM0984", dueOn: "2023-11-15", createdBy: console1.actorId });
    expect(sooner).not.toHaveProperty("note");
    expect(sooner.createdAt).toEqual(t.clock.now());
    const venray = await t.store.followUps.list({ bodyCode: "GM0984" });
    expect(venray).toEqual([sooner, later]);
    expect((await t.store.followUps.list({ dueBy: "2023-11-20" })).map((f) => f.dueOn)).toEqual([
      "2023-11-15",
      "2023-11-20",
    ]);
    const audit = await t.store.audit.list({ entityType: "body", entityId: "GM0984" });
    expect(audit.filter((a) => a.action === "follow_up.added").map((a) => a.actorId)).toEqual([
      console1.actorId,
      console1.actorId,
    ]);
  });

  it("refuses an unknown body, a day that does not exist and an anonymous author", async () => {
    await expect(
      t.store.followUps.add({ bodyCode: "GM9999", dueOn: "2023-11-15" }, console1),
    ).rejects.toBeInstanceOf(StoreValidationError);
    await expect(
      t.store.followUps.add({ bodyCode: "GM0014", dueOn: "2023-02-30" }, console1),
    ).rejects.toBeInstanceOf(StoreValidationError);
    await expect(
      t.store.followUps.add({ bodyCode: "GM0014", dueOn: "2023-11-15" }, { actorId: "", channel: "console" }),
    ).rejects.toThrow(/actorId/);
    expect(await t.store.followUps.list({ bodyCode: "GM0014" })).toEqual([]);
  });

  // What a call note writes: a survey answer, a contact, an outreach event and a task, all or nothing.
  it("writes with the survey, a contact and an outreach event in one transaction, or not at all", async () => {
    const note = async (tx: Parameters<Parameters<typeof t.store.transaction>[0]>[0]) => {
      await tx.survey.record(
        [{ bodyCode: "GM0946", protocol: "present", usage: "dormant", codeOfConduct: "unknown" }],
        console1,
      );
      await tx.contacts.add({ bodyCode: "GM0946", name: "Marieke Peters", role: "clerk" }, console1);
      await tx.outreach.record({ type: "meeting_held", bodyCode: "GM0946" }, console1);
      await tx.followUps.add({ bodyCode: "GM0946", dueOn: "2023-11-15" }, console1);
    };
    await expect(
      t.store.transaction(async (tx) => {
        await note(tx);
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(await t.store.followUps.list({ bodyCode: "GM0946" })).toEqual([]);
    expect(await t.store.contacts.list({ bodyCode: "GM0946" })).toEqual([]);
    expect(await t.store.outreach.list({ bodyCode: "GM0946" })).toEqual([]);
    expect((await t.store.survey.current("GM0946")).protocol).toBe("unknown");
    expect(await t.store.audit.list({ entityId: "GM0946" })).toEqual([]);

    await t.store.transaction(note);
    expect(await t.store.followUps.list({ bodyCode: "GM0946" })).toHaveLength(1);
    expect(await t.store.contacts.list({ bodyCode: "GM0946" })).toHaveLength(1);
    expect(await t.store.outreach.list({ bodyCode: "GM0946" })).toHaveLength(1);
    expect((await t.store.survey.current("GM0946")).usage).toBe("dormant");
  });
});
