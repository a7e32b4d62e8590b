import { describe, expect, it } from "vitest";
import { findBodyByCode } from "../bodies/reference-data.ts";
import { Contact } from "../contacts/contact.ts";
import { amsterdamFields } from "../time/amsterdam.ts";
import { isWorkingDay } from "../time/working-days.ts";
import { buildDemoDataSet } from "./demo-data-set.ts";
import { DEMO_ACTOR_ID, DEMO_EMAIL_DOMAIN, DEMO_NAME_SUFFIX, DEMO_NOTE_PREFIX } from "./marks.ts";

const now = new Date("2026-10-20T10:00:00Z");
const data = buildDemoDataSet({ now });

describe("buildDemoDataSet", () => {
  it("gives the same data for the same clock, and dates everything relative to it", () => {
    expect(buildDemoDataSet({ now })).toEqual(data);
    const weekLater = buildDemoDataSet({ now: new Date(now.getTime() + 7 * 86_400_000) });
    expect(weekLater.survey.map((s) => [s.bodyCode, s.protocol, s.usage])).toEqual(
      data.survey.map((s) => [s.bodyCode, s.protocol, s.usage]),
    );
    expect(weekLater.meetings[0]?.start).not.toEqual(data.meetings[0]?.start);
  });

  it("spreads about 120 municipalities and a few provinces over every province, with every status", () => {
    const bodies = data.survey.map((s) => findBodyByCode(s.bodyCode));
    const municipalities = bodies.filter((b) => b?.kind === "municipality");
    expect(municipalities.length).toBeGreaterThanOrEqual(100);
    expect(municipalities.length).toBeLessThanOrEqual(140);
    expect(bodies.filter((b) => b?.kind === "province").length).toBeGreaterThanOrEqual(3);
    expect(new Set(municipalities.map((b) => b?.provinceCode)).size).toBe(12);
    const statuses = new Set(data.survey.map((s) => `${s.protocol}/${s.usage}`));
    expect([...statuses].sort()).toEqual([
      "in_preparation/unknown",
      "none/unknown",
      "present/active",
      "present/dormant",
    ]);
    expect(data.survey.find((s) => s.bodyCode === "GM1640")).toMatchObject({
      protocol: "present",
      usage: "dormant",
    });
    const limburgWithout = data.survey.filter(
      (s) => s.protocol === "none" && findBodyByCode(s.bodyCode)?.provinceCode === "PV31",
    );
    expect(limburgWithout.length).toBeGreaterThan(0);
  });

  it("marks every row: demo author, [DEMO] notes, (demo) names and places, .invalid addresses", () => {
    expect(data.staff.id).toBe(DEMO_ACTOR_ID);
    for (const s of data.survey) expect(s.note.startsWith(DEMO_NOTE_PREFIX)).toBe(true);
    for (const e of data.outreach) expect(e.note.startsWith(DEMO_NOTE_PREFIX)).toBe(true);
    for (const m of data.meetings) {
      expect(m.notes.startsWith(DEMO_NOTE_PREFIX)).toBe(true);
      expect(m.location.endsWith(DEMO_NAME_SUFFIX)).toBe(true);
    }
    expect(data.contacts.length).toBeGreaterThanOrEqual(25);
    for (const c of data.contacts) {
      expect(c.name.endsWith(DEMO_NAME_SUFFIX)).toBe(true);
      expect(c.email.endsWith(`@${DEMO_EMAIL_DOMAIN}`)).toBe(true);
      expect(Contact.safeParse({ ...c, id: c.key }).success).toBe(true);
    }
    expect(new Set(data.contacts.map((c) => c.email)).size).toBe(data.contacts.length);
  });

  it("puts about ten meetings in the coming weeks on working days in office hours, none overlapping", () => {
    const upcoming = data.meetings.filter((m) => !m.held);
    expect(upcoming.length).toBe(10);
    const held = data.meetings.filter((m) => m.held);
    expect(held.length).toBeGreaterThan(0);
    for (const m of upcoming) expect(m.start.getTime()).toBeGreaterThan(now.getTime());
    for (const m of held) expect(m.end.getTime()).toBeLessThan(now.getTime());
    const sorted = [...data.meetings].sort((a, b) => a.start.getTime() - b.start.getTime());
    sorted.forEach((m, i) => {
      expect(isWorkingDay(m.start)).toBe(true);
      expect(amsterdamFields(m.start).hour).toBeGreaterThanOrEqual(8);
      expect(amsterdamFields(m.end).hour).toBeLessThan(20);
      expect(m.plannedAt.getTime()).toBeLessThan(Math.min(m.start.getTime(), now.getTime()));
      const next = sorted[i + 1];
      if (next) expect(m.end.getTime()).toBeLessThanOrEqual(next.start.getTime());
      const keys = new Set(data.contacts.filter((c) => c.bodyCode === m.bodyCode).map((c) => c.key));
      for (const key of m.contactKeys) expect(keys.has(key)).toBe(true);
    });
  });

  it("dates letters, calls and survey answers in the past, letters before calls", () => {
    for (const e of data.outreach) expect(e.occurredAt.getTime()).toBeLessThan(now.getTime());
    for (const s of data.survey) expect(s.recordedAt.getTime()).toBeLessThan(now.getTime());
    const leudal = data.outreach.filter((e) => e.bodyCode === "GM1640");
    const letter = leudal.find((e) => e.type === "letter_sent");
    const call = leudal.find((e) => e.type === "called");
    expect(letter && call && letter.occurredAt < call.occurredAt).toBe(true);
    const called = new Set(data.outreach.filter((e) => e.type === "called").map((e) => e.bodyCode));
    const waiting = data.outreach.filter((e) => e.type === "letter_sent" && !called.has(e.bodyCode));
    expect(waiting.length).toBeGreaterThan(0);
  });

  it("leaves excluded bodies out without changing any other body's survey answer", () => {
    const without = buildDemoDataSet({ now, excludeBodyCodes: ["GM1640", "GM0983"] });
    const codes = (d: typeof data) => [
      ...d.survey.map((s) => s.bodyCode),
      ...d.contacts.map((c) => c.bodyCode),
      ...d.outreach.map((e) => e.bodyCode),
      ...d.meetings.map((m) => m.bodyCode),
    ];
    expect(codes(without)).not.toContain("GM1640");
    expect(codes(without)).not.toContain("GM0983");
    const answers = (d: typeof data) =>
      d.survey.map(({ bodyCode, protocol, usage, codeOfConduct, note }) => ({
        bodyCode,
        protocol,
        usage,
        codeOfConduct,
        note,
      }));
    expect(answers(without)).toEqual(
      answers(data).filter((s) => s.bodyCode !== "GM1640" && s.bodyCode !== "GM0983"),
    );
  });
});
