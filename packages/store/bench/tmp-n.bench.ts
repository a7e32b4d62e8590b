import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Sqlite from "better-sqlite3";
import { openStore } from "../src/index.ts";
const file = join(mkdtempSync(join(tmpdir(), "q-")), "w.db");
const store = await openStore(`sqlite:${file}`); await store.close();
const db = new Sqlite(file); db.pragma("journal_mode = WAL"); db.pragma("synchronous = NORMAL");
const N = 100000;
function time(label: string, sql: string, params: unknown[]) {
  const st = db.prepare(sql);
  for (let i = 0; i < 5000; i++) st.all(...params);
  const t = performance.now();
  for (let i = 0; i < N; i++) st.all(...params);
  console.log(label.padEnd(28), ((performance.now() - t) / N * 1000).toFixed(2), "µs");
}
time("select 1", "select 1", []);
time("version", "select version from read_versions where topic = ?", ["survey"]);
time("conversation", "select state, expires_at from conversations where id = ?", ["x"]);
time("history", "select * from survey_events where body_code = ? order by recorded_at, id", ["GM1640"]);
time("outreach", "select * from outreach_events where body_code = ? order by occurred_at, id", ["GM1640"]);
time("contacts", "select * from contacts where body_code = ? order by name", ["GM1640"]);
time("appointments", "select * from appointments where status != 'cancelled' and body_code = ? and end_at > ? and start_at > ? order by start_at, id", ["GM1640", "2026", "2026"]);
db.exec("begin");
time("version in tx", "select version from read_versions where topic = ?", ["survey"]);
db.exec("commit");
