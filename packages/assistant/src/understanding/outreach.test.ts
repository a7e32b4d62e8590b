import { describe, expect, it } from "vitest";
import { codeOf, intentOf } from "./test-support.ts";

describe("outreach", () => {
  it("reads 'Venlo is gebeld' as a call that reached someone", () => {
    const intent = intentOf("Venlo is gebeld", "record_outreach");
    expect(intent.bodies.map(codeOf)).toEqual(["GM0983"]);
    expect(intent).toMatchObject({ event: "called", reached: true });
  });

  it("reads 'geen gehoor' and 'no answer' as not reached", () => {
    expect(intentOf("Leudal gebeld, geen gehoor", "record_outreach").reached).toBe(false);
    expect(intentOf("called Leudal, no answer", "record_outreach").reached).toBe(false);
  });

  it("records several bodies at once", () => {
    expect(
      intentOf("brief verstuurd naar Maastricht en Heerlen", "record_outreach").bodies.map(codeOf),
    ).toEqual(["GM0935", "GM0917"]);
  });

  it("reads 'het gesprek met Leudal is geweest' as meeting held", () => {
    expect(intentOf("het gesprek met Leudal is geweest", "record_outreach").event).toBe("meeting_held");
  });

  it("reads offered support with its kinds", () => {
    expect(intentOf("we offered Roermond moderation and a training", "record_outreach")).toMatchObject({
      event: "support_offered",
      support: ["moderation", "training"],
    });
  });

  it("reads declined support", () => {
    expect(intentOf("Weert heeft de ondersteuning afgeslagen", "record_outreach").event).toBe(
      "support_declined",
    );
  });

  it("tells a call to record from a question of whom to call", () => {
    expect(intentOf("welke gemeenten in Limburg moeten nog gebeld worden", "needs_call").provinceCode).toBe(
      "PV31",
    );
    expect(intentOf("who do I still need to call", "needs_call")).toEqual({ intent: "needs_call" });
  });
});
