import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addPiet, book, piet } from "./meetings-support.ts";
import { anna, createScenario, type Scenario } from "./scenario.ts";

type Listed = { id: string; bodyCode: string; start: string; end: string; status: string };
const codes = (data: Record<string, unknown>) => (data.appointments as Listed[]).map((a) => a.bodyCode);

describe("the agenda in conversation", () => {
  let s: Scenario;
  beforeEach(async () => {
    // Monday 16 October 2023, 09:00 Amsterdam.
    s = await createScenario({ now: "2023-10-16T07:00:00Z" });
    await addPiet(s);
    await book(s, "plan een afspraak met Leudal dinsdag 17 oktober om 10:00");
    await book(s, "plan een afspraak met Venlo vrijdag 20 oktober om 14:00");
    await book(s, "plan een afspraak met Roermond dinsdag 24 oktober om 11:00");
    await s.say("plan een afspraak met Weert vandaag om 15:00", { as: piet });
    await s.say("ja", { as: piet });
  });
  afterEach(() => s.close());

  it("lists this week as a table with Amsterdam times, body, place, organizer and status", async () => {
    const reply = await s.say("welke afspraken staan er deze week?");
    expect(reply.intent).toBe("agenda");
    expect(codes(reply.data)).toEqual(["GM0988", "GM1640", "GM0983"]);
    expect(reply.text).toContain("Datum en tijd");
    expect(reply.text).toContain("17 oktober 2023 10:00-11:00");
    expect(reply.text).toContain("Gemeentehuis Leudal");
    expect(reply.text).toContain("Piet de Vries");
    expect(reply.text).toContain("bevestigd");
    expect((reply.data.appointments as Listed[])[1]).toEqual({
      id: expect.any(String),
      bodyCode: "GM1640",
      start: "2023-10-17T08:00:00.000Z",
      end: "2023-10-17T09:00:00.000Z",
      status: "confirmed",
    });
  });

  it("lists next week, in Dutch and English", async () => {
    expect(codes((await s.say("agenda volgende week")).data)).toEqual(["GM0957"]);
    const english = await s.say("next week's meetings");
    expect(english.intent).toBe("agenda");
    expect(english.lang).toBe("en");
    expect(codes(english.data)).toEqual(["GM0957"]);
  });

  it("lists today, tomorrow and a date", async () => {
    expect(codes((await s.say("afspraken vandaag")).data)).toEqual(["GM0988"]);
    expect(codes((await s.say("afspraken morgen")).data)).toEqual(["GM1640"]);
    expect(codes((await s.say("afspraken op 24 oktober")).data)).toEqual(["GM0957"]);
  });

  it("reads a date without a year that has passed as this year's, looking back", async () => {
    const reply = await s.say("afspraken op 10 oktober");
    expect(reply.data.from).toBe("2023-10-09T22:00:00.000Z");
    expect(reply.text).toContain("Geen afspraken.");
  });

  it("answers when we meet a body", async () => {
    const reply = await s.say("wanneer spreken we Roermond?");
    expect(reply.intent).toBe("agenda");
    expect(codes(reply.data)).toEqual(["GM0957"]);
  });

  it("lists my meetings and a colleague's", async () => {
    expect(codes((await s.say("mijn afspraken")).data)).toEqual(["GM1640", "GM0983", "GM0957"]);
    expect(codes((await s.say("afspraken van Piet")).data)).toEqual(["GM0988"]);
    expect((await s.say("afspraken van Klaas")).text).toContain('Ik ken geen collega "Klaas"');
  });

  it("leaves cancelled meetings out", async () => {
    await s.say("annuleer de afspraak met Venlo");
    await s.say("ja");
    expect(codes((await s.say("welke afspraken staan er deze week?")).data)).toEqual(["GM0988", "GM1640"]);
  });

  it("gives an admin a secret calendar link and rotating it stops the old one", async () => {
    const first = await s.say("geef me de agenda-link");
    expect(first.intent).toBe("calendar_link");
    const path = String(first.data.path);
    expect(path).toMatch(/^\/calendar\/[\w-]{20,}\.ics$/);
    expect(first.text).toContain("geheim");
    const token = path.slice("/calendar/".length, -".ics".length);
    const admin = await s.store.staff.findByIdentity(anna);
    expect(await s.store.calendarTokens.verify(token)).toBe(admin?.id ?? "no admin");
    const second = await s.say("give me the calendar link");
    expect(second.intent).toBe("calendar_link");
    expect(second.lang).toBe("en");
    expect(await s.store.calendarTokens.verify(token)).toBeUndefined();
  });

  it("refuses the calendar link to a non-admin", async () => {
    expect((await s.say("geef me de agenda-link", { as: piet })).intent).toBe("forbidden");
  });
});
