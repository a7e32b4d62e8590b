// Many concurrent writers on PostgreSQL, on replicas whose clocks are minutes apart: the event committed last is
// current, and the order of ids is the order of commits. (SQLite runs one writer at a time, see sqlite.ts.)
//
// The commit order is observed, not assumed: every writer's transaction ends by incrementing one probe row. The
// row lock is held until commit, so the n each transaction got is the order in which they committed.
import { randomUUID } from "node:crypto";
import { createTestDatabase } from "@weerbaar/testing/postgres";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { console1 } from "../../test/engines.ts";
import { outreachRepository } from "../repositories/outreach.ts";
import { surveyRepository } from "../repositories/survey.ts";
import { openExecutor, openStore } from "../store.ts";
import type { Executor } from "./context.ts";

const REPLICAS = 3;
const WRITERS_PER_REPLICA = 4;
const ROUNDS = 15;

type Commit = { tag: string; n: number };

/** Runs `write` in a transaction on every replica from several writers at once; returns each commit's place. */
async function writeConcurrently(
  replicas: readonly Executor[],
  write: (exec: Executor, tag: string) => Promise<void>,
): Promise<Commit[]> {
  const commits: Commit[] = [];
  const writer = async (replica: Executor, r: number, w: number) => {
    for (let round = 0; round < ROUNDS; round++) {
      const tag = `r${r}-w${w}-${round}`;
      const n = await replica.db.transaction().execute(async (tx) => {
        await write({ ...replica, db: tx }, tag);
        // A pause between the insert and the commit: without serialized writers, transactions that drew their
        // ids in one order now commit in another.
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 4));
        const probe = await sql<{ n: number }>`update commit_probe set n = n + 1 returning n`.execute(tx);
        return Number(probe.rows[0]?.n);
      });
      commits.push({ tag, n });
    }
  };
  await Promise.all(
    replicas.flatMap((replica, r) =>
      Array.from({ length: WRITERS_PER_REPLICA }, (_, w) => writer(replica, r, w)),
    ),
  );
  return commits.sort((a, b) => a.n - b.n);
}

describe("commit order under concurrent writers on postgres", () => {
  let database: { url: string; drop(): Promise<void> };
  let replicas: Executor[];
  beforeAll(async () => {
    database = await createTestDatabase("order");
    // Replica r's clock is r × 3 minutes behind: the later commits mostly carry the older clocks.
    replicas = await Promise.all(
      Array.from({ length: REPLICAS }, (_, r) =>
        openExecutor(database.url, { now: () => new Date(Date.UTC(2024, 9, 1, 8, 0) - r * 180_000) }),
      ),
    );
    const [first] = replicas;
    if (!first) throw new Error("no replica");
    await sql`create table commit_probe (n integer not null)`.execute(first.db);
    await sql`insert into commit_probe (n) values (0)`.execute(first.db);
  });
  afterAll(async () => {
    for (const replica of replicas ?? []) await replica.db.destroy();
    await database?.drop();
  });

  it("the survey answer committed last is current, and a body's history is in commit order", async () => {
    const commits = await writeConcurrently(replicas, async (exec, tag) => {
      await surveyRepository(exec).record(
        [{ bodyCode: "GM1640", protocol: "present", usage: "active", codeOfConduct: "yes", note: tag }],
        console1,
      );
    });
    expect(commits.map((c) => c.n)).toEqual(commits.map((_, i) => i + 1));
    const store = await openStore(database.url);
    try {
      const history = await store.survey.history("GM1640");
      expect(history.map((e) => e.note)).toEqual(commits.map((c) => c.tag));
      expect((await store.survey.current("GM1640")).note).toBe(commits.at(-1)?.tag);
      expect((await store.survey.currentByCode()).get("GM1640")?.note).toBe(commits.at(-1)?.tag);
    } finally {
      await store.close();
    }
  }, 120_000);

  it("outreach events of one instant are listed in commit order", async () => {
    const occurredAt = new Date("2024-09-30T10:00:00.000Z");
    const commits = await writeConcurrently(replicas, async (exec, tag) => {
      await outreachRepository(exec).record(
        { type: "letter_sent", bodyCode: "GM0014", occurredAt, note: tag },
        { actorId: `staff-${randomUUID()}`, channel: "test" },
      );
    });
    const [replica] = replicas;
    if (!replica) throw new Error("no replica");
    const listed = await outreachRepository(replica).list({ bodyCode: "GM0014" });
    expect(listed.map((e) => e.note)).toEqual(commits.map((c) => c.tag));
  }, 120_000);
});
