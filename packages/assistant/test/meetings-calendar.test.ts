import ICAL from "ical.js";
import nodeIcal, { type VEvent } from "node-ical";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { appointmentsJson, calendarFeed, renderAppointmentsIcs } from "../src/index.ts";
import { book } from "./meetings-support.ts";
import { createScenario, type Scenario } from "./scenario.ts";

const stamp = new Date("2023-10-20T10:00:00Z");

type ParsedEvent = { uid: string; start: Date; end: Date; sequence: number; status: string | null };

/** Reads events with ical.js, resolving TZID through the feed's own VTIMEZONE. */
function readWithIcalJs(ics: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) {
    ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  }
  return calendar.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      start: event.startDate.toJSDate(),
      end: event.endDate.toJSDate(),
      sequence: event.sequence,
      status: String(component.getFirstPropertyValue("status") ?? "") || null,
    };
  });
}

async function feed(s: Scenario): Promise<string> {
  const path = String((await s.say("geef me de agenda-link")).data.path);
  const token = path.slice("/calendar/".length, -".ics".length);
  const ics = await calendarFeed(s.store, token, { stamp });
  if (ics === undefined) throw new Error("feed refused a fresh token");
  return ics;
}

describe("calendar export of meetings", () => {
  let s: Scenario;
  beforeEach(async () => {
    s = await createScenario({ now: "2023-10-20T10:00:00Z" });
    await s.say("voeg contact toe aan Leudal: Jan Jansen, griffier, jan@leudal.nl");
  });
  afterEach(() => s.close());

  it("follows a meeting through booking, moving and cancelling: same UID, SEQUENCE 0/1/2, STATUS:CANCELLED", async () => {
    const id = await book(
      s,
      "plan een afspraak met Leudal donderdag 26 oktober om 9:00 op Leudalplein 1 met de griffier en de burgemeester",
    );
    const booked = await feed(s);
    expect(booked).toContain("BEGIN:VTIMEZONE");
    expect(booked).toContain("TZID:Europe/Amsterdam");
    expect(booked).toContain("DTSTART;TZID=Europe/Amsterdam:20231026T090000");
    expect(booked).toContain(`UID:${id}@weerbaar`);
    expect(booked).toContain("LOCATION:Leudalplein 1");
    expect(booked).toContain("DTSTAMP:20231020T100000Z");
    expect(booked).toContain("DESCRIPTION:Ook uitgenodigd\\, contact nog onbekend: burgemeester");
    expect(booked).toMatch(/ATTENDEE;[^\r\n]*CN="Jan Jansen"[^\r\n]*:MAILTO:jan@leudal\.nl/);
    expect(booked).toMatch(/ORGANIZER;CN="@anna:weerbaar\.test":urn:x-weerbaar:staff:/);
    const [first] = readWithIcalJs(booked);
    expect(first).toEqual({
      uid: `${id}@weerbaar`,
      start: new Date("2023-10-26T07:00:00Z"),
      end: new Date("2023-10-26T08:00:00Z"),
      sequence: 0,
      status: "CONFIRMED",
    });

    await s.say("verplaats de afspraak met Leudal naar maandag 30 oktober");
    await s.say("ja");
    const moved = readWithIcalJs(await feed(s));
    expect(moved).toEqual([
      expect.objectContaining({
        uid: `${id}@weerbaar`,
        start: new Date("2023-10-30T08:00:00Z"),
        end: new Date("2023-10-30T09:00:00Z"),
        sequence: 1,
      }),
    ]);

    await s.say("annuleer de afspraak met Leudal");
    await s.say("ja");
    const cancelledIcs = await feed(s);
    expect(cancelledIcs).toContain("STATUS:CANCELLED");
    expect(readWithIcalJs(cancelledIcs)).toEqual([
      expect.objectContaining({ uid: `${id}@weerbaar`, sequence: 2, status: "CANCELLED" }),
    ]);

    const parsed = nodeIcal.sync.parseICS(cancelledIcs);
    const events = Object.values(parsed).filter((c): c is VEvent => c?.type === "VEVENT");
    expect(events).toHaveLength(1);
    const [event] = events;
    if (!event) throw new Error("no event parsed");
    expect(new Date(event.start).toISOString()).toBe("2023-10-30T08:00:00.000Z");
    expect(new Date(event.end ?? 0).toISOString()).toBe("2023-10-30T09:00:00.000Z");
    expect(Number(event.sequence)).toBe(2);
    expect(event.status).toBe("CANCELLED");
  });

  it("refuses an unknown or rotated token", async () => {
    const path = String((await s.say("geef me de agenda-link")).data.path);
    const token = path.slice("/calendar/".length, -".ics".length);
    await s.say("geef me de agenda-link");
    expect(await calendarFeed(s.store, token, { stamp })).toBeUndefined();
    expect(await calendarFeed(s.store, "nope", { stamp })).toBeUndefined();
  });

  it("writes Amsterdam wall time whatever the process time zone", async () => {
    await book(s, "plan een afspraak met Leudal donderdag 26 oktober om 9:00");
    const appointments = await s.store.appointments.list();
    const directory = { staff: await s.store.staff.list(), contacts: await s.store.contacts.list() };
    const before = process.env.TZ;
    process.env.TZ = "America/New_York";
    try {
      const ics = renderAppointmentsIcs(appointments, directory, { stamp });
      expect(ics).toContain("DTSTART;TZID=Europe/Amsterdam:20231026T090000");
      expect(ics).toContain("DTEND;TZID=Europe/Amsterdam:20231026T100000");
    } finally {
      process.env.TZ = before;
    }
  });

  it("exports JSON with UTC instants, status, place and people", async () => {
    const id = await book(s, "plan een afspraak met Leudal donderdag 26 oktober om 9:00 met de griffier");
    const appointments = await s.store.appointments.list();
    const directory = { staff: await s.store.staff.list(), contacts: await s.store.contacts.list() };
    expect(appointmentsJson(appointments, directory)).toEqual([
      {
        id,
        bodyCode: "GM1640",
        bodyName: "Leudal",
        start: "2023-10-26T07:00:00.000Z",
        end: "2023-10-26T08:00:00.000Z",
        status: "confirmed",
        location: "Gemeentehuis Leudal",
        organizer: { type: "staff", id: expect.any(String), name: "@anna:weerbaar.test" },
        attendees: [
          {
            type: "contact",
            id: expect.any(String),
            name: "Jan Jansen",
            role: "clerk",
            email: "jan@leudal.nl",
          },
        ],
      },
    ]);
  });
});
