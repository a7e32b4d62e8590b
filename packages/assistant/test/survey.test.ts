import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createScenario, type Scenario } from "./scenario.ts";

describe("the survey in conversation", () => {
  let s: Scenario;
  beforeEach(async () => {
    s = await createScenario();
  });
  afterEach(() => s.close());

  it("records a dormant protocol from a plain Dutch sentence, attributed and audited", async () => {
    const reply = await s.say("Leudal heeft een protocol maar het ligt op de plank");
    expect(reply.intent).toBe("survey_updated");
    expect(reply.text).toContain("ligt op de plank");
    const status = await s.store.survey.current("GM1640");
    expect(status).toMatchObject({ protocol: "present", usage: "dormant" });
    const [staff] = await s.store.staff.list();
    expect(status.updatedBy).toBe(staff?.id);
    const audit = await s.store.audit.list();
    expect(
      audit.some((a) => a.entityType === "body" && a.entityId === "GM1640" && a.actorId === staff?.id),
    ).toBe(true);
  });

  it("keeps history: a later change is a new event, the first stays", async () => {
    await s.say("Leudal heeft geen protocol");
    s.clock.advance(60_000);
    await s.say("Leudal heeft nu een protocol en het wordt actief gebruikt");
    const history = await s.store.survey.history("GM1640");
    expect(history.map((e) => e.protocol)).toEqual(["none", "present"]);
    expect((await s.store.survey.current("GM1640")).usage).toBe("active");
  });

  it("says so when nothing changes, and writes nothing", async () => {
    await s.say("Venlo heeft geen protocol");
    const again = await s.say("Venlo heeft geen protocol");
    expect(again.intent).toBe("survey_unchanged");
    expect(await s.store.survey.history("GM0983")).toHaveLength(1);
  });

  it("lists Limburg municipalities without a protocol, grouped by province", async () => {
    await s.say("Venlo heeft geen protocol");
    await s.say("Leudal heeft geen protocol");
    await s.say("Maastricht heeft een protocol");
    const reply = await s.say("welke gemeenten in Limburg hebben geen protocol?");
    expect(reply.intent).toBe("list_bodies");
    expect(reply.data.codes).toEqual(["GM1640", "GM0983"]);
    expect(reply.text).toContain("Limburg (2)");
  });

  it("answers which provinces have a dormant protocol, in English", async () => {
    await s.say("provincie Limburg heeft een protocol maar het ligt op de plank");
    const reply = await s.say("which provinces have a dormant protocol?");
    expect(reply.lang).toBe("en");
    expect(reply.data.codes).toEqual(["PV31"]);
  });

  it("gives counts and percentages that add up, per province on request", async () => {
    await s.say("Leudal heeft een protocol");
    await s.say("Venlo heeft geen protocol");
    const reply = await s.say("hoeveel procent heeft een protocol per provincie?");
    expect(reply.intent).toBe("survey_summary");
    const protocol = reply.data.protocol as Record<string, { count: number; percentage: number }>;
    expect(protocol.present?.count).toBe(1);
    expect(protocol.none?.count).toBe(1);
    expect(protocol.unknown?.count).toBe(352);
    const sum = Object.values(protocol).reduce((n, share) => n + share.percentage, 0);
    expect(sum).toBeCloseTo(100, 5);
    expect(reply.data.byProvince).toHaveLength(12);
  });

  it("pages long lists and continues with 'meer'", async () => {
    const first = await s.say("welke gemeenten hebben nog een onbekende status?");
    expect(first.intent).toBe("list_bodies");
    expect(first.paging).toMatchObject({ page: 1, total: 342 });
    const second = await s.say("meer");
    expect(second.paging?.page).toBe(2);
    expect(second.data.page).toBe(2);
  });

  it("shows the status of a body with contacts, stage and history", async () => {
    await s.say("Leudal heeft een protocol maar het ligt op de plank");
    await s.say("Leudal is gebeld");
    await s.say("voeg contact toe aan Leudal: Jan Jansen, griffier, jan@leudal.nl");
    const reply = await s.say("hoe staat Leudal ervoor?");
    expect(reply.data).toMatchObject({
      code: "GM1640",
      protocol: "present",
      usage: "dormant",
      stage: "called",
      contacts: 1,
    });
    expect(reply.text).toContain("Jan Jansen (griffier)");
  });
});
