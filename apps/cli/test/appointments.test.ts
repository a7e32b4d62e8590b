import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ICAL from "ical.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "./run-cli.ts";

type JsonReply = { intent: string; text: string; data: Record<string, unknown> };
const jsonLines = (stdout: string): JsonReply[] =>
  stdout
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as JsonReply);

type Exported = {
  id: string;
  bodyCode: string;
  start: string;
  end: string;
  status: string;
  location: string;
};

describe("meetings through the console and `weerbaar export appointments`", () => {
  let dir: string;
  let db: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "weerbaar-appointments-"));
    db = `sqlite:${join(dir, "weerbaar.db")}`;
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const chat = (now: string, ...messages: string[]) =>
    runCli(["chat", "--db", db, "--json", "--now", now, ...messages.flatMap((m) => ["-m", m])]);
  const exportAs = (format: string) =>
    runCli(["export", "appointments", "--db", db, "--format", format, "--now", "2023-10-20T10:00:00Z"]);

  // Several child processes in a row: slow on a busy machine.
  const slow = { timeout: 120_000 };

  it(
    "books, conflicts, moves and cancels in the console; exports JSON and ICS that parse",
    slow,
    async () => {
      const run = await chat(
        "2023-10-20T10:00:00Z",
        "plan een afspraak met Leudal donderdag 26 oktober om 9:00 op Leudalplein 1",
        "ja",
        "plan een afspraak met Venlo donderdag 26 oktober om 9:30",
        "nee",
        "plan een afspraak met Venlo maandag 30 oktober om 9:00",
        "ja",
      );
      expect(run.code).toBe(0);
      const replies = jsonLines(run.stdout);
      expect(replies.map((r) => r.intent)).toEqual([
        "confirm_request",
        "meeting_booked",
        "confirm_request",
        "cancelled",
        "confirm_request",
        "meeting_booked",
      ]);
      expect(replies[2]?.text).toContain("je hebt dan al een afspraak met Leudal, 09:00-10:00");

      const moved = await chat(
        "2023-10-21T10:00:00Z",
        "verplaats de afspraak met Leudal naar 2 november",
        "ja",
        "annuleer de afspraak met Venlo want de burgemeester is ziek",
        "ja",
        "mijn afspraken",
      );
      const later = jsonLines(moved.stdout);
      expect(later.map((r) => r.intent)).toEqual([
        "confirm_request",
        "meeting_rescheduled",
        "confirm_request",
        "meeting_cancelled",
        "agenda",
      ]);
      expect(((later[4]?.data.appointments ?? []) as Exported[]).map((a) => a.bodyCode)).toEqual(["GM1640"]);

      const json = await exportAs("json");
      expect(json.code).toBe(0);
      const exported = JSON.parse(json.stdout) as Exported[];
      expect(exported.map((a) => [a.bodyCode, a.start, a.end, a.status])).toEqual([
        ["GM0983", "2023-10-30T08:00:00.000Z", "2023-10-30T09:00:00.000Z", "cancelled"],
        ["GM1640", "2023-11-02T08:00:00.000Z", "2023-11-02T09:00:00.000Z", "confirmed"],
      ]);
      expect(exported[1]).toMatchObject({ bodyName: "Leudal", location: "Leudalplein 1", attendees: [] });

      const ics = await exportAs("ics");
      expect(ics.code).toBe(0);
      expect(ics.stdout).toContain("DTSTART;TZID=Europe/Amsterdam:20231102T090000");
      const calendar = new ICAL.Component(ICAL.parse(ics.stdout));
      for (const zone of calendar.getAllSubcomponents("vtimezone")) {
        ICAL.TimezoneService.register(new ICAL.Timezone(zone));
      }
      const events = calendar.getAllSubcomponents("vevent").map((c) => new ICAL.Event(c));
      expect(
        events.map((e) => [
          e.uid,
          e.startDate.toJSDate().toISOString(),
          e.sequence,
          e.component.getFirstPropertyValue("status"),
        ]),
      ).toEqual([
        [`${exported[0]?.id}@weerbaar`, "2023-10-30T08:00:00.000Z", 1, "CANCELLED"],
        [`${exported[1]?.id}@weerbaar`, "2023-11-02T08:00:00.000Z", 1, "CONFIRMED"],
      ]);
    },
  );

  it("exports an empty calendar and rejects an unknown format", slow, async () => {
    const json = await exportAs("json");
    expect(JSON.parse(json.stdout)).toEqual([]);
    const ics = await exportAs("ics");
    expect(ics.stdout).toContain("BEGIN:VCALENDAR");
    expect(ics.stdout).not.toContain("BEGIN:VEVENT");
    const bad = await exportAs("xlsx");
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain("xlsx");
  });

  it(
    "refuses an --now that is not an ISO instant as a usage error, like chat and reminders",
    slow,
    async () => {
      const bad = await runCli(["export", "appointments", "--db", db, "--format", "ics", "--now", "morgen"]);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain("weerbaar export appointments: --now must be an ISO-8601 instant");
    },
  );
});
