import { allBodies } from "@weerbaar/domain";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createScenario, type Scenario } from "./scenario.ts";

const brabant = allBodies.filter((b) => b.kind === "municipality" && b.provinceCode === "PV30").length;

describe("provinces named by adjective or demonym", () => {
  let s: Scenario;
  beforeEach(async () => {
    s = await createScenario();
  });
  afterEach(() => s.close());

  it("regression: 'Welke Brabantse gemeenten hebben nog geen stappenplan?' ignored 'Brabantse'", async () => {
    await s.say("Eindhoven heeft geen protocol");
    await s.say("Venlo heeft geen protocol");
    const reply = await s.say("Welke Brabantse gemeenten hebben nog geen stappenplan?");
    expect(reply.intent).toBe("list_bodies");
    expect(reply.data.filter).toMatchObject({ provinceCode: "PV30", protocol: ["none"] });
    expect(reply.data.codes).toEqual(["GM0772"]);
  });

  it.each([
    ["Limburgse", "PV31"],
    ["Friese", "PV21"],
    ["Groningse", "PV20"],
    ["Zeeuwse", "PV29"],
    ["Utrechtse", "PV26"],
    ["Gelderse", "PV25"],
    ["Drentse", "PV22"],
    ["Overijsselse", "PV23"],
    ["Flevolandse", "PV24"],
    ["Noord-Hollandse", "PV27"],
    ["Zuid-Hollandse", "PV28"],
  ])("welke %s gemeenten hebben een slapend protocol?", async (adjective, code) => {
    const reply = await s.say(`welke ${adjective} gemeenten hebben een slapend protocol?`);
    expect(reply.intent).toBe("list_bodies");
    expect(reply.data.filter).toMatchObject({ provinceCode: code, usage: ["dormant"] });
  });

  it("counts the Brabant municipalities whose status is unknown", async () => {
    const reply = await s.say("hoeveel Brabantse gemeenten zijn nog onbekend?");
    expect(reply.data.count).toBe(brabant);
  });

  it("asks which Holland is meant, and lists the one chosen", async () => {
    const ask = await s.say("welke Hollandse gemeenten hebben geen protocol?");
    expect(ask.intent).toBe("clarify");
    expect(ask.text).toContain("Noord-Holland");
    expect(ask.text).toContain("Zuid-Holland");
    const list = await s.say("2");
    expect(list.data.filter).toMatchObject({ provinceCode: "PV28", protocol: ["none"] });
  });

  it("does not drop a place adjective it does not know: it asks", async () => {
    const ask = await s.say("welke Twentse gemeenten hebben geen protocol?");
    expect(ask.intent).toBe("clarify");
    expect(ask.text).toContain('"twentse"');
  });
});
