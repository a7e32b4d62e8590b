import { describe, expect, it } from "vitest";
import { intentOf } from "./test-support.ts";
import { understand } from "./understand.ts";

describe("reminders", () => {
  it("reads 'stuur hier elke maandag het overzicht' as a digest subscription", () => {
    expect(intentOf("stuur hier elke maandag het overzicht", "subscribe_reminders").kinds).toEqual([
      "digest",
    ]);
  });

  it("reads meeting reminders in both languages", () => {
    expect(intentOf("herinner me aan mijn afspraken", "subscribe_reminders").kinds).toEqual(["meetings"]);
    expect(intentOf("turn on meeting reminders", "subscribe_reminders").kinds).toEqual(["meetings"]);
  });

  it("reads unsubscribing, with and without a kind", () => {
    expect(intentOf("zet de herinneringen uit", "unsubscribe_reminders").kinds).toBeUndefined();
    expect(intentOf("ik wil geen weekoverzicht meer", "unsubscribe_reminders").kinds).toEqual(["digest"]);
    expect(intentOf("I don't want the weekly digest anymore", "unsubscribe_reminders").kinds).toEqual([
      "digest",
    ]);
  });

  it("lists reminders", () => {
    expect(intentOf("welke herinneringen heb ik", "list_reminders")).toEqual({ intent: "list_reminders" });
  });

  it("reads a reminder noun with on or off as the end of the request as a switch", () => {
    expect(intentOf("weekoverzicht aan voor dit kanaal", "subscribe_reminders").kinds).toEqual(["digest"]);
    expect(intentOf("digest off", "unsubscribe_reminders").kinds).toEqual(["digest"]);
    expect(intentOf("weekly digest off pls", "unsubscribe_reminders").kinds).toEqual(["digest"]);
    expect(understand("what's in the digest on monday?").intent.intent).not.toBe("subscribe_reminders");
  });

  it("reads opting out, writing oneself out and 'mogen uit' as unsubscribing", () => {
    expect(intentOf("opt me out of the follow-up nudges", "unsubscribe_reminders").kinds).toEqual([
      "follow_ups",
    ]);
    expect(intentOf("schrijf me uit voor de follow-up herinneringen", "unsubscribe_reminders").kinds).toEqual(
      ["follow_ups"],
    );
    expect(intentOf("die seintjes voor afspraken, die mogen uit", "unsubscribe_reminders").kinds).toEqual([
      "meetings",
    ]);
    expect(
      intentOf("Would you mind turning off the weekly overview?", "unsubscribe_reminders").kinds,
    ).toEqual(["digest"]);
  });

  it("reads a wish not to miss anything as a subscription, and 'seintje geven' as one", () => {
    expect(
      intentOf("ik wil geen afspraak meer missen, herinner me eraan", "subscribe_reminders").kinds,
    ).toEqual(["meetings"]);
    expect(
      intentOf("zou je me een seintje willen geven voor mijn afspraken?", "subscribe_reminders").kinds,
    ).toEqual(["meetings"]);
  });

  it("reads 'switch my reminders back on' as switching, not listing", () => {
    expect(intentOf("Please switch my reminders back on.", "subscribe_reminders").kinds).toBeUndefined();
    expect(intentOf("zet mijn herinneringen weer aan", "subscribe_reminders").kinds).toBeUndefined();
  });

  it("reads a question about the state as a list, whatever switching verb it holds", () => {
    for (const text of [
      "heb ik het weekoverzicht nou aan of uit staan",
      "heb ik het weekoverzicht nou uitgezet of niet?",
      "did I turn off the meeting reminders or are they still on?",
      "which notifications haven't I switched off yet",
    ]) {
      expect(intentOf(text, "list_reminders")).toEqual({ intent: "list_reminders" });
    }
  });

  it("lists the reminders that are on, by adjective, possessive or list verb", () => {
    for (const text of [
      "lopende herinneringen?",
      "active reminders?",
      "mijn abbo's?",
      "welke seintjes stuur je mij tegenwoordig",
      "could you list the notifications this channel receives?",
    ]) {
      expect(intentOf(text, "list_reminders")).toEqual({ intent: "list_reminders" });
    }
  });

  it("reads a question about the present state as a list, not a switch", () => {
    expect(intentOf("reminders currently on?", "list_reminders")).toEqual({ intent: "list_reminders" });
    expect(intentOf("do I get the weekly digest?", "list_reminders")).toEqual({ intent: "list_reminders" });
    expect(intentOf("waar krijg ik allemaal berichten over", "list_reminders")).toEqual({
      intent: "list_reminders",
    });
    expect(intentOf("overzicht seintjes", "list_reminders")).toEqual({ intent: "list_reminders" });
    // A message sent to someone is no reminder.
    expect(understand("stuur een bericht naar de griffier").intent.intent).not.toMatch(/reminders/);
  });

  it("reads a wish to receive, and a wish not to forget, as a subscription", () => {
    for (const [text, kinds] of [
      ["het zou fijn zijn als ik voortaan een seintje krijg voor mijn follow-ups", ["follow_ups"]],
      ["from now on this channel gets the weekly digest", ["digest"]],
      ["ik wil geen follow-up meer vergeten, stuur me daar herinneringen voor", ["follow_ups"]],
      ["ik wil van nu af aan een seintje voor mijn afspraken", ["meetings"]],
    ] as const) {
      expect(intentOf(text, "subscribe_reminders").kinds).toEqual(kinds);
    }
    // Stated, not wished: too many notifications is no request for more.
    expect(understand("ik krijg te veel meldingen").intent.intent).not.toBe("subscribe_reminders");
    // Forgetting as an errand, not a wish to be reminded.
    expect(
      intentOf("ik wil niet vergeten de meldingen uit te zetten", "unsubscribe_reminders").kinds,
    ).toBeUndefined();
  });

  it("reads wanting to be rid of reminders as unsubscribing", () => {
    for (const [text, kinds] of [
      ["ik wil van de follow-up herinneringen af", ["follow_ups"]],
      ["the weekly digest, I'd like that gone", ["digest"]],
      ["het zou fijn zijn als je de meldingen voor afspraken stopzet, ik word er gek van", ["meetings"]],
      ["remove this channel from the weekly digest", ["digest"]],
      ["unsubscibe me from the folow-up reminders", ["follow_ups"]],
    ] as const) {
      expect(intentOf(text, "unsubscribe_reminders").kinds).toEqual(kinds);
    }
    for (const text of ["take me off every reminder list", "turn reminders of", "stopp alle herinneringn"]) {
      expect(intentOf(text, "unsubscribe_reminders").kinds).toBeUndefined();
    }
    // Taking a meeting off the agenda cancels it; it stops no reminder.
    expect(understand("haal de wekelijkse afspraak met Venlo van de agenda af").intent.intent).not.toBe(
      "unsubscribe_reminders",
    );
  });

  it("reads call-back appointments as follow-ups and meetings by their other names", () => {
    expect(intentOf("herinner me aan terugbelafspraken", "subscribe_reminders").kinds).toEqual([
      "follow_ups",
    ]);
    expect(intentOf("herinneringen voor vergaderingen mogen uit", "unsubscribe_reminders").kinds).toEqual([
      "meetings",
    ]);
  });

  it("reads a meeting on one Monday at a time as a booking, not a weekly reminder", () => {
    expect(
      understand("zij wil graag langskomen, kun je een afspraak zetten op maandag om half 3?").intent.intent,
    ).toBe("book_meeting");
  });
});
