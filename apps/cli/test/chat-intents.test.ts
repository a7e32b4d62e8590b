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

// The examples of issue 16 ("never confidently wrong"), through the console contract: each names its reply.
const issue16: [message: string, intent: string][] = [
  ["Welke Brabantse gemeenten hebben nog geen stappenplan?", "list_bodies"],
  ["welke gemeenten hebben we een brief gestuurd?", "clarify"],
  ["1", "needs_call"],
  ["Nederweert en Vaals hebben een slapend protocol", "confirm_request"],
  ["ja", "survey_updated"],
  ["Heeft Beekdaelen eigenlijk een protocol?", "body_status"],
  ["plan een afspraak met Venlo donderdagmiddag om kwart over 3", "confirm_request"],
  ["ja", "meeting_booked"],
  ["verzet de afspraak met Venlo twee uur later", "confirm_request"],
  ["ja", "meeting_rescheduled"],
  ["plan een afspraak met Leudal op 7-11 om 9u", "confirm_request"],
  ["nee", "cancelled"],
  ["book a meeting with Leudal tomorrow at quarter past three", "confirm_request"],
  ["no", "cancelled"],
  ["plan een afspraak met Leudal vrijdag 26 oktober om 10:00", "ask_meeting_time"],
];

describe("weerbaar chat: the examples of issue 16", () => {
  let dir: string;
  let run: CliRun;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "weerbaar-issue16-"));
    run = await runCli([
      "chat",
      "--db",
      `sqlite:${join(dir, "w.db")}`,
      "--now",
      "2023-10-20T10:00:00Z",
      "--json",
      ...issue16.flatMap(([text]) => ["-m", text]),
    ]);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("answers each with the expected reply, and the readings, times and bodies it should", () => {
    expect(run.code).toBe(0);
    const replies = run.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { intent: string; text: string; data: Record<string, unknown> });
    expect(replies.map((r) => r.intent)).toEqual(issue16.map(([, intent]) => intent));
    expect(replies[0]?.data.filter).toMatchObject({ provinceCode: "PV30", protocol: ["none"] });
    expect(replies[1]?.text).not.toContain("(342)");
    expect(replies[4]?.data.codes).toEqual(["GM0946", "GM0981"]);
    expect(replies[6]?.text).toContain("15:15");
    expect(replies[8]?.text).toMatch(/Naar:\s+donderdag 26 oktober 2023, 17:15-18:15/);
    expect(replies[10]?.text).toContain("dinsdag 7 november 2023, 09:00");
    expect(replies[12]?.text).toContain("15:15");
  });
});
