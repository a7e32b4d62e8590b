import { Appointment } from "@weerbaar/domain";
import { renderPlainText } from "@weerbaar/reply";
import { describe, expect, it } from "vitest";
import { renderReminder } from "./render.ts";

const appointment = Appointment.parse({
  id: "appt-1",
  bodyCode: "GM1640",
  organizerId: "staff-anna",
  attendees: [{ type: "contact", contactId: "c-1" }],
  location: "Gemeentehuis Leudal",
  start: new Date("2023-10-26T11:30:00Z"),
  end: new Date("2023-10-26T12:30:00Z"),
  status: "confirmed",
});
const names = new Map([
  ["staff-anna", "Anna de Vries"],
  ["c-1", "Jan Jansen"],
]);

describe("renderReminder", () => {
  it("writes the day-before reminder in Dutch with body, time, place and who", () => {
    const reply = renderReminder(
      { kind: "meeting_day_before", appointmentId: "appt-1", sequence: 0 },
      { now: new Date("2023-10-25T14:00:00Z"), lang: "nl", appointment, names },
    );
    const text = renderPlainText(reply);
    expect(reply.intent).toBe("reminder_meeting_day_before");
    expect(text).toContain("Morgen om 13:30: gesprek met Leudal.");
    expect(text).toContain("donderdag 26 oktober 2023 13:30–14:30");
    expect(text).toContain("Gemeentehuis Leudal");
    expect(text).toContain("Anna de Vries, Jan Jansen");
  });

  it("mentions the organiser of a meeting, with her chat accounts for the platforms", () => {
    const organizer = {
      name: "Anna de Vries",
      identities: [{ platform: "teams" as const, aadObjectId: "9d1c4f2e-0000-4000-8000-00000000a11a" }],
    };
    const reply = renderReminder(
      { kind: "meeting_hour_before", appointmentId: "appt-1", sequence: 0 },
      { now: new Date("2023-10-26T10:30:00Z"), lang: "en", appointment, names, organizer },
    );
    expect(reply.blocks).toContainEqual({
      type: "paragraph",
      text: "Organiser: Anna de Vries",
      mentions: [organizer],
    });
    expect(renderPlainText(reply)).toContain("Organiser: Anna de Vries");
    const outcome = renderReminder(
      { kind: "meeting_outcome", appointmentId: "appt-1", round: 1 },
      { now: new Date("2023-10-27T07:00:00Z"), lang: "nl", appointment, names, organizer },
    );
    expect(renderPlainText(outcome)).toContain("Organisator: Anna de Vries");
  });

  it("asks for the outcome in Dutch and English", () => {
    const payload = { kind: "meeting_outcome" as const, appointmentId: "appt-1", round: 1 };
    const now = new Date("2023-10-27T07:00:00Z");
    expect(renderPlainText(renderReminder(payload, { now, lang: "nl", appointment, names }))).toContain(
      "Hoe ging het gesprek met Leudal? Leg de uitkomst vast.",
    );
    expect(renderPlainText(renderReminder(payload, { now, lang: "en", appointment, names }))).toContain(
      "How did the meeting with Leudal go? Record the outcome.",
    );
  });

  it("says how long a letter has waited", () => {
    const reply = renderReminder(
      {
        kind: "outreach_follow_up",
        bodyCode: "GM1640",
        reason: "letter_unanswered",
        since: "2023-10-02T10:00:00.000Z",
      },
      { now: new Date("2023-10-24T07:00:00Z"), lang: "nl" },
    );
    expect(renderPlainText(reply)).toContain(
      "Leudal kreeg op 2 oktober 2023 een brief (16 werkdagen geleden)",
    );
  });

  it("refuses to render a meeting reminder without its meeting", () => {
    expect(() =>
      renderReminder(
        { kind: "meeting_hour_before", appointmentId: "x", sequence: 0 },
        { now: new Date("2023-10-24T07:00:00Z"), lang: "nl" },
      ),
    ).toThrow(/needs its appointment/);
  });
});
