import { describe, expect, it } from "vitest";
import { understand } from "./understand.ts";

describe("a statement naming a body that nothing else explains", () => {
  it("is asked back, not answered with the body's status", () => {
    const { intent } = understand("Deventer organiseert zaterdag een braderie");
    expect(intent).toMatchObject({ intent: "clarify", reason: "unexplained_words" });
  });

  it("keeps the status for a question, a bare name and a status phrase", () => {
    expect(understand("wat is er met de braderie in Deventer?").intent.intent).toBe("body_status");
    expect(understand("Deventer").intent.intent).toBe("body_status");
    expect(understand("hoe staat Deventer ervoor").intent.intent).toBe("body_status");
  });
});
