// Regression: the current survey status was the event with the latest author's clock, so a chat write made with
// --now in the past (or on a replica whose clock is behind) lost to an import committed before it.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bothEngines } from "@weerbaar/testing/engines";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./run-cli.ts";

const dir = mkdtempSync(join(tmpdir(), "weerbaar-cli-order-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(bothEngines("cliorder"))("survey commit order through the CLI on $name", (engine) => {
  let db: { url: string; cleanup(): Promise<void> };
  beforeAll(async () => {
    db = await engine.create();
  });
  afterAll(async () => db?.cleanup());

  it("a chat write made with --now in the past loses to an import made before it", async () => {
    const csv = join(dir, `${engine.name}-leudal.csv`);
    writeFileSync(csv, "code,protocol,code_of_conduct\nGM1640,none,no\n");
    const imported = await runCli(["--db", db.url, "--user", "anna", "import", "survey", csv]);
    expect(imported.stderr).toBe("");
    expect(imported.code).toBe(0);

    const said = await runCli([
      "--db",
      db.url,
      "--user",
      "bram",
      "chat",
      "--json",
      "--now",
      "2020-01-06T10:00:00Z",
      "-m",
      "Leudal heeft een protocol maar het ligt op de plank",
    ]);
    expect(said.code).toBe(0);
    expect(JSON.parse(said.stdout.trim().split("\n")[0] ?? "{}").intent).toBe("survey_updated");

    const asked = await runCli(["--db", db.url, "chat", "--json", "-m", "hoe staat Leudal ervoor?"]);
    expect(asked.code).toBe(0);
    const status = JSON.parse(asked.stdout.trim().split("\n")[0] ?? "{}");
    expect(status.data).toMatchObject({ code: "GM1640", protocol: "present", usage: "dormant" });

    const exported = await runCli(["--db", db.url, "export", "survey", "--format", "json"]);
    expect(exported.code).toBe(0);
    const leudal = (JSON.parse(exported.stdout) as Record<string, unknown>[]).find(
      (r) => r.code === "GM1640",
    );
    // Current by commit order; shown with its author's clock and name.
    expect(leudal).toMatchObject({
      protocol: "present",
      usage: "dormant",
      codeOfConduct: "no",
      updatedAt: "2020-01-06T10:00:00.000Z",
      updatedBy: "bram",
    });
  }, 60_000);
});
