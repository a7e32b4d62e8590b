// A backup taken while two other processes write (bookings and whole-survey imports, test/crash-writer.ts) is
// one moment of the source: every row of it is in the source, no transaction is half in it, and of the event
// tables it holds everything committed up to some point. Once the writes stop, a backup is the source exactly.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { allBodies } from "@weerbaar/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anAdvisor } from "../../test/builders.ts";
import { engines } from "../../test/engines.ts";
import { queryRows, tableRows } from "../../test/table-rows.ts";
import { startWriter, type WriterProcess } from "../../test/writer-process.ts";
import { openStore, restoreBackup, type Store } from "../index.ts";

const dir = mkdtempSync(join(tmpdir(), "weerbaar-backup-load-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Count = { n: number | string };
const ids = async (url: string, sql: string) =>
  (await queryRows<{ id: string | number }>(url, sql)).map((r) => String(r.id)).sort();

/** Throws unless every transaction the writers make is wholly in the database at `url` or wholly absent. */
async function expectNothingHalfWritten(url: string): Promise<void> {
  const appointments = await ids(url, "select id from appointments");
  expect(await ids(url, "select entity_id as id from audit_log where action = 'appointment.booked'")).toEqual(
    appointments,
  );
  expect(
    await ids(url, "select appointment_id as id from outreach_events where type = 'meeting_planned'"),
  ).toEqual(appointments);
  const imports = await queryRows<{ source: string; n: number | string }>(
    url,
    "select source, count(*) as n from survey_events where source like 'import:%' group by source",
  );
  for (const { source, n } of imports) expect(Number(n), source).toBe(allBodies.length);
  const [events] = await queryRows<Count>(url, "select count(*) as n from survey_events");
  const [audited] = await queryRows<Count>(
    url,
    "select count(*) as n from audit_log where action = 'survey.recorded'",
  );
  expect(Number(events?.n)).toBe(Number(audited?.n));
}

/** The ids of `table` at `url`, as numbers in order. */
async function serialIds(url: string, table: string): Promise<number[]> {
  return (await queryRows<{ id: number | string }>(url, `select id from ${table} order by id`)).map((r) =>
    Number(r.id),
  );
}

describe.each(engines)("a backup while other processes write, on $name", (engine) => {
  let source: { url: string; cleanup(): Promise<void> };
  let store: Store;
  let writers: WriterProcess[] = [];
  const cleanups: (() => Promise<void>)[] = [];
  const emptyDatabase = async () => {
    const db = await engine.create();
    cleanups.push(db.cleanup);
    return db.url;
  };
  beforeAll(async () => {
    source = await engine.create();
    store = await openStore(source.url);
  });
  afterAll(async () => {
    for (const writer of writers) await writer.stop();
    await store?.close();
    await source?.cleanup();
    for (const cleanup of cleanups) await cleanup();
  });

  it("is a consistent prefix of the source, and the backup after the load is the source row by row", async () => {
    const organizer = await anAdvisor(store);
    writers = ["w1", "w2"].map((tag) => startWriter(source.url, organizer.id, tag));
    await Promise.all(writers.map((w) => w.acknowledged(3)));
    const underLoad = join(dir, `${engine.name}-under-load.backup`);
    await store.backup(underLoad);
    // The writes went on after the backup, then stop (killed, some mid-transaction).
    await Promise.all(writers.map((w) => w.acknowledged(w.acks().length + 3)));
    for (const writer of writers) await writer.stop();

    const snapshot = await emptyDatabase();
    await restoreBackup(snapshot, underLoad);
    const now = await tableRows(source.url);
    const then = await tableRows(snapshot);
    expect([...then.tables.keys()].sort()).toEqual([...now.tables.keys()].sort());
    for (const [table, rows] of then.tables) {
      if (table === "read_versions") continue; // a counter, updated in place: checked below
      const all = new Set(now.tables.get(table));
      expect(
        rows.filter((row) => !all.has(row)),
        `${table}: rows that are not in the source`,
      ).toEqual([]);
    }
    const versions = async (url: string) =>
      new Map(
        (
          await queryRows<{ topic: string; version: number | string }>(
            url,
            "select topic, version from read_versions",
          )
        ).map((r) => [r.topic, Number(r.version)]),
      );
    const [versionsThen, versionsNow] = [await versions(snapshot), await versions(source.url)];
    for (const [topic, version] of versionsThen)
      expect(version).toBeLessThanOrEqual(versionsNow.get(topic) ?? 0);
    // The writes after the backup are not in it.
    expect(then.tables.get("audit_log")?.length).toBeLessThan(now.tables.get("audit_log")?.length ?? 0);
    await expectNothingHalfWritten(snapshot);
    // Of the event tables it holds exactly what was committed up to one point: ids are commit order.
    for (const table of ["survey_events", "outreach_events"]) {
      const thenIds = await serialIds(snapshot, table);
      const last = thenIds.at(-1) ?? 0;
      expect(thenIds, table).toEqual((await serialIds(source.url, table)).filter((id) => id <= last));
    }
    expect((await queryRows<Count>(snapshot, "select count(*) as n from appointments"))[0]?.n).not.toBe(0);

    const quiet = join(dir, `${engine.name}-quiet.backup`);
    await store.backup(quiet);
    const restored = await emptyDatabase();
    await restoreBackup(restored, quiet);
    const copy = await tableRows(restored);
    expect([...copy.tables.keys()].sort()).toEqual([...now.tables.keys()].sort());
    for (const [table, rows] of now.tables) expect(copy.tables.get(table), table).toEqual(rows);
    await expectNothingHalfWritten(restored);
  }, 180_000);
});
