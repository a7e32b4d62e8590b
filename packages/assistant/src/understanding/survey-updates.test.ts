import { describe, expect, it } from "vitest";
import { codeOf, intentOf } from "./test-support.ts";

describe("survey updates", () => {
  it("reads 'Leudal heeft een protocol maar het wordt niet gebruikt' as present and dormant", () => {
    const intent = intentOf("Leudal heeft een protocol maar het wordt niet gebruikt", "update_survey");
    expect(intent.bodies.map(codeOf)).toEqual(["GM1640"]);
    expect(intent).toMatchObject({ protocol: "present", usage: "dormant" });
    expect(intent.note).toBe("Leudal heeft een protocol maar het wordt niet gebruikt");
  });

  it("finds the name in any position", () => {
    const intent = intentOf("een stappenplan heeft Venlo niet", "update_survey");
    expect(intent.bodies.map(codeOf)).toEqual(["GM0983"]);
    expect(intent.protocol).toBe("none");
  });

  it("reads informal in-preparation phrasing", () => {
    expect(intentOf("bij Roermond wordt aan een protocol gewerkt", "update_survey").protocol).toBe(
      "in_preparation",
    );
    expect(intentOf("Roermond is working on a protocol", "update_survey").protocol).toBe("in_preparation");
  });

  it("carries negation over 'or': no protocol or code of conduct", () => {
    expect(intentOf("Venray doesn't have a protocol or a code of conduct", "update_survey")).toMatchObject({
      protocol: "none",
      codeOfConduct: "no",
    });
  });

  it("asks rather than records when the message is a question", () => {
    expect(codeOf(intentOf("heeft Weert een protocol?", "body_status").body)).toBe("GM0988");
  });
});

describe("body status", () => {
  it("reads 'hoe staat Leudal ervoor'", () => {
    expect(codeOf(intentOf("hoe staat Leudal ervoor", "body_status").body)).toBe("GM1640");
  });

  it("returns a homonym as ambiguous instead of guessing", () => {
    expect(codeOf(intentOf("hoe staat Groningen ervoor?", "body_status").body)).toBe("ambiguous:GM0014,PV20");
  });

  it("uses a stated kind to decide a homonym", () => {
    expect(codeOf(intentOf("hoe staat de provincie Utrecht ervoor", "body_status").body)).toBe("PV26");
  });

  it("tolerates a typo in the name through the domain resolver", () => {
    expect(codeOf(intentOf("hoe staat Leudaal ervoor", "body_status").body)).toBe("GM1640");
  });
});
