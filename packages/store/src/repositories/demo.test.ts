import { DEMO_ACTOR_ID } from "@weerbaar/domain";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { console1, engines, openTestStore, type TestStore } from "../../test/engines.ts";
import { StoreValidationError, type WriteContext } from "../index.ts";

const demo: WriteContext = { actorId: DEMO_ACTOR_ID, channel: "cli" };
const none = { surveyEvents: 0, outreachEvents: 0, contacts: 0, appointments: 0, staff: 0, auditEntries: 0 };

describe.each(engines)("demo rows on $name", (engine) => {
  let t: TestStore;
  beforeEach(async () => {
    t = await openTestStore(engine);
  });
  afterEach(async () => t?.cleanup());

  it("without demo data, clear removes nothing and writes no audit row", async () => {
    await t.store.survey.record(
      [{ bodyCode: "GM1640", protocol: "none", usage: "unknown", codeOfConduct: "no" }],
      console1,
    );
    expect(await t.store.demo.counts()).toEqual(none);
    expect(await t.store.demo.clear(console1)).toEqual(none);
    expect((await t.store.audit.list()).map((a) => a.action)).toEqual(["survey.recorded"]);
  });

  it("finds demo contacts by their author or their demo address, and the cache sees the clear", async () => {
    await t.store.contacts.add({ bodyCode: "GM1640", name: "A (demo)", role: "clerk" }, demo);
    await t.store.contacts.add(
      { bodyCode: "GM1640", name: "B", role: "mayor", email: "b@Demo.Invalid" },
      console1,
    );
    await t.store.contacts.add(
      { bodyCode: "GM1640", name: "Echt", role: "mayor", email: "e@leudal.nl" },
      console1,
    );
    await t.store.staff.upsert({ id: DEMO_ACTOR_ID, displayName: "Demo", role: "viewer" }, demo);
    await t.store.survey.record(
      [{ bodyCode: "GM1640", protocol: "present", usage: "dormant", codeOfConduct: "no" }],
      demo,
    );
    // Read through the in-memory copies, so the clear must invalidate them.
    expect((await t.store.survey.current("GM1640")).updatedBy).toBe(DEMO_ACTOR_ID);
    expect((await t.store.staff.list()).map((s) => s.id)).toEqual([DEMO_ACTOR_ID]);
    expect(await t.store.demo.counts()).toEqual({
      ...none,
      contacts: 2,
      staff: 1,
      surveyEvents: 1,
      auditEntries: 3,
    });

    expect(await t.store.demo.clear(console1)).toEqual({
      ...none,
      contacts: 2,
      staff: 1,
      surveyEvents: 1,
      auditEntries: 3,
    });
    expect((await t.store.contacts.list()).map((c) => c.name)).toEqual(["Echt"]);
    expect((await t.store.survey.current("GM1640")).protocol).toBe("unknown");
    expect(await t.store.staff.list()).toEqual([]);
    const [cleared] = await t.store.audit.list({ action: "demo.cleared" });
    expect(cleared).toMatchObject({ actorId: console1.actorId, details: { contacts: 2, surveyEvents: 1 } });
  });

  it("the demo author cannot clear", async () => {
    await t.store.staff.upsert({ id: DEMO_ACTOR_ID, displayName: "Demo", role: "viewer" }, demo);
    await expect(t.store.demo.clear(demo)).rejects.toBeInstanceOf(StoreValidationError);
    expect((await t.store.demo.counts()).staff).toBe(1);
  });
});
