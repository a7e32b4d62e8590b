import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addPiet, annaStaff, book, piet } from "./meetings-support.ts";
import { createScenario, type Scenario } from "./scenario.ts";

describe("booking meetings in conversation", () => {
  let s: Scenario;
  beforeEach(async () => {
    s = await createScenario({ now: "2023-10-20T10:00:00Z" });
  });
  afterEach(() => s.close());

  it("books the issue's example with place and the clerk, after showing the whole meeting", async () => {
    await s.say("voeg contact toe aan Leudal: Jan Jansen, griffier, jan@leudal.nl");
    const ask = await s.say(
      "plan een afspraak met Leudal donderdag 26 oktober van 13:30 tot 14:30 op Leudalplein 1, met de griffier",
    );
    expect(ask.intent).toBe("confirm_request");
    expect(ask.text).toContain("Gemeente Leudal");
    expect(ask.text).toContain("donderdag 26 oktober 2023, 13:30-14:30");
    expect(ask.text).toContain("1 uur");
    expect(ask.text).toContain("Leudalplein 1");
    expect(ask.text).toContain("Jan Jansen (griffier)");
    expect(await s.store.appointments.list()).toHaveLength(0);
    const booked = await s.say("ja");
    expect(booked.intent).toBe("meeting_booked");
    const [meeting] = await s.store.appointments.list();
    expect(meeting).toMatchObject({
      bodyCode: "GM1640",
      location: "Leudalplein 1",
      status: "confirmed",
      start: new Date("2023-10-26T11:30:00Z"),
      end: new Date("2023-10-26T12:30:00Z"),
    });
    expect(meeting?.attendees).toEqual([{ type: "contact", contactId: expect.any(String) }]);
  });

  it("moves the body's outreach stage to meeting_planned", async () => {
    await book(s, "plan een afspraak met Venlo dinsdag 24 oktober om 10:00");
    const events = await s.store.outreach.list({ bodyCode: "GM0983" });
    expect(events.map((e) => e.type)).toContain("meeting_planned");
  });

  it("books in English with an hour by default and the town hall as place, and says so", async () => {
    const ask = await s.say("book a meeting with Venlo next Tuesday at 10am");
    expect(ask.lang).toBe("en");
    expect(ask.text).toContain("Tuesday 24 October 2023, 10:00-11:00");
    expect(ask.text).toContain("No place was given; I will use Gemeentehuis Venlo.");
    await s.say("yes");
    const [meeting] = await s.store.appointments.list();
    expect(meeting?.start.toISOString()).toBe("2023-10-24T08:00:00.000Z");
    expect(meeting?.end.toISOString()).toBe("2023-10-24T09:00:00.000Z");
    expect(meeting?.location).toBe("Gemeentehuis Venlo");
  });

  it("lands on the right UTC instant across the DST change (26 and 30 October 2023, 9:00)", async () => {
    await book(s, "plan een afspraak met Leudal donderdag 26 oktober om 9:00");
    await book(s, "plan een afspraak met Venlo maandag 30 oktober om 9:00");
    const starts = (await s.store.appointments.list()).map((a) => a.start.toISOString());
    expect(starts).toEqual(["2023-10-26T07:00:00.000Z", "2023-10-30T08:00:00.000Z"]);
  });

  it("asks for the body, then the time, one question at a time, keeping the state in the store", async () => {
    const body = await s.say("plan een afspraak");
    expect(body.intent).toBe("ask_body");
    const when = await s.say("Leudal");
    expect(when.intent).toBe("ask_meeting_time");
    s.restart();
    const ask = await s.say("donderdag om 10 uur");
    expect(ask.intent).toBe("confirm_request");
    expect(ask.text).toContain("donderdag 26 oktober 2023, 10:00-11:00");
    expect((await s.say("ja")).intent).toBe("meeting_booked");
  });

  it("asks for the hour when only a day was given and merges the answer", async () => {
    const ask = await s.say("plan een afspraak met Roermond op 2 november");
    expect(ask.intent).toBe("ask_meeting_time");
    expect(ask.text).toBe("Hoe laat?");
    const confirm = await s.say("om 14:00 via Teams");
    expect(confirm.intent).toBe("confirm_request");
    expect(confirm.text).toContain("donderdag 2 november 2023, 14:00-15:00");
    expect(confirm.text).toContain("Online (Microsoft Teams)");
  });

  it("asks back which Utrecht is meant", async () => {
    const ask = await s.say("plan een afspraak met Utrecht maandag 30 oktober om 11:00");
    expect(ask.intent).toBe("choose_body");
    const confirm = await s.say("provincie");
    expect(confirm.intent).toBe("confirm_request");
    expect(confirm.text).toContain("Provincie Utrecht");
    expect(confirm.text).toContain("Provinciehuis Utrecht");
  });

  it("refuses a past date with a year, with the explanation, and takes a new day", async () => {
    const refused = await s.say("plan een afspraak met Venlo op 3 maart 2022 om 10:00");
    expect(refused.intent).toBe("ask_meeting_time");
    expect(refused.text).toContain("De datum 3-3-2022 ligt in het verleden");
    expect(await s.store.appointments.list()).toHaveLength(0);
    const ask = await s.say("6 maart 2024");
    expect(ask.intent).toBe("confirm_request");
    expect(ask.text).toContain("woensdag 6 maart 2024, 10:00-11:00");
  });

  it("mentions assumptions: a moved year and a bare hour read as afternoon", async () => {
    const moved = await s.say("plan een afspraak met Venlo op 10 oktober om 10:00");
    expect(moved.text).toContain(
      "Die datum is dit jaar al voorbij; ik ga uit van donderdag 10 oktober 2024.",
    );
    await s.say("nee");
    const afternoon = await s.say("plan een afspraak met Venlo donderdag om 4 uur");
    expect(afternoon.text).toContain("Ik ga uit van 16:00 ('s middags).");
    expect(afternoon.text).toContain("16:00-17:00");
  });

  it("flags Saturday, Koningsdag and 21:00 as outside office hours and still asks", async () => {
    const saturday = await s.say("plan een afspraak met Venlo zaterdag 28 oktober om 10:00");
    expect(saturday.data.officeHours).toEqual(["weekend"]);
    expect(saturday.text).toContain("valt in het weekend (zaterdag 28 oktober 2023)");
    expect(saturday.text).toContain("Wil je de afspraak toch plannen?");
    await s.say("nee");
    const kingsDay = await s.say("plan een afspraak met Venlo op 27 april 2026 om 10:00");
    expect(kingsDay.data.officeHours).toEqual(["public_holiday"]);
    expect(kingsDay.text).toContain("valt op een feestdag: Koningsdag");
    await s.say("nee");
    const evening = await s.say("plan een afspraak met Venlo donderdag 26 oktober om 21:00");
    expect(evening.data.officeHours).toEqual(["after_office_hours"]);
    expect(evening.text).toContain("eindigt om 22:00, na 20:00");
    expect((await s.say("ja")).intent).toBe("meeting_booked");
  });

  it("names an overlapping meeting and books it only after an explicit yes", async () => {
    await book(s, "plan een afspraak met Leudal donderdag 26 oktober van 13:30 tot 14:30");
    const ask = await s.say("plan een afspraak met Venlo donderdag 26 oktober om 14:00");
    expect(ask.text).toContain("je hebt dan al een afspraak met Leudal, 13:30-14:30");
    expect(ask.data.conflicts).toHaveLength(1);
    expect((await s.say("nee")).intent).toBe("cancelled");
    expect(await s.store.appointments.list()).toHaveLength(1);
    await s.say("plan een afspraak met Venlo donderdag 26 oktober om 14:00");
    expect((await s.say("ja")).intent).toBe("meeting_booked");
    expect(await s.store.appointments.list()).toHaveLength(2);
  });

  it("names the conflict in English", async () => {
    await book(s, "plan een afspraak met Leudal donderdag 26 oktober van 13:30 tot 14:30");
    const ask = await s.say("book a meeting with Venlo on 26 October at 2pm");
    expect(ask.text).toContain("you already have a meeting with Leudal, 13:30-14:30");
  });

  it("says so and asks again when a new conflict appeared before the yes", async () => {
    const anna = await annaStaff(s);
    const ask = await s.say("plan een afspraak met Venlo donderdag 26 oktober om 14:00");
    expect(ask.data.conflicts).toEqual([]);
    await s.store.appointments.book(
      {
        bodyCode: "GM1640",
        organizerId: anna.id,
        start: new Date("2023-10-26T11:30:00Z"),
        end: new Date("2023-10-26T12:30:00Z"),
      },
      { actorId: "other", channel: "test" },
    );
    const again = await s.say("ja");
    expect(again.intent).toBe("confirm_request");
    expect(again.text).toContain("Intussen is er een nieuwe afspraak bijgekomen");
    expect(again.text).toContain("je hebt dan al een afspraak met Leudal, 13:30-14:30");
    expect((await s.store.appointments.list({ bodyCode: "GM0983" })).length).toBe(0);
    expect((await s.say("ja")).intent).toBe("meeting_booked");
    expect((await s.store.appointments.list({ bodyCode: "GM0983" })).length).toBe(1);
  });

  it("books for a named colleague and invites roles, unknown ones listed as not yet known", async () => {
    const p = await addPiet(s);
    await s.say("voeg contact toe aan Venlo: Antoin Scholten, burgemeester, a.scholten@venlo.nl");
    const ask = await s.say(
      "plan een afspraak met Venlo voor Piet maandag 30 oktober om 11:00 met de burgemeester en de griffier",
    );
    expect(ask.text).toMatch(/Organisator:\s+Piet de Vries/);
    expect(ask.text).toContain("Antoin Scholten (burgemeester), griffier (nog onbekend)");
    await s.say("ja");
    const [meeting] = await s.store.appointments.list();
    expect(meeting?.organizerId).toBe(p.id);
    expect(meeting?.attendees).toHaveLength(1);
    const mine = await s.say("mijn afspraken", { as: piet });
    expect(mine.data.appointments).toHaveLength(1);
  });

  it("reads 'met Piet' as Piet organising with the asker joining, and 'in het gemeentehuis'", async () => {
    const p = await addPiet(s);
    const anna = await annaStaff(s);
    await s.say("plan een afspraak met Venlo maandag 30 oktober om 11:00 met Piet in het gemeentehuis");
    await s.say("ja");
    const [meeting] = await s.store.appointments.list();
    expect(meeting?.organizerId).toBe(p.id);
    expect(meeting?.attendees).toEqual([{ type: "staff", staffId: anna.id }]);
    expect(meeting?.location).toBe("Gemeentehuis Venlo");
  });

  it("regression: 'in Roermond' is the place, not the body, and not 'no place given'", async () => {
    const ask = await s.say("plan in Roermond een afspraak met Leudal donderdag 26 oktober om 13:30");
    expect(ask.text).toContain("Gemeente Leudal");
    expect(ask.text).not.toContain("Er is geen plaats genoemd");
    await s.say("ja");
    const [meeting] = await s.store.appointments.list();
    expect(meeting).toMatchObject({ bodyCode: "GM1640", location: "Roermond" });
  });

  it("keeps the named town while it asks for the time", async () => {
    const ask = await s.say("plan een afspraak met Venlo in Maastricht");
    expect(ask.intent).toBe("ask_meeting_time");
    const confirm = await s.say("dinsdag 24 oktober om 10:00");
    expect(confirm.text).toContain("Maastricht");
    await s.say("ja");
    const [meeting] = await s.store.appointments.list();
    expect(meeting).toMatchObject({ bodyCode: "GM0983", location: "Maastricht" });
  });

  it("prefers an address to the town: 'op Markt 1 in Roermond' is Markt 1", async () => {
    await s.say("plan een afspraak met Leudal donderdag 26 oktober om 13:30 op Markt 1 in Roermond");
    await s.say("ja");
    expect((await s.store.appointments.list())[0]?.location).toBe("Markt 1");
  });

  it("does not let a viewer book", async () => {
    await s.store.staff.upsert(
      {
        displayName: "Vera",
        role: "viewer",
        identities: [{ platform: "matrix", userId: "@vera:weerbaar.test" }],
      },
      { actorId: "system", channel: "test" },
    );
    const reply = await s.say("plan een afspraak met Venlo maandag 30 oktober om 11:00", {
      as: { platform: "matrix", userId: "@vera:weerbaar.test" },
    });
    expect(reply.intent).toBe("forbidden");
  });
});
