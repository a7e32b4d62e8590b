// Scale: the store's real agenda, reminder-outbox and audit queries on PostgreSQL with 1 000 000 appointments,
// 10 000 000 audit rows and 1 000 000 reminder deliveries (generated inside the database), against a `select 1`
// round trip measured in the same run. Goal: ≤ 50 ms per query. Prints EXPLAIN ANALYZE plans of the SQL the
// store actually sent. Runs in its own database on TEST_POSTGRES_URL's server, dropped afterwards.
import { performance } from "node:perf_hooks";
import { writeBenchReport } from "@weerbaar/testing/bench";
import { createTestDatabase } from "@weerbaar/testing/postgres";
import pg from "pg";
import { openStore, type Store } from "../src/index.ts";

const GOAL_MS = 50;
const RUNS = 20;
const NOW = new Date("2026-11-25T12:00:00Z");
const ctx = { actorId: "staff-001", channel: "bench" };
// Run through run.mjs, this file executes from a bundle in .cache/run: find the repository from the working directory.

type Result = {
  metric: string;
  unit: string;
  p50: number;
  p99: number;
  baselineP50?: number;
  ratio?: number;
  goal?: string;
  met?: boolean;
};

const write = (report: object) => writeBenchReport("store-scale", report);

if (!process.env.TEST_POSTGRES_URL) {
  console.log("store scale benchmark skipped: TEST_POSTGRES_URL is not set");
  write({ name: "store-scale", skipped: "TEST_POSTGRES_URL is not set", results: [] });
  process.exit(0);
}

// Capture the SQL the store sends, to EXPLAIN exactly that.
const captured: { text: string; values: unknown[] }[] = [];
let capturing = false;
const originalQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const [config, values] = args as [unknown, unknown];
  if (capturing) {
    if (typeof config === "string")
      captured.push({ text: config, values: Array.isArray(values) ? values : [] });
    else if (config && typeof config === "object" && "text" in config) {
      const c = config as { text: string; values?: unknown[] };
      captured.push({ text: c.text, values: c.values ?? (Array.isArray(values) ? values : []) });
    }
  }
  return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
} as typeof pg.Client.prototype.query;

const database = await createTestDatabase("bench_scale");
const admin = new pg.Client({ connectionString: database.url });
const timings: Record<string, number> = {};
const step = async (label: string, sql: string) => {
  const started = performance.now();
  await admin.query(sql);
  timings[label] = Math.round(performance.now() - started);
  console.log(`  ${label}: ${(timings[label] / 1000).toFixed(1)} s`);
};

try {
  const store = await openStore(database.url, { now: () => NOW });
  await admin.connect();
  console.log("generating data (inside PostgreSQL)…");
  await step(
    "staff (50)",
    `insert into staff (id, display_name, role, created_at, updated_at)
     select 'staff-' || lpad(g::text, 3, '0'), 'Medewerker ' || g, 'advisor', now(), now() from generate_series(1, 50) g`,
  );
  await step(
    "appointments (1 000 000)",
    `with codes as (select array_agg(code order by code) as c from bodies)
     insert into appointments (id, body_code, organizer_id, location, start_at, end_at, status, notes, cancel_reason, sequence, created_at, updated_at)
     select 'ap-' || g, codes.c[1 + g % 354], 'staff-' || lpad((1 + g % 50)::text, 3, '0'), 'Gemeentehuis',
            timestamptz '2016-01-27 08:00Z' + g * interval '6 minutes',
            timestamptz '2016-01-27 09:00Z' + g * interval '6 minutes',
            case when g % 20 = 0 then 'cancelled' when timestamptz '2016-01-27 08:00Z' + g * interval '6 minutes' < '${NOW.toISOString()}' then 'held' else 'confirmed' end,
            null, null, 0,
            timestamptz '2016-01-20 08:00Z' + g * interval '6 minutes', timestamptz '2016-01-20 08:00Z' + g * interval '6 minutes'
     from generate_series(1, 1000000) g, codes`,
  );
  await step(
    "appointment attendees (300 000)",
    `insert into appointment_attendees (appointment_id, position, type, contact_id, staff_id)
     select 'ap-' || g, 0, 'staff', null, 'staff-' || lpad((1 + (g * 7) % 50)::text, 3, '0')
     from generate_series(1, 1000000) g where g % 10 < 3`,
  );
  await step(
    "audit rows (10 000 000)",
    `insert into audit_log (at, actor_id, channel, action, entity_type, entity_id, details)
     select timestamptz '2017-05-01Z' + g * interval '30 seconds', 'staff-' || lpad((1 + g % 50)::text, 3, '0'),
            'teams', (array['appointment.booked','survey.recorded','delivery.sent','delivery.claimed'])[1 + g % 4],
            (array['appointment','body','delivery','delivery'])[1 + g % 4], 'e-' || (g % 2000000), '{}'
     from generate_series(1, 10000000) g`,
  );
  await step(
    "reminder deliveries (1 000 000: 9.5 years sent, 0.5 % overdue, one week ahead pending)",
    `insert into reminder_deliveries (id, key, platform, channel_id, due_at, status, attempts, next_attempt_at, claimed_by, claimed_until,
                                      platform_message_id, sent_at, late, payload, last_error, created_at, updated_at)
     select 'd-' || g, 'k-' || g, 'teams', 'c-' || (g % 100), due, status, case when status = 'sent' then 1 else 0 end, due,
            null, null, case when status = 'sent' then 'm-' || g end, case when status = 'sent' then due end, 0, '{}', null, due, due
     from (select g, timestamptz '${NOW.toISOString()}' + interval '7 days' - (1000000 - g) * interval '5 minutes' as due,
                  case when g % 200 = 0 then 'pending'
                       when timestamptz '${NOW.toISOString()}' + interval '7 days' - (1000000 - g) * interval '5 minutes' < '${NOW.toISOString()}' then 'sent'
                       else 'pending' end as status
           from generate_series(1, 1000000) g) s`,
  );
  await step("analyze", "analyze");

  const countOf = async (table: string) =>
    Number((await admin.query(`select count(*) as n from ${table}`)).rows[0]?.n ?? 0);
  const counts = {
    appointments: await countOf("appointments"),
    auditRows: await countOf("audit_log"),
    deliveries: await countOf("reminder_deliveries"),
    pendingDue: Number(
      (
        await admin.query(
          `select count(*) as n from reminder_deliveries where status = 'pending' and next_attempt_at <= $1`,
          [NOW],
        )
      ).rows[0]?.n,
    ),
  };
  console.log("rows:", counts);

  const percentile = (sorted: number[], p: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
  const time = async (run: () => Promise<unknown>) => {
    for (let warm = 0; warm < 3; warm++) await run();
    const samples: number[] = [];
    for (let n = 0; n < RUNS; n++) {
      const started = performance.now();
      await run();
      samples.push(performance.now() - started);
    }
    samples.sort((a, b) => a - b);
    return { p50: percentile(samples, 50), p99: percentile(samples, 99) };
  };

  const week = (iso: string) => ({
    from: new Date(iso),
    to: new Date(new Date(iso).getTime() + 7 * 86_400_000),
  });
  const thisWeek = week("2026-11-23T00:00:00Z");
  const pastWeek = week("2021-03-01T00:00:00Z");
  type Case = { metric: string; run: (s: Store) => Promise<{ length: number }> };
  const cases: Case[] = [
    {
      metric: "agenda: one advisor, this week (appointments.list {from,to,staffId})",
      run: (s) => s.appointments.list({ ...thisWeek, staffId: "staff-007" }),
    },
    {
      metric: "agenda: one advisor, a week in 2021",
      run: (s) => s.appointments.list({ ...pastWeek, staffId: "staff-007" }),
    },
    {
      metric: "agenda: whole team, this week (appointments.list {from,to})",
      run: (s) => s.appointments.list(thisWeek),
    },
    {
      metric: "due reminders: deliveries.claim (limit 10, with audit rows)",
      run: (s) => s.deliveries.claim({ workerId: "bench", limit: 10 }, ctx),
    },
    {
      metric: "due reminders: deliveries.list {status: pending, limit 50}",
      run: (s) => s.deliveries.list({ status: "pending", limit: 50 }),
    },
    {
      metric: "audit: one appointment's history (audit.list {entityType, entityId})",
      run: (s) => s.audit.list({ entityType: "appointment", entityId: "e-123456" }),
    },
    {
      metric: "audit: one advisor's latest 100 (audit.list {actorId})",
      run: (s) => s.audit.list({ actorId: "staff-007" }),
    },
  ];

  const baseline = await time(() => admin.query("select 1"));
  console.log(`baseline select 1: p50 ${baseline.p50.toFixed(2)} ms, p99 ${baseline.p99.toFixed(2)} ms`);
  const results: Result[] = [];
  const plans: Record<string, string[]> = {};

  /** Times every case on `target`, records EXPLAIN ANALYZE of the SQL the store sent (transaction rolled back). */
  const measureAll = async (target: Store, phase: string) => {
    console.log(`\n${phase}`);
    for (const c of cases) {
      const measured = await time(() => c.run(target));
      captured.length = 0;
      capturing = true;
      const rows = (await c.run(target)).length;
      capturing = false;
      const statements = captured.filter(
        (q) => /^\s*(select|update|with)/i.test(q.text) && !/^\s*select 1\b/i.test(q.text),
      );
      const key = `${c.metric} [${phase}]`;
      plans[key] = [];
      await admin.query("begin");
      for (const statement of statements) {
        const explained = await admin.query(`explain (analyze, buffers) ${statement.text}`, statement.values);
        plans[key]?.push(
          `-- ${statement.text}\n-- params: ${JSON.stringify(statement.values).slice(0, 300)}\n${explained.rows.map((r) => r["QUERY PLAN"]).join("\n")}`,
        );
      }
      await admin.query("rollback");
      report(`${c.metric} → ${rows} rows [${phase}]`, measured);
    }
  };
  const report = (metric: string, measured: { p50: number; p99: number }) => {
    const met = measured.p50 <= GOAL_MS;
    results.push({
      metric,
      unit: "ms",
      p50: measured.p50,
      p99: measured.p99,
      baselineP50: baseline.p50,
      ratio: measured.p50 / baseline.p50,
      goal: `p50 ≤ ${GOAL_MS} ms`,
      met,
    });
    console.log(
      `${metric.padEnd(96)} p50 ${measured.p50.toFixed(2).padStart(8)} ms  p99 ${measured.p99.toFixed(2).padStart(8)} ms  ×${(measured.p50 / baseline.p50).toFixed(1)} of select 1  ${met ? "goal met" : "GOAL MISSED"}`,
    );
  };

  // The store as shipped: JIT off, the 24-hour bound on agenda queries and the indexes of migration 0003.
  await measureAll(store, "schema as migrated");

  for (const [metric, list] of Object.entries(plans)) {
    console.log(`\n=== EXPLAIN ANALYZE: ${metric}`);
    for (const plan of list) console.log(plan);
  }
  write({
    name: "store-scale",
    description: "PostgreSQL, 1M appointments, 10M audit rows, 1M deliveries; store's own queries",
    command: "pnpm --filter @weerbaar/store bench",
    at: new Date().toISOString(),
    counts,
    generationMs: timings,
    baseline: { metric: "select 1 round trip", unit: "ms", ...baseline },
    results,
    plans,
  });
  await store.close();
} finally {
  await admin.end().catch(() => {});
  await database.drop();
}
