import { describe, expect, it } from "vitest";
import { actionByNumber, actionByReaction, answersActions, normalizeReaction } from "./choices.ts";

const confirm = [
  { label: "Ja", value: "ja", style: "positive" as const },
  { label: "Nee", value: "nee", style: "destructive" as const },
];
const pick = [
  { label: "Bergen (L)", value: "GM0893" },
  { label: "Bergen (NH)", value: "GM0373" },
  { label: "Bergen op Zoom", value: "GM0748" },
];

describe("choices", () => {
  it("maps numbers to action values, and nothing else", () => {
    expect(actionByNumber("2", pick)).toBe("GM0373");
    expect(actionByNumber(" 3. ", pick)).toBe("GM0748");
    expect(actionByNumber("1)", pick)).toBe("GM0893");
    expect(actionByNumber("4", pick)).toBeUndefined();
    expect(actionByNumber("0", pick)).toBeUndefined();
    expect(actionByNumber("2 gemeenten", pick)).toBeUndefined();
  });

  it("maps 👍 to the positive action and 👎 to the destructive one", () => {
    expect(actionByReaction("👍", confirm)).toBe("ja");
    expect(actionByReaction("👎️", confirm)).toBe("nee");
    expect(actionByReaction("👍🏿", confirm)).toBe("ja");
    expect(actionByReaction("🎉", confirm)).toBeUndefined();
  });

  it("uses first/last of two unstyled actions, nothing for three", () => {
    const two = pick.slice(0, 2);
    expect(actionByReaction("👍", two)).toBe("GM0893");
    expect(actionByReaction("👎", two)).toBe("GM0373");
    expect(actionByReaction("👍", pick)).toBeUndefined();
  });

  it("tells an answer to the actions (number, value, label) from other talk", () => {
    expect(answersActions("2", pick)).toBe(true);
    expect(answersActions("Ja!", confirm)).toBe(true);
    expect(answersActions(" nee ", confirm)).toBe(true);
    expect(answersActions("bergen op zoom", pick)).toBe(true);
    expect(answersActions("4", pick)).toBe(false);
    expect(answersActions("ja hoor, Anna bedoelt Bergen", confirm)).toBe(false);
    expect(answersActions("", confirm)).toBe(false);
  });

  it("normalizes skin tones and variation selectors", () => {
    expect(normalizeReaction("👍🏽\u{FE0F}")).toBe("👍");
  });
});
