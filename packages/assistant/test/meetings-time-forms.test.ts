import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createScenario, type Scenario } from "./scenario.ts";

describe("booking with the time forms people write", () => {
  let s: Scenario;
  beforeEach(async () => {
    s = await createScenario({ now: "2023-10-20T10:00:00Z" });
  });
  afterEach(() => s.close());

  it.each([
    ["plan een afspraak met Venlo donderdagmiddag om kwart over 3", /donderdag 26 oktober 2023, 15:15-16:15/],
    ["plan een afspraak met Venlo op 7-11 om 9u", /dinsdag 7 november 2023, 09:00-10:00/],
    ["plan een afspraak met Venlo maandag om 10.00 uur", /maandag 23 oktober 2023, 10:00-11:00/],
    ["plan een afspraak met Venlo maandag om 13u30", /maandag 23 oktober 2023, 13:30-14:30/],
    ["plan een afspraak met Venlo dinsdagochtend om 10u", /dinsdag 24 oktober 2023, 10:00-11:00/],
    ["plan een afspraak met Venlo over twee weken om 11 uur", /vrijdag 3 november 2023, 11:00-12:00/],
    ["book a meeting with Venlo tomorrow at quarter past three", /Saturday 21 October 2023, 15:15-16:15/],
    ["book a meeting with Venlo on Monday at half past two", /Monday 23 October 2023, 14:30-15:30/],
    ["book a meeting with Venlo on Monday at quarter to eleven", /Monday 23 October 2023, 10:45-11:45/],
  ])("%s", async (text, shown) => {
    const ask = await s.say(text);
    expect(ask.intent, ask.text).toBe("confirm_request");
    expect(ask.text).toMatch(shown);
  });

  it("regression: a date whose weekday contradicts it was silently resolved; it is asked back", async () => {
    const ask = await s.say("plan een afspraak met Venlo vrijdag 26 oktober om 10:00");
    expect(ask.intent).toBe("ask_meeting_time");
    expect(ask.text).toContain("donderdag 26 oktober 2023");
    expect(ask.text).toContain("vrijdag 27 oktober 2023");
    const confirm = await s.say("vrijdag 27 oktober");
    expect(confirm.text).toMatch(/vrijdag 27 oktober 2023, 10:00-11:00/);
  });
});
