import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "./run-cli.ts";

type PreviewJson = {
  key: string;
  platform: string;
  channelId: string;
  dueAt: string;
  kind: string;
  action: string;
  late: boolean;
  text?: string;
};

describe("weerbaar reminders", () => {
  let dir: string;
  let db: string;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), "weerbaar-reminders-"));
    db = `sqlite:${join(dir, "weerbaar.db")}`;
    // The console subscribes itself and books a meeting with Leudal on Thursday 26 October 2023 13:30, in chat.
    const chat = await runCli([
      "chat",
      "--db",
      db,
      "--now",
      "2023-10-20T10:00:00Z",
      "--json",
      "-m",
      "abonneer dit kanaal op herinneringen",
      "-m",
      "plan een afspraak met Leudal donderdag 26 oktober om 13:30",
      "-m",
      "ja",
    ]);
    expect(chat.stdout).toContain('"intent":"meeting_booked"');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("previews the day-before reminder at Wednesday 16:00 Amsterdam as JSON, writing nothing", async () => {
    const early = await runCli([
      "reminders",
      "preview",
      "--db",
      db,
      "--now",
      "2023-10-25T13:59:00Z",
      "--format",
      "json",
    ]);
    expect(early.code).toBe(0);
    // Monday's digest (the console subscribed on Friday 20 October) is still due; the meeting reminder is not yet.
    expect((JSON.parse(early.stdout) as PreviewJson[]).map((i) => [i.kind, i.late])).toEqual([
      ["weekly_digest", true],
    ]);
    const due = await runCli([
      "reminders",
      "preview",
      "--db",
      db,
      "--now",
      "2023-10-25T14:00:00Z",
      "--format",
      "json",
    ]);
    const items = JSON.parse(due.stdout) as PreviewJson[];
    expect(items.map((i) => i.kind)).toEqual(["weekly_digest", "meeting_day_before"]);
    expect(items[1]).toMatchObject({
      platform: "console",
      channelId: "console",
      action: "send",
      late: false,
      dueAt: "2023-10-25T14:00:00.000Z",
    });
    expect(items[1]?.text).toContain("Morgen om 13:30: gesprek met Leudal.");
    // Previewing twice shows the same: nothing was enqueued or sent.
    const again = await runCli([
      "reminders",
      "preview",
      "--db",
      db,
      "--now",
      "2023-10-25T14:00:00Z",
      "--format",
      "json",
    ]);
    expect(JSON.parse(again.stdout)).toEqual(items);
  });

  it("runs a round that prints the console's reminder once", async () => {
    const run = await runCli(["reminders", "run", "--db", db, "--now", "2023-10-25T14:00:00Z"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Morgen om 13:30: gesprek met Leudal.");
    expect(run.stdout).toContain("Weekoverzicht 23 oktober 2023");
    expect(run.stderr).toContain("2 sent");
    const second = await runCli(["reminders", "run", "--db", db, "--now", "2023-10-25T14:05:00Z"]);
    expect(second.stdout).toBe("");
    const preview = await runCli(["reminders", "preview", "--db", db, "--now", "2023-10-25T14:05:00Z"]);
    expect(preview.stdout).toContain("Niets te versturen. / Nothing due.");
  });

  it("asks for the outcome the next working morning", async () => {
    const run = await runCli(["reminders", "run", "--db", db, "--now", "2023-10-27T07:00:00Z"]);
    expect(run.stdout).toContain("Hoe ging het gesprek met Leudal? Leg de uitkomst vast.");
  });

  it("refuses an --now that is not an ISO instant", async () => {
    const run = await runCli(["reminders", "preview", "--db", db, "--now", "morgen"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--now must be an ISO-8601 instant");
  });
});
