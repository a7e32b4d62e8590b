import { describe, expect, it } from "vitest";
import { understand } from "../understand.ts";

describe("a request for something the assistant does not do", () => {
  it("is not read as the request it shares a word with", () => {
    // "boek" books meetings, "taart" is one letter from "kaart" (a map chart), "Maastricht" is a body.
    for (const text of [
      "boek een treinkaartje naar Maastricht voor morgen",
      "book me a train ticket to Maastricht for tomorrow",
      "bestel een taart voor de verjaardag van Sanne",
      "kun je een persbericht schrijven over het protocol van Venlo",
    ]) {
      expect(understand(text).intent.intent, text).toBe("unknown");
    }
  });

  it("does not swallow words near its own: 'beste' is no 'bestel', 'maart' no 'taart'", () => {
    expect(understand("hoe kan ik jou het beste gebruiken?").intent.intent).toBe("help");
    expect(understand("plan een afspraak met Venlo op 3 maart om 10:00").intent.intent).toBe("book_meeting");
  });
});
