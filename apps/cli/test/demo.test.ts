import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  allBodies,
  buildDemoDataSet,
  DEMO_ACTOR_ID,
  DEMO_NAME_SUFFIX,
  DEMO_NOTE_PREFIX,
  findBodyByCode,
} from "@weerbaar/domain";
import { openStore, type Store, type WriteContext } from "@weerbaar/store";
import { bothEngines } from "@weerbaar/testing/engines";
import { parse } from "csv-parse/sync";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { runCli } from "./run-cli.ts";

const NOW = "2026-10-20T10:00:00Z";
const LEUDAL = "GM1640";
const anna: WriteContext = { actorId: "anna", channel: "cli" };

const dir = mkdtempSync(join(tmpdir(), "weerbaar-cli-demo-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every row a person can see, through the store's public reads: survey history, outreach, contacts, meetings, staff, audit. */
async function snapshot(url: string) {
  const store = await openStore(url);
  try {
    const survey = [];
    for (const body of allBodies) survey.push(...(await store.survey.history(body.code)));
    return {
      survey,
      outreach: await store.outreach.list(),
      contacts: await store.contacts.list(),
      appointments: await store.appointments.list({ includeCancelled: true }),
      staff: await store.staff.list(),
      audit: await store.audit.list({ limit: 1_000_000 }),
    };
  } finally {
    await store.close();
  }
}
type Snapshot = Awaited<ReturnType<typeof snapshot>>;

/** The snapshot without the demo rows, told apart by their marks: the demo author, "(demo)" names, a demo meeting. */
function withoutDemoRows(s: Snapshot): Snapshot {
  const demoMeetings = new Set(
    s.appointments.filter((a) => a.organizerId === DEMO_ACTOR_ID).map((a) => a.id),
  );
  return {
    survey: s.survey.filter((e) => e.recordedBy !== DEMO_ACTOR_ID),
    outreach: s.outreach.filter(
      (e) =>
        e.recordedBy !== DEMO_ACTOR_ID && !("appointmentId" in e && demoMeetings.has(e.appointmentId ?? "")),
    ),
    contacts: s.contacts.filter((c) => !c.name.endsWith(DEMO_NAME_SUFFIX)),
    appointments: s.appointments.filter((a) => !demoMeetings.has(a.id)),
    staff: s.staff.filter((m) => m.id !== DEMO_ACTOR_ID),
    audit: s.audit.filter((a) => a.actorId !== DEMO_ACTOR_ID),
  };
}

async function withStore<T>(url: string, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(url, { now: () => new Date(NOW) });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

async function cli(url: string, ...args: string[]) {
  const run = await runCli(["--db", url, ...args]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  return run.stdout;
}

type ChatReply = { intent: string; text: string; data: { codes?: string[]; nextMeeting?: string | null } };

/** One console chat run with `--json`: a reply per message. */
async function chatJson(url: string, ...messages: string[]): Promise<ChatReply[]> {
  const out = await cli(url, "chat", "--now", NOW, "--json", ...messages.flatMap((m) => ["-m", m]));
  return out
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as ChatReply);
}

/** Each test spawns the CLI several times, each a cold start of about a second on a busy machine. */
const slow = { timeout: 120_000 };

describe.each(bothEngines("cli-demo"))("demo data on $name", (engine) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });
  async function freshDatabase(): Promise<string> {
    const db = await engine.create();
    cleanups.push(db.cleanup);
    return db.url;
  }

  it(
    "an empty database says how to load demo data; loaded, chat and the export show it marked",
    slow,
    async () => {
      const url = await freshDatabase();
      expect(JSON.parse(await cli(url, "demo", "status", "--json"))).toMatchObject({
        demo: false,
        empty: true,
      });
      expect(await cli(url, "demo", "status")).toContain("pnpm --silent weerbaar demo load");

      const loaded = await cli(url, "demo", "load", "--now", NOW);
      const data = buildDemoDataSet({ now: new Date(NOW) });
      expect(loaded).toContain(
        `demo data loaded: ${data.survey.length} survey answers, ${data.contacts.length} contacts`,
      );
      expect(loaded).toContain("weerbaar demo clear");
      const status = JSON.parse(await cli(url, "demo", "status", "--json"));
      expect(status).toMatchObject({ demo: true, empty: false });
      expect(status.counts).toMatchObject({
        surveyEvents: data.survey.length,
        contacts: data.contacts.length,
        appointments: data.meetings.length,
        staff: 1,
      });

      const limburgWithout = data.survey
        .filter((s) => s.protocol === "none" && findBodyByCode(s.bodyCode)?.provinceCode === "PV31")
        .map((s) => s.bodyCode)
        .sort();
      expect(limburgWithout.length).toBeGreaterThan(0);
      const [list, leudal, agenda] = await chatJson(
        url,
        "welke gemeenten in Limburg hebben geen protocol?",
        "hoe staat Leudal ervoor?",
        "welke afspraken staan er volgende week?",
      );
      if (!list || !leudal || !agenda) throw new Error("expected three replies");
      expect(list.intent).toBe("list_bodies");
      expect([...(list.data.codes ?? [])].sort()).toEqual(limburgWithout);

      expect(leudal.intent).toBe("body_status");
      expect(leudal.text).toContain("(Demo)");
      expect(leudal.text).toContain(`Notitie: ${DEMO_NOTE_PREFIX}`);
      expect(leudal.text).toMatch(/ \(demo\) \(griffier\)/);
      expect(leudal.data.nextMeeting).not.toBeNull();

      expect(agenda.text).toContain("Demo");
      expect(agenda.text).toContain(DEMO_NAME_SUFFIX);

      const rows = parse(await cli(url, "export", "survey"), { columns: true }) as Record<string, string>[];
      const demoCodes = new Set(data.survey.map((s) => s.bodyCode));
      for (const row of rows) {
        if (demoCodes.has(row.code ?? "")) {
          expect(row.updated_by).toBe(DEMO_ACTOR_ID);
          expect(row.note?.startsWith(DEMO_NOTE_PREFIX)).toBe(true);
        } else {
          expect(row.updated_by).toBe("");
        }
      }
    },
  );

  it("a second load is refused with a clear message and writes nothing", slow, async () => {
    const url = await freshDatabase();
    await cli(url, "demo", "load", "--now", NOW);
    const before = await snapshot(url);
    const again = await runCli(["--db", url, "demo", "load", "--now", NOW]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("demo data is already loaded");
    expect(again.stderr).toContain("weerbaar demo clear");
    expect(await snapshot(url)).toEqual(before);
  });

  it(
    "clear removes exactly the demo rows: real rows written before and after the load survive unchanged",
    slow,
    async () => {
      const url = await freshDatabase();
      // Real rows before the load: an import (Venlo is a demo body, so its real answer must keep it out), a contact, a letter.
      const csv = join(dir, `${engine.name}-real.csv`);
      writeFileSync(csv, "code,protocol,note\nGM0344,none,echt\nGM0983,present,echt\n");
      await cli(url, "--user", "anna", "import", "survey", csv);
      await withStore(url, async (store) => {
        await store.staff.upsert({ id: "anna", displayName: "Anna", role: "admin" }, anna);
        await store.contacts.add({ bodyCode: "GM0983", name: "Echte Griffier", role: "clerk" }, anna);
        await store.outreach.record({ type: "letter_sent", bodyCode: "GM0014" }, anna);
      });
      const beforeLoad = await snapshot(url);

      const loaded = await cli(url, "demo", "load", "--now", NOW);
      expect(loaded).toContain("bodies with real data left as they are");
      const venlo = (await snapshot(url)).survey.filter((e) => e.bodyCode === "GM0983");
      expect(venlo.map((e) => e.recordedBy)).toEqual(["anna"]);

      // Real rows after the load, on a demo body (Leudal) and on demo rows themselves.
      await cli(url, "--user", "bert", "chat", "--now", NOW, "-m", "Leudal is gebeld");
      await withStore(url, async (store) => {
        await store.survey.record(
          [{ bodyCode: LEUDAL, protocol: "present", usage: "active", codeOfConduct: "yes", note: "echt" }],
          anna,
        );
        const real = await store.contacts.add({ bodyCode: LEUDAL, name: "Jan Jansen", role: "mayor" }, anna);
        const demoMeetings = (await store.appointments.list({ from: new Date(NOW) })).filter(
          (a) => a.organizerId === DEMO_ACTOR_ID,
        );
        const [first, second] = demoMeetings;
        if (!first || !second) throw new Error("expected demo meetings");
        const demoContact = first.attendees.find((a) => a.type === "contact");
        await store.appointments.book(
          {
            bodyCode: LEUDAL,
            organizerId: "anna",
            attendees: [
              { type: "contact", contactId: real.id },
              ...(demoContact ? [demoContact] : []),
              { type: "staff", staffId: DEMO_ACTOR_ID },
            ],
            start: new Date("2026-10-22T12:00:00Z"),
            end: new Date("2026-10-22T13:00:00Z"),
          },
          anna,
        );
        await store.appointments.reschedule(
          first.id,
          {
            start: new Date(first.start.getTime() + 86_400_000),
            end: new Date(first.end.getTime() + 86_400_000),
          },
          anna,
        );
        await store.appointments.markHeld(second.id, anna);
      });
      const withDemo = await snapshot(url);

      const cleared = await cli(url, "--user", "anna", "demo", "clear");
      expect(cleared).toContain("demo data removed");
      const after = await snapshot(url);

      const expected = withoutDemoRows(withDemo);
      // The demo staff member invited to a real meeting goes with the demo data; the rest of that meeting stays.
      expected.appointments = expected.appointments.map((a) => ({
        ...a,
        attendees: a.attendees.filter((x) => !(x.type === "staff" && x.staffId === DEMO_ACTOR_ID)),
      }));
      const [clearedEntry, ...restOfAudit] = after.audit;
      expect(clearedEntry).toMatchObject({ action: "demo.cleared", actorId: "anna", entityType: "demo" });
      expect({ ...after, audit: restOfAudit }).toEqual(expected);
      for (const key of Object.keys(beforeLoad) as (keyof Snapshot)[]) {
        expect(after[key]).toEqual(expect.arrayContaining(beforeLoad[key] as unknown[]));
      }
      expect(after.survey.filter((e) => e.bodyCode === LEUDAL).map((e) => e.recordedBy)).toEqual(["anna"]);
      expect(after.outreach.some((e) => e.bodyCode === LEUDAL && e.recordedBy === "bert")).toBe(true);
      expect(after.audit.some((a) => a.action === "appointment.rescheduled" && a.actorId === "anna")).toBe(
        true,
      );

      // Nothing of the demo is left in any table, and the removed rows were all demo rows.
      expect(JSON.parse(await cli(url, "demo", "status", "--json")).counts).toEqual({
        surveyEvents: 0,
        outreachEvents: 0,
        contacts: 0,
        appointments: 0,
        staff: 0,
        auditEntries: 0,
      });
      expect(JSON.stringify(after)).not.toContain(DEMO_NOTE_PREFIX);
      expect(JSON.stringify(after)).not.toContain("@demo.invalid");
      expect(withDemo.survey.length - after.survey.length).toBe(
        buildDemoDataSet({ now: new Date(NOW), excludeBodyCodes: ["GM0344", "GM0983", "GM0014"] }).survey
          .length,
      );
      expect(await cli(url, "demo", "clear")).toContain("no demo data");
    },
  );
});
