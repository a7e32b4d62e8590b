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

  it.each([
    "jaah doe maar",
    "helemaal top, doorzetten maar",
    "niks op aan te merken, opslaan",
    "sounds about right, save it",
    "affirmative",
    "leg maar vast",
    "go on then",
    "works for me",
    "graag zelfs, dankjewel",
  ])("%j confirms", (text) => {
    expect(intentName(text)).toBe("confirm");
  });

  it.each([
    "laat maar, ik bedenk me",
    "kap maar, hoeft niet",
    "let's not",
    "nvm",
    "bin it",
    "zet het er maar niet in",
    "please don't put that in",
    "That's kind, but no.",
    "stop, verkeerde afspraak",
    "cancel, wrong meeting",
    "ho ho, wacht even, nee",
  ])("%j cancels", (text) => {
    expect(intentName(text)).toBe("cancel");
  });

  it("takes praise with thanks for a thanks, not a yes", () => {
    expect(intentName("top, dankjewel!")).not.toBe("confirm");
    expect(intentName("brilliant, thanks a lot!")).not.toBe("confirm");
    expect(intentName("ja graag, dankjewel")).toBe("confirm");
  });

  it("keeps a request after a go-ahead or a refused write its own", () => {
    expect(intentName("go on, plan een afspraak met Venlo")).toBe("book_meeting");
    expect(intentName("leg vast dat Venlo gebeld is")).toBe("record_outreach");
    expect(intentName("don't add Eva as admin")).not.toBe("cancel");
    expect(intentName("cancel the meeting")).toBe("cancel_meeting");
  });

  it.each([
    ["nummer één", { index: 1 }],
    ["number one", { index: 1 }],
    ["die tweede in de lijst", { index: 2 }],
    ["nee, ik had het over de provincie", { kind: "province" }],
    ["I'll have the fourth one, please", { index: 4 }],
    ["let's go with the third", { index: 3 }],
    ["municipality is what I'm after", { kind: "municipality" }],
  ] as const)("%j chooses %j", (text, choice) => {
    expect(understand(text).intent).toEqual({ intent: "choose", ...choice });
  });

  it.each([
    ["de tweede, de derde klopt niet", { index: 2 }],
    ["the third one is wrong, the first", { index: 1 }],
    ["de gemeente; over de provincie had ik het niet", { kind: "municipality" }],
  ] as const)("%j sets one option aside and chooses the other, %j", (text, choice) => {
    expect(understand(text).intent).toEqual({ intent: "choose", ...choice });
  });

  it("chooses nothing when the only option named is set aside, or the clauses are not written apart", () => {
    for (const text of ["the third one is wrong", "de tweede, de tweede klopt niet", "nee, een andere"]) {
      expect(intentName(text)).not.toBe("choose");
    }
    expect(intentName("wat is nummer een?")).not.toBe("choose");
  });

  it("reads a negated option as neither that choice nor a plain no", () => {
    for (const text of ["nee, niet de eerste", "de eerste niet", "niet de provincie"]) {
      expect(["choose", "cancel", "confirm"]).not.toContain(intentName(text));
    }
  });
});
