import { describe, expect, it } from "vitest";
import { understand } from "./understand.ts";

describe("a statement naming a body that nothing else explains", () => {
  it("is asked back, not answered with the body's status", () => {
    const { intent } = understand("Deventer organiseert zaterdag een braderie");
    expect(intent).toMatchObject({ intent: "clarify", reason: "unexplained_words" });
  });

  it("asks back, offering the status, for a question about something else in the body", () => {
    // "de braderie", "het weer": what is asked is not the body's status, so that is offered, not given.
    for (const text of ["wat is er met de braderie in Deventer?", "what about the fair in Deventer?"]) {
      expect(understand(text).intent).toEqual({ intent: "unknown", suggestions: ["body_status"] });
    }
  });

  it("keeps the status for a question, a bare name and a status phrase", () => {
    expect(understand("wat is er met Deventer?").intent.intent).toBe("body_status");
    expect(understand("Deventer").intent.intent).toBe("body_status");
    expect(understand("hoe staat Deventer ervoor").intent.intent).toBe("body_status");
  });
});
