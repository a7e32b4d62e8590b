import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { book } from "./meetings-support.ts";
import { createScenario, type Scenario } from "./scenario.ts";

describe("moving, cancelling and holding meetings in conversation", () => {
  let s: Scenario;
  beforeEach(async () => {
    s = await createScenario({ now: "2023-10-20T10:00:00Z" });
  });
  afterEach(() => s.close());

  it("moves to a new day keeping time of day and duration, and records the old time", async () => {
    const id = await book(s, "plan een afspraak met Leudal donderdag 26 oktober van 13:30 tot 15:00");
    const ask = await s.say("verplaats de afspraak met Leudal naar 2 november");
    expect(ask.intent).toBe("confirm_request");
    expect(ask.text).toMatch(/Verplaatsen van:\s+donderdag 26 oktober 2023, 13:30-15:00/);
    expect(ask.text).toMatch(/Naar:\s+donderdag 2 november 2023, 13:30-15:00/);
    expect((await s.store.appointments.get(id))?.sequence).toBe(0);
    expect((await s.say("ja")).intent).toBe("meeting_rescheduled");
    const moved = await s.store.appointments.get(id);
    // 2 November is winter time: 13:30 Amsterdam is 12:30Z, where 26 October was 11:30Z.
    expect(moved?.start.toISOString()).toBe("2023-11-02T12:30:00.000Z");
    expect(moved?.end.toISOString()).toBe("2023-11-02T14:00:00.000Z");
    expect(moved?.sequence).toBe(1);
    expect(moved?.history).toEqual([
      expect.objectContaining({
        previousStart: new Date("2023-10-26T11:30:00Z"),
        previousEnd: new Date("2023-10-26T13:00:00Z"),
      }),
    ]);
  });

  it("takes a new time of day when given, keeping the duration", async () => {
    const id = await book(s, "plan een afspraak met Leudal donderdag 26 oktober van 13:30 tot 15:00");
    await s.say("verplaats de afspraak met Leudal naar 2 november om 10:00");
    await s.say("ja");
    const moved = await s.store.appointments.get(id);
    expect(moved?.start.toISOString()).toBe("2023-11-02T09:00:00.000Z");
    expect(moved?.end.toISOString()).toBe("2023-11-02T10:30:00.000Z");
  });

  it("asks when to when no new time was given", async () => {
    await book(s, "plan een afspraak met Leudal donderdag 26 oktober om 10:00");
    const ask = await s.say("verplaats de afspraak met Leudal");
    expect(ask.intent).toBe("ask_meeting_time");
    const confirm = await s.say("vrijdag 27 oktober");
    expect(confirm.text).toMatch(/Naar:\s+vrijdag 27 oktober 2023, 10:00-11:00/);
  });

  it("flags a conflict at the new time before moving", async () => {
    await book(s, "plan een afspraak met Venlo donderdag 2 november om 10:00");
    await book(s, "plan een afspraak met Leudal donderdag 26 oktober om 10:00");
    const ask = await s.say("verplaats de afspraak met Leudal naar 2 november");
    expect(ask.text).toContain("je hebt dan al een afspraak met Venlo, 10:00-11:00");
    expect((await s.say("ja")).intent).toBe("meeting_rescheduled");
  });

  it("asks which meeting when a body has several, numbered", async () => {
    await book(s, "plan een afspraak met Leudal donderdag 26 oktober om 10:00");
    const second = await book(s, "plan een afspraak met Leudal vrijdag 27 oktober om 10:00");
    const ask = await s.say("annuleer de afspraak met Leudal");
    expect(ask.intent).toBe("choose_meeting");
    expect(ask.text).toContain("1. donderdag 26 oktober 2023, 10:00-11:00");
    expect(ask.text).toContain("2. vrijdag 27 oktober 2023, 10:00-11:00");
    const confirm = await s.say("2");
    expect(confirm.intent).toBe("confirm_request");
    await s.say("ja");
    expect((await s.store.appointments.get(second))?.status).toBe("cancelled");
  });

  it("cancels with the reason, after confirmation", async () => {
    const id = await book(s, "plan een afspraak met Venlo dinsdag 24 oktober om 10:00");
    const ask = await s.say("annuleer het gesprek met Venlo want de burgemeester is ziek");
    expect(ask.text).toContain("Reden: de burgemeester is ziek");
    expect((await s.store.appointments.get(id))?.status).toBe("confirmed");
    expect((await s.say("ja")).intent).toBe("meeting_cancelled");
    expect(await s.store.appointments.get(id)).toMatchObject({
      status: "cancelled",
      cancelReason: "de burgemeester is ziek",
      sequence: 1,
    });
    expect((await s.say("welke afspraken staan er volgende week?")).data.appointments).toEqual([]);
  });

  it("moves and cancels in English", async () => {
    const id = await book(s, "plan een afspraak met Leudal donderdag 26 oktober om 10:00");
    const move = await s.say("move the meeting with Leudal to 2 November at 3pm");
    expect(move.lang).toBe("en");
    expect(move.text).toMatch(/Move from:\s+Thursday 26 October 2023, 10:00-11:00/);
    expect(move.text).toMatch(/To:\s+Thursday 2 November 2023, 15:00-16:00/);
    expect((await s.say("yes")).intent).toBe("meeting_rescheduled");
    const cancel = await s.say("cancel the meeting with Leudal because the mayor is ill");
    expect(cancel.text).toContain("Reason: the mayor is ill");
    expect((await s.say("yes")).intent).toBe("meeting_cancelled");
    expect(await s.store.appointments.get(id)).toMatchObject({ status: "cancelled", sequence: 2 });
  });

  it("says so when there is nothing to move or cancel", async () => {
    expect((await s.say("annuleer de afspraak met Leudal")).intent).toBe("no_meeting");
    expect((await s.say("verplaats de afspraak met Leudal naar 2 november")).intent).toBe("no_meeting");
  });

  it("'het gesprek met Leudal is geweest' marks the latest started meeting held, with one outreach event", async () => {
    const id = await book(s, "plan een afspraak met Leudal donderdag 26 oktober om 10:00");
    s.clock.set("2023-10-26T12:00:00Z");
    expect((await s.say("het gesprek met Leudal is geweest")).intent).toBe("outreach_recorded");
    expect((await s.store.appointments.get(id))?.status).toBe("held");
    const held = await s.store.outreach.list({ bodyCode: "GM1640", type: "meeting_held" });
    expect(held).toHaveLength(1);
    expect((await s.say("annuleer de afspraak met Leudal")).intent).toBe("no_meeting");
  });

  it("records a meeting held without a booked meeting as before", async () => {
    await s.say("het gesprek met Leudal is geweest");
    expect(await s.store.outreach.list({ bodyCode: "GM1640", type: "meeting_held" })).toHaveLength(1);
  });
});
