import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createScenario, type Scenario } from "./scenario.ts";

describe("questions never write", () => {
  let s: Scenario;
  beforeEach(async () => {
    s = await createScenario();
  });
  afterEach(() => s.close());

  it("regression: 'Heeft Beekdaelen eigenlijk een protocol?' answers with the status and records nothing", async () => {
    const reply = await s.say("Heeft Beekdaelen eigenlijk een protocol?");
    expect(reply.intent).toBe("body_status");
    expect(reply.data.code).toBe("GM1954");
    expect(await s.store.survey.history("GM1954")).toHaveLength(0);
  });

  it.each([
    ["Is Venlo gebeld?", "GM0983"],
    ["Is er een brief naar Venlo gestuurd?", "GM0983"],
    ["Heeft Weert de ondersteuning afgeslagen?", "GM0988"],
    ["Was Leudal called?", "GM1640"],
  ])("%s answers with the status and records no outreach", async (text, code) => {
    const reply = await s.say(text);
    expect(reply.intent).toBe("body_status");
    expect(reply.data.code).toBe(code);
    expect(await s.store.outreach.list({ bodyCode: code })).toHaveLength(0);
  });

  it("asks which body a question about two bodies is about, and writes nothing", async () => {
    const reply = await s.say("Zijn Simpelveld en Vaals gebeld?");
    expect(reply.intent).toBe("clarify");
    expect((await s.say("2")).data.code).toBe("GM0981");
    expect(await s.store.outreach.list({})).toHaveLength(0);
  });
});
