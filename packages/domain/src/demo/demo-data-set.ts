import type { Body } from "../bodies/body.ts";
import { allBodies } from "../bodies/reference-data.ts";
import type { ContactRole } from "../contacts/contact.ts";
import { contactRoleLabel } from "../contacts/role-label.ts";
import type { SupportKind } from "../outreach/outreach.ts";
import type { StaffRole } from "../staff/staff.ts";
import type { CodeOfConductStatus, ProtocolStatus, ProtocolUsage } from "../survey/survey-status.ts";
import { amsterdamFields, amsterdamWallClock, startOfAmsterdamDay } from "../time/amsterdam.ts";
import { addWorkingDays } from "../time/working-days.ts";
import {
  demoFirstNames,
  demoLastNames,
  letterNote,
  meetingNotes,
  reachedCallNotes,
  supportDeclinedNote,
  supportOfferedNote,
  surveyNotes,
  unreachedCallNote,
} from "./demo-texts.ts";
import { DEMO_ACTOR_ID, DEMO_EMAIL_DOMAIN, DEMO_STAFF_NAME, demoName, demoNote } from "./marks.ts";
import { type SeededRandom, seededRandom } from "./seeded-random.ts";

/** The fixed seed of the demo data: the same clock gives the same data, so tests and screenshots are stable. */
export const DEMO_SEED = "weerbaar-demo-1";

/** The staff member who authors every demo row. */
export type DemoStaff = { id: string; displayName: string; role: StaffRole };

/** A demo survey observation, dated as if recorded after the body's latest letter or call. */
export type DemoSurveyAnswer = {
  bodyCode: string;
  recordedAt: Date;
  protocol: ProtocolStatus;
  usage: ProtocolUsage;
  codeOfConduct: CodeOfConductStatus;
  note: string;
  source: string;
};

/** A demo contact; `key` (body code and role) lets meetings name their attendees before the store assigns ids. */
export type DemoContact = { key: string; bodyCode: string; name: string; role: ContactRole; email: string };

/** A demo letter, call or support decision (meetings record their own outreach when booked and held). */
export type DemoOutreachEvent = { bodyCode: string; occurredAt: Date; note: string } & (
  | { type: "letter_sent" }
  | { type: "called"; reached: boolean }
  | { type: "support_offered"; support: SupportKind[] }
  | { type: "support_declined" }
);

/** A demo meeting, organised by the demo staff member and planned after the call; `held` ones lie in the past. */
export type DemoMeeting = {
  bodyCode: string;
  plannedAt: Date;
  start: Date;
  end: Date;
  location: string;
  notes: string;
  contactKeys: string[];
  held: boolean;
};

/** Everything `demo load` writes, in the order it writes it. */
export type DemoDataSet = {
  staff: DemoStaff;
  survey: DemoSurveyAnswer[];
  contacts: DemoContact[];
  outreach: DemoOutreachEvent[];
  meetings: DemoMeeting[];
};

/** Options of buildDemoDataSet: `now` anchors every date; excluded bodies (those with real data) get no demo rows. */
export type DemoDataSetOptions = { now: Date; excludeBodyCodes?: Iterable<string> };

/** How far a body got with the team, which decides its outreach and meetings. */
type Journey = "none" | "letter" | "called" | "talks";

/** Bodies that always look the same, so the README's examples ("hoe staat Leudal ervoor?") show something. */
const SHOWCASE: ReadonlyMap<
  string,
  { protocol: ProtocolStatus; usage: ProtocolUsage; codeOfConduct: CodeOfConductStatus; journey: Journey }
> = new Map([
  ["GM1640", { protocol: "present", usage: "dormant", codeOfConduct: "no", journey: "talks" }], // Leudal
  ["GM0983", { protocol: "none", usage: "unknown", codeOfConduct: "no", journey: "letter" }], // Venlo
  ["GM0957", { protocol: "in_preparation", usage: "unknown", codeOfConduct: "yes", journey: "called" }], // Roermond
  ["GM0935", { protocol: "present", usage: "active", codeOfConduct: "yes", journey: "talks" }], // Maastricht
]);

/** The showcase body whose meeting is already held (Maastricht); the other one in talks (Leudal) has one coming. */
const SHOWCASE_HELD = "GM0935";

/** Every municipality of this province is in the demo set, so its lists are complete. */
const FULL_PROVINCE = "PV31";
/** Share of the other provinces' municipalities in the demo set (about 90 of 311). */
const OTHER_MUNICIPALITY_SHARE = 0.29;
/** Provinces whose own survey status is in the demo set. */
const DEMO_PROVINCES: ReadonlySet<string> = new Set(["PV31", "PV26", "PV25", "PV21"]);
const UPCOMING_MEETINGS = 10;
const HELD_MEETINGS = 3;

/** The instant `hour:minute` Amsterdam time, `workingDays` working days from `now`'s Amsterdam day. */
function workingDayAt(now: Date, workingDays: number, hour: number, minute: number): Date {
  const day = amsterdamFields(addWorkingDays(startOfAmsterdamDay(now), workingDays));
  return amsterdamWallClock(day.year, day.month0, day.day, hour, minute);
}

/** A past office-hours instant `workingDays` (≥ 1) working days before `now`. */
function pastAt(now: Date, workingDays: number, random: SeededRandom): Date {
  return workingDayAt(now, -Math.max(1, workingDays), random.int(9, 16), random.pick([0, 15, 30, 45]));
}

/** "leudal", "s-hertogenbosch": a body name as an e-mail local part. */
function slug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function inDemoSet(body: Body): boolean {
  if (body.kind === "province") return DEMO_PROVINCES.has(body.code);
  if (body.provinceCode === FULL_PROVINCE || SHOWCASE.has(body.code)) return true;
  return seededRandom(`${DEMO_SEED}:pick:${body.code}`).chance(OTHER_MUNICIPALITY_SHARE);
}

/** Provinces differ in progress, so the percentages per province differ too. */
function presentShare(provinceCode: string): number {
  return 0.3 + 0.5 * seededRandom(`${DEMO_SEED}:province:${provinceCode}`).next();
}

const HOUR_MS = 60 * 60 * 1000;

/** An hour after the body's latest letter or call, else some weeks ago. */
function recordedAfter(events: readonly DemoOutreachEvent[], now: Date, random: SeededRandom): Date {
  const contacts = events.filter((e) => e.type === "letter_sent" || e.type === "called");
  const latest = Math.max(...contacts.map((e) => e.occurredAt.getTime()));
  return contacts.length > 0 ? new Date(latest + HOUR_MS) : pastAt(now, random.int(5, 60), random);
}

function surveyAnswer(body: Body, events: readonly DemoOutreachEvent[], now: Date): DemoSurveyAnswer {
  const random = seededRandom(`${DEMO_SEED}:survey:${body.code}`);
  const fixed = SHOWCASE.get(body.code);
  const share = presentShare(body.provinceCode);
  const r = random.next();
  const protocol: ProtocolStatus =
    fixed?.protocol ?? (r < share ? "present" : r < share + (1 - share) / 2 ? "in_preparation" : "none");
  const usage: ProtocolUsage =
    fixed?.usage ?? (protocol === "present" ? (random.chance(0.3) ? "dormant" : "active") : "unknown");
  const c = random.next();
  const codeOfConduct: CodeOfConductStatus =
    fixed?.codeOfConduct ?? (c < 0.45 ? "yes" : c < 0.8 ? "no" : "unknown");
  return {
    bodyCode: body.code,
    recordedAt: recordedAfter(events, now, random),
    protocol,
    usage,
    codeOfConduct,
    note: demoNote(random.pick(surveyNotes(protocol, usage))),
    source: "demo",
  };
}

function journeyOf(body: Body): Journey {
  const fixed = SHOWCASE.get(body.code);
  if (fixed) return fixed.journey;
  const r = seededRandom(`${DEMO_SEED}:journey:${body.code}`).next();
  if (r < 0.25) return "none";
  if (r < 0.5) return "letter";
  // Meetings are with municipalities: a province's talks are the team's regular consultation, not a demo meeting.
  return r < 0.82 || body.kind === "province" ? "called" : "talks";
}

/** Bodies in talks, showcase first, then in a fixed random order; the first get meetings. */
function talksOrder(bodies: readonly Body[]): Body[] {
  const rank = (body: Body) =>
    SHOWCASE.has(body.code) ? -1 : seededRandom(`${DEMO_SEED}:rank:${body.code}`).next();
  return [...bodies].sort((a, b) => rank(a) - rank(b) || a.code.localeCompare(b.code));
}

function contactsOf(body: Body): DemoContact[] {
  const random = seededRandom(`${DEMO_SEED}:contacts:${body.code}`);
  const showcase = SHOWCASE.has(body.code);
  const roles: ContactRole[] = ["clerk"];
  if (showcase || random.chance(0.7)) roles.push(body.kind === "province" ? "deputy" : "mayor");
  if (body.kind === "municipality" && (showcase || random.chance(0.5))) roles.push("town_clerk");
  return roles.map((role) => ({
    key: `${body.code}:${role}`,
    bodyCode: body.code,
    name: demoName(`${random.pick(demoFirstNames)} ${random.pick(demoLastNames)}`),
    role,
    email: `${slug(contactRoleLabel(role, "nl"))}.${slug(body.name)}@${DEMO_EMAIL_DOMAIN}`,
  }));
}

function placeOf(body: Body): string {
  return demoName(`${body.kind === "province" ? "Provinciehuis" : "Gemeentehuis"} ${body.name}`);
}

/** Letter and call before a meeting `meetingDaysBack` working days back (negative: ahead). */
function leadUp(body: Body, now: Date, meetingDaysBack: number, random: SeededRandom): DemoOutreachEvent[] {
  const callBack = Math.max(meetingDaysBack, 0) + random.int(4, 9);
  const letterBack = callBack + random.int(4, 12);
  return [
    {
      type: "letter_sent",
      bodyCode: body.code,
      occurredAt: pastAt(now, letterBack, random),
      note: demoNote(letterNote),
    },
    {
      type: "called",
      reached: true,
      bodyCode: body.code,
      occurredAt: pastAt(now, callBack, random),
      note: demoNote(random.pick(reachedCallNotes)),
    },
  ];
}

function earlyOutreach(body: Body, journey: Journey, now: Date): DemoOutreachEvent[] {
  const random = seededRandom(`${DEMO_SEED}:outreach:${body.code}`);
  if (journey === "none") return [];
  if (journey === "letter") {
    // Some letters are recent, some have waited weeks: "wie moeten we nog bellen?" shows both.
    const back = SHOWCASE.has(body.code) ? 18 : random.int(2, 30);
    return [
      {
        type: "letter_sent",
        bodyCode: body.code,
        occurredAt: pastAt(now, back, random),
        note: demoNote(letterNote),
      },
    ];
  }
  const letterBack = random.int(12, 45);
  const reached = SHOWCASE.has(body.code) || random.chance(0.8);
  return [
    {
      type: "letter_sent",
      bodyCode: body.code,
      occurredAt: pastAt(now, letterBack, random),
      note: demoNote(letterNote),
    },
    {
      type: "called",
      reached,
      bodyCode: body.code,
      occurredAt: pastAt(now, letterBack - random.int(3, 8), random),
      note: demoNote(reached ? random.pick(reachedCallNotes) : unreachedCallNote),
    },
  ];
}

function afterMeeting(body: Body, now: Date, heldBack: number, random: SeededRandom): DemoOutreachEvent {
  const occurredAt = pastAt(now, heldBack - 2, random);
  if (random.chance(0.7)) {
    const support: SupportKind[] = random.chance(0.5) ? ["protocol_help"] : ["protocol_help", "training"];
    return {
      type: "support_offered",
      support,
      bodyCode: body.code,
      occurredAt,
      note: demoNote(supportOfferedNote),
    };
  }
  return { type: "support_declined", bodyCode: body.code, occurredAt, note: demoNote(supportDeclinedNote) };
}

type MeetingSlot = { start: Date; minutes: number; held: boolean };

function meeting(
  body: Body,
  slot: MeetingSlot,
  before: DemoOutreachEvent[],
  contacts: DemoContact[],
): DemoMeeting {
  const random = seededRandom(`${DEMO_SEED}:meeting:${body.code}`);
  const { start, minutes, held } = slot;
  return {
    bodyCode: body.code,
    plannedAt: recordedAfter(before, start, random),
    start,
    end: new Date(start.getTime() + minutes * 60_000),
    location: placeOf(body),
    notes: demoNote(random.pick(meetingNotes)),
    contactKeys: contacts.filter((c) => c.role !== "town_clerk").map((c) => c.key),
    held,
  };
}

/**
 * The demo data for a clock: about 120 municipalities (all of Limburg, about 30 % elsewhere) and four provinces
 * with survey statuses, letters and calls over the past weeks, about 30 contacts, ten meetings in the coming four
 * weeks and three held ones. Pure and deterministic: the same `now` and exclusions give the same data, and
 * excluding a body changes no other body's survey answer. Every row is marked (see marks.ts).
 */
export function buildDemoDataSet(options: DemoDataSetOptions): DemoDataSet {
  const { now } = options;
  const excluded = new Set(options.excludeBodyCodes ?? []);
  const bodies = allBodies.filter((b) => !excluded.has(b.code) && inDemoSet(b));
  const journeys = new Map(bodies.map((b) => [b.code, journeyOf(b)]));
  const talks = talksOrder(bodies.filter((b) => journeys.get(b.code) === "talks"));
  const heldShowcase = talks.filter((b) => b.code === SHOWCASE_HELD);
  const rest = talks.filter((b) => b.code !== SHOWCASE_HELD);
  const upcoming = rest.slice(0, UPCOMING_MEETINGS);
  const held = [...heldShowcase, ...rest.slice(UPCOMING_MEETINGS)].slice(0, HELD_MEETINGS);
  const meetingBodies = new Set([...upcoming, ...held].map((b) => b.code));

  const contacts: DemoContact[] = [];
  const outreach: DemoOutreachEvent[] = [];
  const meetings: DemoMeeting[] = [];
  for (const body of bodies) {
    const journey = journeys.get(body.code) ?? "none";
    if (journey !== "talks" || !meetingBodies.has(body.code)) {
      // Bodies in talks beyond the meeting slots have had their call and wait for a date.
      outreach.push(...earlyOutreach(body, journey === "talks" ? "called" : journey, now));
      if (SHOWCASE.has(body.code)) contacts.push(...contactsOf(body));
    }
  }
  upcoming.forEach((body, i) => {
    const random = seededRandom(`${DEMO_SEED}:upcoming:${body.code}`);
    const slot = i % 3;
    const start = workingDayAt(now, 1 + 2 * i, [10, 13, 15][slot] ?? 10, [0, 30, 0][slot] ?? 0);
    const own = contactsOf(body);
    const before = leadUp(body, now, -1, random);
    contacts.push(...own);
    outreach.push(...before);
    meetings.push(meeting(body, { start, minutes: [60, 90, 60][slot] ?? 60, held: false }, before, own));
  });
  held.forEach((body, j) => {
    const random = seededRandom(`${DEMO_SEED}:held:${body.code}`);
    const heldBack = 4 + 5 * j;
    const own = contactsOf(body);
    const before = leadUp(body, now, heldBack, random);
    contacts.push(...own);
    outreach.push(...before, afterMeeting(body, now, heldBack, random));
    const start = workingDayAt(now, -heldBack, 10, 0);
    meetings.push(meeting(body, { start, minutes: 60, held: true }, before, own));
  });

  const order = new Map(allBodies.map((b, i) => [b.code, i]));
  const byBody = (a: { bodyCode: string }, b: { bodyCode: string }) =>
    (order.get(a.bodyCode) ?? 0) - (order.get(b.bodyCode) ?? 0);
  return {
    staff: { id: DEMO_ACTOR_ID, displayName: DEMO_STAFF_NAME, role: "viewer" },
    survey: bodies.map((body) =>
      surveyAnswer(
        body,
        outreach.filter((e) => e.bodyCode === body.code),
        now,
      ),
    ),
    contacts: contacts.sort(byBody),
    outreach: outreach.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || byBody(a, b)),
    meetings: meetings.sort((a, b) => a.start.getTime() - b.start.getTime()),
  };
}
