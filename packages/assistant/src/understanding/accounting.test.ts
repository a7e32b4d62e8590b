import { describe, expect, it } from "vitest";
import { understand } from "./understand.ts";

describe("accounting for the whole message", () => {
  it("lowers the confidence for content words nothing explains", () => {
    const plain = understand("hoe staat Leudal ervoor?").confidence;
    const padded = understand("hoe staat Leudal ervoor met de koffiemachine en de parkeerplaats?").confidence;
    expect(padded).toBeLessThan(plain);
  });

  it("does not count names and function words as unexplained", () => {
    const named = understand("voeg contact toe aan Leudal: Jan Jansen, griffier, jan@leudal.nl");
    expect(named.intent.intent).toBe("add_contact");
    expect(named.confidence).toBeGreaterThan(0.5);
  });

  it("asks back with the readings, not an answer, when a list would ignore words", () => {
    const { intent } = understand("welke gemeenten hebben we een brief gestuurd?");
    expect(intent).toMatchObject({ intent: "clarify", reason: "unexplained_words" });
    if (intent.intent !== "clarify") throw new Error("unreachable");
    expect(intent.readings.map((r) => r.intent)).toEqual(["needs_call", "record_outreach", "list_bodies"]);
  });

  it("keeps a list restricted by a province, or asked for as everything", () => {
    expect(understand("gemeenten in Limburg").intent.intent).toBe("list_bodies");
    expect(understand("list all municipalities").intent.intent).toBe("list_bodies");
    expect(understand("which provinces are there?").intent.intent).toBe("list_bodies");
  });

  it("turns a question that would record into the body's status", () => {
    expect(understand("Is Venlo gebeld?").intent.intent).toBe("body_status");
    expect(understand("Has Venlo been sent a letter?").intent.intent).toBe("body_status");
  });
});
