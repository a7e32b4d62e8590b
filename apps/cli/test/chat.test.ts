import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "./run-cli.ts";

type JsonReply = { intent: string; text: string; data: Record<string, unknown> };
const jsonLines = (stdout: string): JsonReply[] =>
  stdout
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as JsonReply);

describe("weerbaar chat: the console contract", () => {
  let dir: string;
  let db: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "weerbaar-chat-"));
    db = `sqlite:${join(dir, "weerbaar.db")}`;
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const chat = (args: string[], input?: string) => runCli(["chat", "--db", db, ...args], input);

  it("answers each -m message with one JSON line {intent, text, data}", async () => {
    const run = await chat([
      "--json",
      "--now",
      "2023-10-20T10:00:00Z",
      "-m",
      "Leudal heeft een protocol maar het ligt op de plank",
      "-m",
      "hoe staat Leudal ervoor?",
      "-m",
      "which provinces have a dormant protocol?",
    ]);
    expect(run.code).toBe(0);
    const replies = jsonLines(run.stdout);
    expect(replies.map((r) => r.intent)).toEqual(["survey_updated", "body_status", "list_bodies"]);
    expect(replies[1]?.data).toMatchObject({ code: "GM1640", protocol: "present", usage: "dormant" });
    expect(replies[1]?.text).toContain("20 oktober 2023");
    expect(replies[2]?.text).toMatch(/^Provinces/);
  });

  it("reads one message per line from stdin and prints plain text", async () => {
    const run = await chat(["--now", "2023-10-20T10:00:00Z"], "Venlo is gebeld\nhoe staat Venlo ervoor?\n");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Vastgelegd.");
    expect(run.stdout).toMatch(/Contactfase:\s+gebeld/);
  });

  it("keeps dialog state in the database between invocations", async () => {
    const ask = await chat(["--json", "-m", "Utrecht heeft geen protocol"]);
    expect(jsonLines(ask.stdout)[0]?.intent).toBe("choose_body");
    const answer = await chat(["--json", "-m", "1"]);
    expect(jsonLines(answer.stdout)[0]).toMatchObject({ intent: "survey_updated", data: { code: "GM0344" } });
  });

  it("acts as the given --user, recorded as the author", async () => {
    await chat(["--user", "bert", "--now", "2023-10-20T10:00:00Z", "-m", "Venlo heeft geen protocol"]);
    const run = await chat(["--json", "--user", "bert", "-m", "hoe staat Venlo ervoor"]);
    expect(jsonLines(run.stdout)[0]?.text).toContain("(bert)");
  });

  it("answers hostile input and exits 0", async () => {
    const run = await chat([
      "--json",
      "-m",
      "x".repeat(20_000),
      "-m",
      "<b>hi</b>\u0007",
      "-m",
      "🙈",
      "-m",
      "",
    ]);
    expect(run.code).toBe(0);
    expect(jsonLines(run.stdout)).toHaveLength(4);
  });

  it("exits non-zero with a clear message for a bad --now or an unusable database", async () => {
    const badNow = await chat(["--now", "tomorrow", "-m", "help"]);
    expect(badNow.code).toBe(2);
    expect(badNow.stderr).toContain("--now must be an ISO-8601 instant");
    const badDb = await runCli(["chat", "--db", "mysql://nope", "-m", "help"]);
    expect(badDb.code).not.toBe(0);
    expect(badDb.stderr.trim().split("\n")).toHaveLength(1);
  });
});
