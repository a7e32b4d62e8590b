import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { anna, createScenario, type Scenario } from "./scenario.ts";

describe("who may use the assistant", () => {
  let s: Scenario;
  beforeEach(async () => {
    s = await createScenario();
  });
  afterEach(() => s.close());

  it("refuses an unknown chat identity politely, in its language, and stores nothing", async () => {
    const stranger = { platform: "teams" as const, aadObjectId: "00000000-dead-beef-0000-000000000000" };
    const reply = await s.say("welke gemeenten hebben geen protocol?", { as: stranger });
    expect(reply.intent).toBe("refused");
    expect(reply.text).toContain("teams:00000000-dead-beef-0000-000000000000");
    expect(reply.text).toMatch(/^Sorry, ik werk alleen voor medewerkers/);
    expect(await s.store.staff.list()).toHaveLength(0);
    const english = await s.say("which municipalities have no protocol?", { as: stranger });
    expect(english.text).toMatch(/^Sorry, I only work for staff/);
  });

  it("registers the configured first admin on first contact", async () => {
    const reply = await s.say("hoe staat Leudal ervoor?");
    expect(reply.intent).toBe("body_status");
    const staff = await s.store.staff.list();
    expect(staff).toMatchObject([{ role: "admin", identities: [anna] }]);
  });

  it("lets an admin add a colleague in chat after confirming, who may then use it", async () => {
    const piet = { platform: "matrix" as const, userId: "@piet:weerbaar.test" };
    const ask = await s.say("voeg matrix:@piet:weerbaar.test toe als adviseur, naam Piet");
    expect(ask.intent).toBe("confirm_request");
    expect((await s.say("ja")).intent).toBe("staff_added");
    expect((await s.say("hoe staat Venlo ervoor?", { as: piet })).intent).toBe("body_status");
    const audit = await s.store.audit.list();
    expect(audit.some((a) => a.entityType === "staff" && a.actorId !== "system")).toBe(true);
  });

  it("lets an admin change a colleague's role by name after confirming; others may not", async () => {
    await s.say("hoe staat Leudal ervoor?");
    const lisa = { platform: "matrix" as const, userId: "@lisa:weerbaar.test" };
    await s.store.staff.upsert(
      { displayName: "Lisa Bakker", role: "advisor", identities: [lisa] },
      { actorId: "test", channel: "test" },
    );
    expect((await s.say("maak Anna kijker", { as: lisa })).intent).toBe("forbidden");
    expect((await s.say("maak Lisa adviseur")).intent).toBe("staff_role_unchanged");
    expect((await s.say("maak Bram beheerder")).intent).toBe("staff_unknown");

    const ask = await s.say("maak Lisa beheerder");
    expect(ask.intent).toBe("confirm_request");
    expect(ask.text).toContain("Lisa Bakker");
    expect((await s.say("ja")).intent).toBe("staff_role_set");
    expect((await s.store.staff.findByIdentity(lisa))?.role).toBe("admin");
    const [change] = await s.store.audit.list({ entityType: "staff", action: "staff.role_set" });
    expect(change?.actorId).not.toBe("test");
  });

  it("lets a viewer read but not write", async () => {
    await s.say("hoe staat Leudal ervoor?");
    await s.store.staff.upsert(
      {
        displayName: "Vera",
        role: "viewer",
        identities: [{ platform: "matrix", userId: "@vera:weerbaar.test" }],
      },
      { actorId: "test", channel: "test" },
    );
    const vera = { platform: "matrix" as const, userId: "@vera:weerbaar.test" };
    expect((await s.say("hoe staat Leudal ervoor?", { as: vera })).intent).toBe("body_status");
    const write = await s.say("Leudal heeft geen protocol", { as: vera });
    expect(write.intent).toBe("forbidden");
    expect((await s.store.survey.current("GM1640")).protocol).toBe("unknown");
  });
});
