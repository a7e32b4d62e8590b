// kill -9 during bookings and survey imports, on SQLite and PostgreSQL: afterwards every acknowledged write is
// present and nothing is half written (each appointment has its audit row and its outreach event; each import
// is all 354 bodies or none). The writer is a separate process (test/crash-writer.ts) so the kill is real.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { allBodies } from "@weerbaar/domain";
import { createTestDatabase } from "@weerbaar/testing/postgres";
import Sqlite from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anAdvisor } from "../test/builders.ts";
import { openStore, type Store } from "./index.ts";

const ITERATIONS = 50;
const writer = fileURLToPath(new URL("../test/crash-writer.ts", import.meta.url));
const runner = fileURLToPath(new URL("../../../tooling/scripts/run.mjs", import.meta.url));
const cwd = fileURLToPath(new URL("..", import.meta.url));

/** What the database holds, read directly (not through the store under test). */
type Snapshot = {
  appointments: string[];
  bookedAudit: string[];
  plannedOutreach: string[];
  importSizes: Map<string, number>;
  surveyEvents: number;
  surveyAudit: number;
};

type Engine = {
  name: "sqlite" | "postgres";
  create(): Promise<{ url: string; snapshot(): Promise<Snapshot>; cleanup(): Promise<void> }>;
};

const QUERIES = {
  appointments: "select id from appointments",
  bookedAudit: "select entity_id as id from audit_log where action = 'appointment.booked'",
  plannedOutreach: "select appointment_id as id from outreach_events where type = 'meeting_planned'",
  imports: "select source, count(*) as n from survey_events where source like 'import:%' group by source",
  surveyEvents: "select count(*) as n from survey_events",
  surveyAudit: "select count(*) as n from audit_log where action = 'survey.recorded'",
} as const;

type Rows = <T>(sql: string) => Promise<T[]>;

async function snapshotWith(rows: Rows): Promise<Snapshot> {
  const ids = async (sql: string) => (await rows<{ id: string }>(sql)).map((r) => r.id).sort();
  const count = async (sql: string) => Number((await rows<{ n: number | string }>(sql))[0]?.n ?? 0);
  return {
    appointments: await ids(QUERIES.appointments),
    bookedAudit: await ids(QUERIES.bookedAudit),
    plannedOutreach: await ids(QUERIES.plannedOutreach),
    importSizes: new Map(
      (await rows<{ source: string; n: number | string }>(QUERIES.imports)).map((r) => [
        r.source,
        Number(r.n),
      ]),
    ),
    surveyEvents: await count(QUERIES.surveyEvents),
    surveyAudit: await count(QUERIES.surveyAudit),
  };
}

const engines: Engine[] = [
  {
    name: "sqlite",
    async create() {
      const dir = mkdtempSync(join(tmpdir(), "weerbaar-crash-"));
      const file = join(dir, "weerbaar.db");
      return {
        url: `sqlite:${file}`,
        async snapshot() {
          // A fresh connection each time: it must see the file as a restarted process would.
          const db = new Sqlite(file, { readonly: true });
          try {
            return await snapshotWith(async (sql) => db.prepare(sql).all() as never[]);
          } finally {
            db.close();
          }
        },
        cleanup: async () => rmSync(dir, { recursive: true, force: true }),
      };
    },
  },
  {
    name: "postgres",
    async create() {
      const database = await createTestDatabase("crash");
      return {
        url: database.url,
        async snapshot() {
          const client = new pg.Client({ connectionString: database.url });
          await client.connect();
          try {
            return await snapshotWith(async (sql) => (await client.query(sql)).rows);
          } finally {
            await client.end();
          }
        },
        cleanup: database.drop,
      };
    },
  },
];

/**
 * Runs a writer until a random moment after it is ready (or, with `afterFirstAck`, after its first acknowledged
 * write), kills it with SIGKILL and returns its acknowledgements.
 */
async function runAndKill(
  args: string[],
  maxDelayMs: number,
  afterFirstAck: boolean,
): Promise<{ books: string[]; imports: string[] }> {
  const child: ChildProcess = spawn(process.execPath, [runner, writer, ...args], { cwd });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    stdout += chunk.toString("utf8");
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString("utf8");
  });
  const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("close", (code, signal) => resolve({ code, signal })),
  );
  const ready = new Promise<void>((resolve, reject) => {
    const check = setInterval(() => {
      if (stdout.startsWith("ready\n") && (!afterFirstAck || stdout.includes("\nack "))) {
        clearInterval(check);
        resolve();
      }
    }, 5);
    void closed.then(({ code }) => {
      clearInterval(check);
      reject(new Error(`writer exited (${code}) before it was ready: ${stderr}`));
    });
  });
  await ready;
  await new Promise((resolve) => setTimeout(resolve, Math.random() * maxDelayMs));
  child.kill("SIGKILL");
  const { signal } = await closed;
  expect(signal, `writer ended on its own: ${stderr}`).toBe("SIGKILL");
  const acks = stdout.split("\n").slice(1, -1); // the last piece has no newline yet: not acknowledged
  return {
    books: acks.filter((l) => l.startsWith("ack book ")).map((l) => l.slice("ack book ".length)),
    imports: acks.filter((l) => l.startsWith("ack import ")).map((l) => l.slice("ack import ".length)),
  };
}

describe.each(engines)("kill -9 during writes on $name", (engine) => {
  let db: Awaited<ReturnType<Engine["create"]>>;
  let organizerId: string;

  beforeAll(async () => {
    db = await engine.create();
    const store: Store = await openStore(db.url);
    organizerId = (await anAdvisor(store)).id;
    await store.close();
  });
  afterAll(async () => db?.cleanup());

  it(`keeps every acknowledged write and no half write over ${ITERATIONS} kills`, async () => {
    const acked = { books: [] as string[], imports: [] as string[] };
    for (let iteration = 0; iteration < ITERATIONS; iteration++) {
      // Every fifth writer starts with an import and is killed only after it: slow imports get acknowledged too.
      const importFirst = iteration % 5 === 0;
      const got = await runAndKill(
        [db.url, organizerId, `w${iteration}`, importFirst ? "import-first" : "random"],
        1_000,
        importFirst,
      );
      acked.books.push(...got.books);
      acked.imports.push(...got.imports);

      const after = await db.snapshot();
      // Every acknowledged write survived the kill.
      expect(after.appointments).toEqual(expect.arrayContaining(got.books));
      for (const source of got.imports) expect(after.importSizes.get(source), source).toBe(allBodies.length);
      // Nothing half written: each appointment exactly once in the audit log and as a planned outreach event…
      expect(after.bookedAudit).toEqual(after.appointments);
      expect(after.plannedOutreach).toEqual(after.appointments);
      // …and each import all or nothing, each survey event with its audit row.
      for (const [source, size] of after.importSizes) expect(size, source).toBe(allBodies.length);
      expect(after.surveyAudit).toBe(after.surveyEvents);
    }
    const final = await db.snapshot();
    expect(final.appointments).toEqual(expect.arrayContaining(acked.books));
    // The run means something only if writes of both kinds were acknowledged along the way.
    expect(acked.books.length).toBeGreaterThan(0);
    expect(acked.imports.length).toBeGreaterThan(0);
    console.info(
      `${engine.name}: ${ITERATIONS} kills, ${acked.books.length} bookings and ${acked.imports.length} imports acknowledged; ` +
        `${final.appointments.length - acked.books.length} bookings and ${final.importSizes.size - acked.imports.length} imports committed but killed before the ack`,
    );
  }, 300_000);
});
