import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliRun, runCli } from "./run-cli.ts";

// One conversation through `weerbaar chat --json` touching every intent; each step names the reply it expects.
const conversation: [message: string, intent: string][] = [
  ["help", "help"],
  ["welke gemeenten in Limburg hebben geen protocol?", "list_bodies"],
  ["hoeveel procent heeft een protocol?", "survey_summary"],
  ["hoe staat Leudal ervoor?", "body_status"],
  ["Leudal heeft een protocol maar het ligt op de plank", "survey_updated"],
  ["Venlo is gebeld", "outreach_recorded"],
  ["brief verstuurd aan Roermond", "outreach_recorded"],
  ["wie moeten we nog bellen?", "needs_call"],
  ["voeg contact toe aan Leudal: Jan Jansen, griffier, jan@leudal.nl", "contact_added"],
  ["wie is de griffier van Leudal?", "show_contacts"],
  ["plan een afspraak met Leudal donderdag 26 oktober om 13:30", "confirm_request"],
  ["ja", "meeting_booked"],
  ["verplaats de afspraak met Leudal naar 2 november", "confirm_request"],
  ["ja", "meeting_rescheduled"],
  ["welke afspraken staan er volgende week?", "agenda"],
  ["annuleer de afspraak met Leudal", "confirm_request"],
  ["nee", "cancelled"],
  ["abonneer dit kanaal op herinneringen", "subscribe_reminders"],
  ["welke herinneringen staan er?", "list_reminders"],
  ["stop met herinneringen hier", "unsubscribe_reminders"],
  ["voeg matrix:@piet:example.org toe als adviseur, naam Piet", "confirm_request"],
  ["ja", "staff_added"],
  ["laat de voortgang per provincie zien", "chart"],
  ["Utrecht heeft geen protocol", "choose_body"],
  ["2", "survey_updated"],
  ["ja", "confirm"],
  ["de koffie is op", "unknown"],
];

describe("weerbaar chat: every intent through the console contract", () => {
  let dir: string;
  let run: CliRun;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "weerbaar-intents-"));
    const messages = conversation.flatMap(([text]) => ["-m", text]);
    run = await runCli([
      "chat",
      "--db",
      `sqlite:${join(dir, "w.db")}`,
      "--now",
      "2023-10-20T10:00:00Z",
      "--json",
      ...messages,
    ]);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("answers each message with the expected intent, one JSON line each", () => {
    expect(run.code).toBe(0);
    const replies = run.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { intent: string; text: string });
    expect(replies.map((r) => r.intent)).toEqual(conversation.map(([, intent]) => intent));
  });

  it("names the staff role in Dutch when confirming a new colleague", () => {
    expect(run.stdout).toContain("adviseur");
  });
});
