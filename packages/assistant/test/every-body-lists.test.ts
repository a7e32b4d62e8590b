import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createScenario, type Scenario } from "./scenario.ts";

describe("a list of every body only when every body was asked for", () => {
  let s: Scenario;
  beforeEach(async () => {
    s = await createScenario();
  });
  afterEach(() => s.close());

  it("regression: 'welke gemeenten hebben we een brief gestuurd?' listed all 342 municipalities", async () => {
    const ask = await s.say("welke gemeenten hebben we een brief gestuurd?");
    expect(ask.intent).toBe("clarify");
    expect(ask.data.readings).toEqual(["needs_call", "record_outreach", "list_bodies"]);
    expect(ask.data.unexplained).toEqual(["brief", "gestuurd"]);
    expect(ask.text).not.toContain("(342)");
    expect(ask.actions.map((a) => a.value)).toEqual(["1", "2", "3"]);
    const chosen = await s.say("1");
    expect(chosen.intent).toBe("needs_call");
  });

  it("lists everything when everything was asked for", async () => {
    const all = await s.say("toon alle gemeenten");
    expect(all.intent).toBe("list_bodies");
    expect(all.paging?.total).toBe(342);
    const limburg = await s.say("welke gemeenten liggen in Limburg?");
    expect(limburg.intent).toBe("list_bodies");
  });

  it("asks back on a bare 'welke gemeenten?'", async () => {
    const ask = await s.say("welke gemeenten?");
    expect(ask.intent).toBe("clarify");
    expect((await s.say("1")).paging?.total).toBe(342);
  });

  it("lets a new request through while a reading is being chosen", async () => {
    await s.say("welke gemeenten?");
    expect((await s.say("hoe staat Leudal ervoor?")).intent).toBe("body_status");
  });
});
