import { DEMO_ACTOR_ID, DEMO_EMAIL_DOMAIN } from "@weerbaar/domain";
import type { ExpressionBuilder, Kysely, Transaction } from "kysely";
import { serializeWriters } from "../engine/commit-order.ts";
import { type Executor, inTransaction, type WriteContext, writeAudit } from "../engine/context.ts";
import { bumpReadVersion } from "../engine/read-cache.ts";
import type { Database } from "../engine/schema.ts";
import { StoreValidationError } from "../errors.ts";

/** How many demo rows each table holds (or a clear removed). */
export type DemoRowCounts = {
  surveyEvents: number;
  outreachEvents: number;
  contacts: number;
  appointments: number;
  staff: number;
  auditEntries: number;
};

/**
 * The rows `demo load` wrote (see the marks in @weerbaar/domain): found by the demo author where a table records
 * one, contacts by the demo author of their `contact.added` audit row or their address on the demo domain.
 */
export interface DemoRepository {
  /** The demo rows per table; all zero when no demo data is present. */
  counts(): Promise<DemoRowCounts>;
  /**
   * Removes every demo row in one transaction, and with it what cannot outlive them: a demo meeting's attendees,
   * reschedules and outreach events (also those a colleague recorded on it), and the demo staff member as an
   * attendee of a real meeting. Real rows stay as they are, audit rows of colleagues' writes included. Writes one
   * `demo.cleared` audit row by `ctx` when anything was removed; returns what was removed.
   */
  clear(ctx: WriteContext): Promise<DemoRowCounts>;
}

type Db = Kysely<Database>;

const demoAppointmentIds = (db: Db) =>
  db.selectFrom("appointments").select("id").where("organizerId", "=", DEMO_ACTOR_ID);

const demoContactIds = (db: Db) =>
  db
    .selectFrom("auditLog")
    .select("entityId")
    .where("actorId", "=", DEMO_ACTOR_ID)
    .where("entityType", "=", "contact")
    .where("action", "=", "contact.added");

const isDemoContact = (db: Db) => (eb: ExpressionBuilder<Database, "contacts">) =>
  eb.or([
    eb("contacts.id", "in", demoContactIds(db)),
    eb(eb.fn("lower", ["contacts.email"]), "like", `%@${DEMO_EMAIL_DOMAIN}`),
  ]);

const isDemoOutreach = (db: Db) => (eb: ExpressionBuilder<Database, "outreachEvents">) =>
  eb.or([
    eb("outreachEvents.recordedBy", "=", DEMO_ACTOR_ID),
    eb("outreachEvents.appointmentId", "in", demoAppointmentIds(db)),
  ]);

async function countRows(db: Db): Promise<DemoRowCounts> {
  const count = async (query: { executeTakeFirst(): Promise<{ n: number | string | bigint } | undefined> }) =>
    Number((await query.executeTakeFirst())?.n ?? 0);
  const [surveyEvents, outreachEvents, contacts, appointments, staff, auditEntries] = await Promise.all([
    count(
      db
        .selectFrom("surveyEvents")
        .select((eb) => eb.fn.countAll().as("n"))
        .where("recordedBy", "=", DEMO_ACTOR_ID),
    ),
    count(
      db
        .selectFrom("outreachEvents")
        .select((eb) => eb.fn.countAll().as("n"))
        .where(isDemoOutreach(db)),
    ),
    count(
      db
        .selectFrom("contacts")
        .select((eb) => eb.fn.countAll().as("n"))
        .where(isDemoContact(db)),
    ),
    count(
      db
        .selectFrom("appointments")
        .select((eb) => eb.fn.countAll().as("n"))
        .where("organizerId", "=", DEMO_ACTOR_ID),
    ),
    count(
      db
        .selectFrom("staff")
        .select((eb) => eb.fn.countAll().as("n"))
        .where("id", "=", DEMO_ACTOR_ID),
    ),
    count(
      db
        .selectFrom("auditLog")
        .select((eb) => eb.fn.countAll().as("n"))
        .where("actorId", "=", DEMO_ACTOR_ID),
    ),
  ]);
  return { surveyEvents, outreachEvents, contacts, appointments, staff, auditEntries };
}

const deleted = (result: { numDeletedRows: bigint }) => Number(result.numDeletedRows);

/** Deletes the demo rows in foreign-key order; contacts first, as finding them reads the demo audit rows. */
async function deleteDemoRows(tx: Transaction<Database>): Promise<DemoRowCounts> {
  const contacts = deleted(
    await tx.deleteFrom("contacts").where(isDemoContact(tx)).executeTakeFirstOrThrow(),
  );
  const outreachEvents = deleted(
    await tx.deleteFrom("outreachEvents").where(isDemoOutreach(tx)).executeTakeFirstOrThrow(),
  );
  await tx
    .deleteFrom("appointmentAttendees")
    .where((eb) =>
      eb.or([eb("appointmentId", "in", demoAppointmentIds(tx)), eb("staffId", "=", DEMO_ACTOR_ID)]),
    )
    .execute();
  await tx
    .deleteFrom("appointmentReschedules")
    .where("appointmentId", "in", demoAppointmentIds(tx))
    .execute();
  const appointments = deleted(
    await tx.deleteFrom("appointments").where("organizerId", "=", DEMO_ACTOR_ID).executeTakeFirstOrThrow(),
  );
  const surveyEvents = deleted(
    await tx.deleteFrom("surveyEvents").where("recordedBy", "=", DEMO_ACTOR_ID).executeTakeFirstOrThrow(),
  );
  await tx.deleteFrom("staffIdentities").where("staffId", "=", DEMO_ACTOR_ID).execute();
  await tx.deleteFrom("calendarTokens").where("staffId", "=", DEMO_ACTOR_ID).execute();
  const staff = deleted(
    await tx.deleteFrom("staff").where("id", "=", DEMO_ACTOR_ID).executeTakeFirstOrThrow(),
  );
  const auditEntries = deleted(
    await tx.deleteFrom("auditLog").where("actorId", "=", DEMO_ACTOR_ID).executeTakeFirstOrThrow(),
  );
  return { surveyEvents, outreachEvents, contacts, appointments, staff, auditEntries };
}

/** The demo repository over an executor. */
export function demoRepository(exec: Executor): DemoRepository {
  return {
    counts: () => countRows(exec.db),

    async clear(ctx) {
      if (ctx.actorId === DEMO_ACTOR_ID) {
        throw new StoreValidationError(`the demo author (${DEMO_ACTOR_ID}) cannot clear the demo data`);
      }
      return inTransaction(exec, async (tx) => {
        // The lock order of engine/commit-order.ts (survey, then outreach), before any row lock.
        await serializeWriters(tx, exec, "surveyEvents");
        await serializeWriters(tx, exec, "outreachEvents");
        const removed = await deleteDemoRows(tx);
        if (Object.values(removed).every((n) => n === 0)) return removed;
        await bumpReadVersion(tx, "survey");
        await bumpReadVersion(tx, "staff");
        await writeAudit(tx, exec, ctx, {
          action: "demo.cleared",
          entityType: "demo",
          entityId: DEMO_ACTOR_ID,
          details: removed,
        });
        return removed;
      });
    },
  };
}
