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

  it.each([
    "okidoki",
    "klopt, zet er maar in",
    "that's right, put it in",
    "looks good to me",
    "no issues, carry on",
  ])("%j confirms, also when a negation says there is no objection", (text) => {
    expect(intentName(text)).toBe("confirm");
  });

  it.each([
    "ho maar",
    "neej",
    "ditch it",
    "wrong one, forget it",
    "don't record that please",
    "laat ook maar, verkeerde gemeente",
    "laat maar even zitten, ik doe het later wel",
    "oh, laat ook maar, doe ik zelf",
  ])("%j cancels", (text) => {
    expect(intentName(text)).toBe("cancel");
  });

  it("does not take a yes that says something is wrong for a yes", () => {
    expect(intentName("yes, wrong one")).not.toBe("confirm");
  });

  it("keeps a request after the answer its own", () => {
    expect(intentName("klopt, zet Venlo op gebeld")).toBe("record_outreach");
    expect(intentName("no issues, but plan a meeting with Venlo")).toBe("book_meeting");
  });

  it.each([
    ["nee niet die, de eerste", { index: 1 }],
    ["no, not that one, the second", { index: 2 }],
    ["gewoon de gemeente", { kind: "municipality" }],
    ["I'll take the first one, thanks", { index: 1 }],
  ] as const)("%j corrects or picks, and chooses %j", (text, choice) => {
    expect(understand(text).intent).toEqual({ intent: "choose", ...choice });
  });

  it("reads a negated option as neither that choice nor a plain no", () => {
    for (const text of ["nee, niet de eerste", "de eerste niet", "niet de provincie"]) {
      expect(["choose", "cancel", "confirm"]).not.toContain(intentName(text));
    }
  });
});
