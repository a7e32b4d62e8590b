import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createScenario, type Scenario } from "./scenario.ts";

describe("several bodies in one sentence", () => {
  let s: Scenario;
  beforeEach(async () => {
    s = await createScenario();
  });
  afterEach(() => s.close());

  it("regression: 'Nederweert en Vaals hebben een slapend protocol' recorded Nederweert and dropped Vaals", async () => {
    const ask = await s.say("Nederweert en Vaals hebben een slapend protocol");
    expect(ask.intent).toBe("confirm_request");
    expect(ask.text).toContain("Uitvraag Nederweert");
    expect(ask.text).toContain("Uitvraag Vaals");
    expect(await s.store.survey.history("GM0946")).toHaveLength(0);
    const done = await s.say("ja");
    expect(done.intent).toBe("survey_updated");
    expect(done.data.codes).toEqual(["GM0946", "GM0981"]);
    for (const code of ["GM0946", "GM0981"]) {
      expect(await s.store.survey.current(code)).toMatchObject({ protocol: "present", usage: "dormant" });
    }
  });

  it("writes nothing for any of them when the confirmation is refused", async () => {
    await s.say("Simpelveld en Vaals hebben geen protocol");
    expect((await s.say("nee")).intent).toBe("cancelled");
    expect(await s.store.survey.history("GM0965")).toHaveLength(0);
    expect(await s.store.survey.history("GM0981")).toHaveLength(0);
  });

  it("applies one sentence to three bodies, in English too", async () => {
    const ask = await s.say("Horst aan de Maas, Venray and Gennep have no protocol");
    expect(ask.intent).toBe("confirm_request");
    expect((await s.say("yes")).data.codes).toEqual(["GM1507", "GM0984", "GM0907"]);
  });

  it("records only the bodies that change, saying which were already so", async () => {
    await s.say("Vaals heeft geen protocol");
    const ask = await s.say("Simpelveld en Vaals hebben geen protocol");
    expect(ask.intent).toBe("confirm_request");
    expect(ask.text).toContain("Voor Vaals stond het al zo");
    expect((await s.say("ja")).data.codes).toEqual(["GM0965"]);
  });

  it("records a call to three bodies in one confirmation", async () => {
    const ask = await s.say("Horst aan de Maas, Venray en Gennep zijn gebeld");
    expect(ask.intent).toBe("confirm_request");
    expect((await s.say("ja")).data.codes).toEqual(["GM1507", "GM0984", "GM0907"]);
  });
});
