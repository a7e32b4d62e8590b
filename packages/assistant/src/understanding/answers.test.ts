import { describe, expect, it } from "vitest";
import { understand } from "./understand.ts";

const intentName = (text: string) => understand(text).intent.intent;

describe("confirm, cancel and choose", () => {
  it.each(["ja", "yes", "klopt", "doe maar", "ok", "👍", "Ja, dat klopt", "sure, go ahead"])(
    "%j confirms",
    (text) => {
      expect(intentName(text)).toBe("confirm");
    },
  );

  it.each(["nee", "no", "annuleer", "laat maar", "stop", "no, forget it", "dat klopt niet"])(
    "%j cancels",
    (text) => {
      expect(intentName(text)).toBe("cancel");
    },
  );

  it("does not take a sentence that starts with 'ja' or 'no' for an answer", () => {
    expect(intentName("no protocol in Venlo")).not.toBe("cancel");
    expect(intentName("ja, Venlo is gebeld")).toBe("record_outreach");
  });

  it.each([
    ["2", { index: 2 }],
    ["de tweede", { index: 2 }],
    ["the second one", { index: 2 }],
    ["nummer 3", { index: 3 }],
    ["gemeente", { kind: "municipality" }],
    ["de provincie", { kind: "province" }],
  ] as const)("%j chooses %j", (text, choice) => {
    expect(understand(text).intent).toEqual({ intent: "choose", ...choice });
  });
});
