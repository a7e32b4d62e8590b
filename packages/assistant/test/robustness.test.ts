import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createScenario, type Scenario } from "./scenario.ts";

describe("any input is answered, nothing crashes", () => {
  let s: Scenario;
  beforeEach(async () => {
    s = await createScenario();
  });
  afterEach(() => s.close());

  it.each([
    ["empty", ""],
    ["whitespace", "   \n\t "],
    ["very long", "protocol ".repeat(2500)],
    ["html", "<script>alert(1)</script><b>Leudal</b>"],
    ["control characters", "hoe\u0000 staat\u0007 Leudal\u001b[31m ervoor"],
    ["emoji", "🙈🙉🙊 👍🏽"],
    ["adaptive card json", '{"type":"AdaptiveCard","body":[{"type":"TextBlock","text":"x"}]}'],
    ["sql", "Leudal'; DROP TABLE survey_events; --"],
  ])("answers %s input", async (_name, text) => {
    const reply = await s.say(text);
    expect(typeof reply.intent).toBe("string");
    expect(reply.text.length).toBeGreaterThan(0);
    expect(reply.intent).not.toBe("unavailable");
  });

  it("stores a hostile note verbatim", async () => {
    const note = "Leudal heeft geen protocol <img src=x onerror=alert(1)> '; DROP TABLE x; --";
    await s.say(note);
    expect((await s.store.survey.current("GM1640")).note).toBe(note);
  });

  it("answers what it does not understand with suggestions", async () => {
    const reply = await s.say("de koffie is op");
    expect(reply.intent).toBe("unknown");
    expect(reply.actions.length).toBeGreaterThan(0);
  });

  it("answers 'laat de kaart van Limburg zien' with the map as a PNG and its summary as text", async () => {
    expect((await s.say("Leudal heeft een protocol maar het ligt op de plank")).intent).toBe(
      "survey_updated",
    );
    const reply = await s.say("laat de kaart van Limburg zien");
    expect(reply.intent).toBe("chart");
    expect(reply.attachments).toHaveLength(1);
    const [image] = reply.attachments;
    expect(image).toMatchObject({ kind: "image", fileName: "kaart-limburg.png", mimeType: "image/png" });
    expect(Buffer.from(image?.data ?? []).subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
    expect(image?.description).toMatch(
      /^Kaart van Limburg\. Limburg \(31 gemeenten\): 0 actief, 1 slapend, /,
    );
    expect(reply.text).toContain("1 slapend");
  });
});

describe("regressions", () => {
  it("offers each suggestion once when 'meer' comes without a list (duplicate help buttons)", async () => {
    const s = await createScenario();
    try {
      const reply = await s.say("meer");
      const values = reply.actions.map((a) => a.value);
      expect(new Set(values).size).toBe(values.length);
    } finally {
      await s.close();
    }
  });
});

describe("regressions: lone surrogates", () => {
  it("stores a note with a lone surrogate as well-formed text instead of mangling it", async () => {
    const s = await createScenario();
    try {
      await s.say("Leudal heeft geen protocol \ud800 echt niet");
      const note = (await s.store.survey.current("GM1640")).note ?? "";
      expect(note.isWellFormed()).toBe(true);
      expect(note).toContain("\ufffd");
      expect(note.match(/\ufffd/g)).toHaveLength(1);
    } finally {
      await s.close();
    }
  });
});
