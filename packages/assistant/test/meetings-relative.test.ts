import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { book } from "./meetings-support.ts";
import { createScenario, type Scenario } from "./scenario.ts";

describe("moving a meeting relative to its time", () => {
  let s: Scenario;
  beforeEach(async () => {
    s = await createScenario({ now: "2023-10-20T10:00:00Z" });
  });
  afterEach(() => s.close());

  async function moved(id: string) {
    const appointment = await s.store.appointments.get(id);
    return [appointment?.start.toISOString(), appointment?.end.toISOString()];
  }

  it("regression: 'verzet de afspraak met Venlo twee uur later' proposed 14:00 instead of two hours later", async () => {
    const id = await book(s, "plan een afspraak met Venlo donderdag 26 oktober van 10:00 tot 11:00");
    const ask = await s.say("verzet de afspraak met Venlo twee uur later");
    expect(ask.intent).toBe("confirm_request");
    expect(ask.text).toMatch(/Naar:\s+donderdag 26 oktober 2023, 12:00-13:00/);
    await s.say("ja");
    expect(await moved(id)).toEqual(["2023-10-26T10:00:00.000Z", "2023-10-26T11:00:00.000Z"]);
  });

  it.each([
    [
      "verzet de afspraak met Venlo een half uur eerder",
      "2023-10-26T07:30:00.000Z",
      "2023-10-26T08:30:00.000Z",
    ],
    ["verzet de afspraak met Venlo een dag later", "2023-10-27T08:00:00.000Z", "2023-10-27T09:00:00.000Z"],
    ["maak de afspraak met Venlo 30 minuten langer", "2023-10-26T08:00:00.000Z", "2023-10-26T09:30:00.000Z"],
    ["verplaats de afspraak met Venlo naar vrijdag", "2023-10-27T08:00:00.000Z", "2023-10-27T09:00:00.000Z"],
    ["move the meeting with Venlo two hours later", "2023-10-26T10:00:00.000Z", "2023-10-26T11:00:00.000Z"],
    [
      "move the meeting with Venlo half an hour earlier",
      "2023-10-26T07:30:00.000Z",
      "2023-10-26T08:30:00.000Z",
    ],
    ["move the meeting with Venlo a day later", "2023-10-27T08:00:00.000Z", "2023-10-27T09:00:00.000Z"],
    ["make the meeting with Venlo 30 minutes longer", "2023-10-26T08:00:00.000Z", "2023-10-26T09:30:00.000Z"],
  ])("%s", async (text, start, end) => {
    const id = await book(s, "plan een afspraak met Venlo donderdag 26 oktober van 10:00 tot 11:00");
    const ask = await s.say(text);
    expect(ask.intent, ask.text).toBe("confirm_request");
    expect((await s.say("ja")).intent).toBe("meeting_rescheduled");
    expect(await moved(id)).toEqual([start, end]);
  });

  it("keeps 10:00 Amsterdam time when a day later crosses the end of summer time", async () => {
    const id = await book(s, "plan een afspraak met Venlo zaterdag 28 oktober om 10:00");
    await s.say("verzet de afspraak met Venlo een dag later");
    await s.say("ja");
    // Saturday 28 October 2023 is summer time (08:00Z), Sunday the 29th winter time (09:00Z).
    expect(await moved(id)).toEqual(["2023-10-29T09:00:00.000Z", "2023-10-29T10:00:00.000Z"]);
  });
});
