import { describe, expect, it } from "vitest";
import { intentOf } from "./test-support.ts";
import { understand } from "./understand.ts";

// Messages whose words say one thing and whose sentence says another: a question answered by its writer, a
// denial of the whole statement, a dormancy denied, a time ruled out for another.
describe("statements turned round", () => {
  it("reads a question its writer answers as a statement", () => {
    expect(
      intentOf("heeft Oirschot een protocol? ja, net nagevraagd, ze hebben er een", "update_survey"),
    ).toMatchObject({
      protocol: "present",
    });
    expect(intentOf("of Ameland een protocol heeft? nee, dus.", "update_survey").protocol).toBe("none");
  });

  it("keeps a plain question a question", () => {
    expect(understand("heeft Oirschot een protocol?").intent.intent).toBe("body_status");
  });

  it("turns a denied statement round", () => {
    expect(
      intentOf("het is niet zo dat Waalre geen protocol heeft, ze hebben er wel een", "update_survey")
        .protocol,
    ).toBe("present");
    expect(
      intentOf("Niet dat Renkum geen protocol heeft hoor, het ligt alleen op de plank", "update_survey"),
    ).toMatchObject({ protocol: "present", usage: "dormant" });
  });

  it("reads a denied dormancy as a protocol in use", () => {
    expect(
      intentOf("het protocol van Lochem ligt niet op de plank, ze gebruiken het elke week", "update_survey")
        .usage,
    ).toBe("active");
    expect(
      intentOf("Lochem's protocol isn't on the shelf, they use it every week", "update_survey").usage,
    ).toBe("active");
    expect(
      intentOf("Horst aan de Maas gebruikt het protocol niet meer, het ligt in de kast", "update_survey")
        .usage,
    ).toBe("dormant");
  });

  it("reads a time ruled out of an existing meeting as a move, and of a new one as a correction", () => {
    expect(understand("de afspraak met Vaals niet op vrijdag maar op donderdag").intent.intent).toBe(
      "reschedule_meeting",
    );
    expect(
      understand("plan een afspraak met Nunspeet, niet morgen maar vrijdag om 10 uur").intent.intent,
    ).toBe("book_meeting");
    expect(understand("Waalwijk meeting -> tomorrow 10:00").intent.intent).toBe("reschedule_meeting");
  });

  it("asks whether a meeting is still on without cancelling it", () => {
    expect(understand("is my meeting with Heumen still on or did they cancel?").intent.intent).toBe("agenda");
  });
});
