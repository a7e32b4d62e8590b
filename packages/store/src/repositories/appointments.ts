import { randomUUID } from "node:crypto";
import {
  type Appointment,
  Appointment as AppointmentSchema,
  type AppointmentStatus,
  type Attendee,
  findBodyByCode,
  MAX_MEETING_MS,
  type Reschedule,
} from "@weerbaar/domain";
import type { ExpressionBuilder, Kysely, Selectable, SelectQueryBuilder, Transaction } from "kysely";
import { serializeWriters } from "../engine/commit-order.ts";
import {
  type Executor,
  fromStored,
  inTransaction,
  toStored,
  type WriteContext,
  writeAudit,
} from "../engine/context.ts";
import { prepareQuery } from "../engine/prepared.ts";
import type { AppointmentsTable, Database } from "../engine/schema.ts";
import { NotFoundError, StoreValidationError } from "../errors.ts";
import { AppointmentConflictError, AppointmentStateError } from "./appointment-errors.ts";
import { storedBodyCode } from "./body-code.ts";
import { insertOutreachEvent } from "./outreach.ts";

/** A meeting to book; status defaults to confirmed. */
export type BookingInput = {
  bodyCode: string;
  organizerId: string;
  attendees?: Attendee[];
  location?: string;
  start: Date;
  end: Date;
  status?: Extract<AppointmentStatus, "proposed" | "confirmed">;
  notes?: string;
};

/** Overlaps the user has seen and accepted (ids of the conflicting appointments). */
export type ConflictOptions = { acceptedConflicts?: readonly string[] };

/** Filters for listing appointments: the time window is an overlap test; cancelled ones only on request. */
export type AppointmentFilter = {
  from?: Date;
  to?: Date;
  bodyCode?: string;
  staffId?: string;
  includeCancelled?: boolean;
};

/** Meetings with bodies: booking with conflict detection, rescheduling with history, cancelling, held. */
export interface AppointmentsRepository {
  /** Books a meeting, its audit row and a `meeting_planned` outreach event in one transaction; throws AppointmentConflictError on unaccepted overlaps. */
  book(input: BookingInput, ctx: WriteContext, options?: ConflictOptions): Promise<Appointment>;
  /** Moves a meeting, keeping the previous time in its history and bumping its sequence; same conflict rules as book. */
  reschedule(
    id: string,
    change: { start: Date; end: Date; reason?: string },
    ctx: WriteContext,
    options?: ConflictOptions,
  ): Promise<Appointment>;
  /** Cancels a meeting (sequence bumped so calendars update). */
  cancel(id: string, change: { reason?: string }, ctx: WriteContext): Promise<Appointment>;
  /** Marks a meeting held and records a `meeting_held` outreach event. */
  markHeld(id: string, ctx: WriteContext): Promise<Appointment>;
  /** One meeting with attendees and history, or undefined. */
  get(id: string): Promise<Appointment | undefined>;
  /** Meetings matching the filter, by start time. */
  list(filter?: AppointmentFilter): Promise<Appointment[]>;
}

type Db = Kysely<Database>;

/** Which appointments' details to load: a few ids, or the query that selects them (a week can be thousands). */
type AppointmentIds = readonly string[] | SelectQueryBuilder<Database, "appointments", { id: string }>;

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

/** What a loaded appointment needs (not the bookkeeping timestamps: every instant parsed costs in a long agenda). */
const appointmentColumns = [
  "id",
  "bodyCode",
  "organizerId",
  "location",
  "startAt",
  "endAt",
  "status",
  "notes",
  "cancelReason",
  "sequence",
] as const;

type AppointmentRow = Pick<Selectable<AppointmentsTable>, (typeof appointmentColumns)[number]>;

/** Up to this many appointments, their attendees are fetched by id; above it, by the query that selected them. */
const IDS_INLINE_LIMIT = 200;

async function loadAppointments(db: Db, ids: readonly string[]): Promise<Appointment[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom("appointments")
    .select(appointmentColumns)
    .where("id", "in", ids)
    .orderBy("startAt")
    .orderBy("id")
    .execute();
  return withDetails(db, rows, ids);
}

/** The appointments of `rows` with their attendees and reschedule history; `ids` selects the same appointments. */
async function withDetails(
  db: Db,
  rows: readonly AppointmentRow[],
  ids: AppointmentIds,
): Promise<Appointment[]> {
  if (rows.length === 0) return [];
  const attendees = groupBy(
    await db
      .selectFrom("appointmentAttendees")
      .selectAll()
      .where("appointmentId", "in", ids)
      .orderBy("appointmentId")
      .orderBy("position")
      .execute(),
    (a) => a.appointmentId,
  );
  const history = groupBy(
    await db
      .selectFrom("appointmentReschedules")
      .selectAll()
      .where("appointmentId", "in", ids)
      .orderBy("id")
      .execute(),
    (h) => h.appointmentId,
  );
  return rows.map((row) => ({
    id: row.id,
    bodyCode: row.bodyCode,
    organizerId: row.organizerId,
    attendees: (attendees.get(row.id) ?? []).map(
      (a): Attendee =>
        a.type === "staff"
          ? { type: "staff", staffId: a.staffId ?? "" }
          : { type: "contact", contactId: a.contactId ?? "" },
    ),
    ...(row.location !== null ? { location: row.location } : {}),
    start: fromStored(row.startAt),
    end: fromStored(row.endAt),
    status: row.status as AppointmentStatus,
    ...(row.notes !== null ? { notes: row.notes } : {}),
    ...(row.cancelReason !== null ? { cancelReason: row.cancelReason } : {}),
    history: (history.get(row.id) ?? []).map(
      (h): Reschedule => ({
        previousStart: fromStored(h.previousStart),
        previousEnd: fromStored(h.previousEnd),
        changedAt: fromStored(h.changedAt),
        changedBy: h.changedBy,
        ...(h.reason !== null ? { reason: h.reason } : {}),
      }),
    ),
    sequence: row.sequence,
  }));
}

async function loadOne(db: Db, id: string): Promise<Appointment> {
  const [appointment] = await loadAppointments(db, [id]);
  if (!appointment) throw new NotFoundError("appointment", id);
  return appointment;
}

/**
 * Locks a meeting's row for the rest of the transaction (PostgreSQL; SQLite's BEGIN IMMEDIATE already holds the
 * write lock), so a change reads the state the last committed change left: two concurrent reschedules then bump
 * the sequence twice, and a cancel cannot slip between a reschedule's read and its write.
 */
async function lockAppointment(tx: Transaction<Database>, exec: Executor, id: string): Promise<void> {
  if (exec.engine !== "postgres") return;
  await tx.selectFrom("appointments").select("id").where("id", "=", id).forUpdate().execute();
}

function staffOf(organizerId: string, attendees: readonly Attendee[]): string[] {
  const ids = new Set([organizerId]);
  for (const a of attendees) if (a.type === "staff") ids.add(a.staffId);
  return [...ids].sort();
}

/**
 * Locks the staff rows (PostgreSQL; SQLite's BEGIN IMMEDIATE already holds the write lock), then finds meetings of
 * those staff overlapping [start, end) and throws unless every one was accepted.
 */
async function assertNoConflicts(
  tx: Transaction<Database>,
  exec: Executor,
  slot: { staffIds: string[]; start: Date; end: Date; excludeId?: string },
  accepted: readonly string[],
): Promise<void> {
  const { staffIds } = slot;
  const lockQuery = tx.selectFrom("staff").select("id").where("id", "in", staffIds).orderBy("id");
  const locked =
    exec.engine === "postgres" ? await lockQuery.forUpdate().execute() : await lockQuery.execute();
  const missing = staffIds.filter((id) => !locked.some((row) => row.id === id));
  if (missing.length > 0) throw new StoreValidationError(`unknown staff member(s): ${missing.join(", ")}`);
  let query = tx
    .selectFrom("appointments")
    .select("id")
    .where("status", "!=", "cancelled")
    .where("startAt", "<", toStored(slot.end))
    .where("startAt", ">", toStored(earliestStartOverlapping(slot.start)))
    .where("endAt", ">", toStored(slot.start))
    .where("id", "in", (eb) =>
      appointmentsOfStaff(eb, staffIds, {
        startAfter: earliestStartOverlapping(slot.start),
        startBefore: slot.end,
      }),
    );
  if (slot.excludeId) query = query.where("id", "!=", slot.excludeId);
  const overlapping = await query.execute();
  const unaccepted = overlapping.map((r) => r.id).filter((id) => !accepted.includes(id));
  if (unaccepted.length > 0) throw new AppointmentConflictError(await loadAppointments(tx, unaccepted));
}

/** The appointments a list filter selects (bodyCode already canonical), before columns and order. */
function matching(db: Db, filter: AppointmentFilter) {
  let query = db.selectFrom("appointments");
  if (!filter.includeCancelled) query = query.where("status", "!=", "cancelled");
  if (filter.from) {
    query = query
      .where("endAt", ">", toStored(filter.from))
      .where("startAt", ">", toStored(earliestStartOverlapping(filter.from)));
  }
  if (filter.to) query = query.where("startAt", "<", toStored(filter.to));
  if (filter.bodyCode) query = query.where("bodyCode", "=", filter.bodyCode);
  const staffId = filter.staffId;
  if (staffId) {
    const window = {
      ...(filter.from ? { startAfter: earliestStartOverlapping(filter.from) } : {}),
      ...(filter.to ? { startBefore: filter.to } : {}),
    };
    query = query.where("id", "in", (eb) => appointmentsOfStaff(eb, [staffId], window));
  }
  return query;
}

/** A body's meetings not yet over and not cancelled, the status page's question; as `matching` would ask it. */
const upcomingOfBody = prepareQuery((db, endAfter: string, startAfter: string, bodyCode: string) =>
  db
    .selectFrom("appointments")
    .where("status", "!=", "cancelled")
    .where("endAt", ">", endAfter)
    .where("startAt", ">", startAfter)
    .where("bodyCode", "=", bodyCode)
    .select(appointmentColumns)
    .orderBy("startAt")
    .orderBy("id"),
);

/** A meeting overlapping `instant` started after this: meetings last at most MAX_MEETING_MS (an index bound). */
function earliestStartOverlapping(instant: Date): Date {
  return new Date(instant.getTime() - MAX_MEETING_MS - 1);
}

/** Start bounds of a time window, repeated inside each branch of the staff union so both use an index. */
type StartWindow = { startAfter?: Date; startBefore?: Date };

/** Ids of the appointments staff organise or attend in the window, as a union of two index lookups. */
function appointmentsOfStaff(
  eb: ExpressionBuilder<Database, "appointments">,
  staffIds: readonly string[],
  window: StartWindow = {},
) {
  const ids = [...staffIds];
  let organised = eb
    .selectFrom("appointments as organised")
    .select("organised.id")
    .where("organised.organizerId", "in", ids);
  let attended = eb
    .selectFrom("appointmentAttendees")
    .innerJoin("appointments as attendedOne", "attendedOne.id", "appointmentAttendees.appointmentId")
    .select("appointmentAttendees.appointmentId as id")
    .where("appointmentAttendees.staffId", "in", ids);
  if (window.startAfter) {
    organised = organised.where("organised.startAt", ">", toStored(window.startAfter));
    attended = attended.where("attendedOne.startAt", ">", toStored(window.startAfter));
  }
  if (window.startBefore) {
    organised = organised.where("organised.startAt", "<", toStored(window.startBefore));
    attended = attended.where("attendedOne.startAt", "<", toStored(window.startBefore));
  }
  return organised.union(attended);
}

function validate(candidate: Appointment): Appointment {
  const parsed = AppointmentSchema.safeParse(candidate);
  if (!parsed.success) throw new StoreValidationError(parsed.error.issues.map((i) => i.message).join("; "));
  const body = findBodyByCode(parsed.data.bodyCode);
  if (!body) throw new StoreValidationError(`unknown body code ${parsed.data.bodyCode}`);
  return { ...parsed.data, bodyCode: body.code };
}

/** The appointments repository over an executor. */
export function appointmentsRepository(exec: Executor): AppointmentsRepository {
  return {
    async book(input, ctx, options = {}) {
      const appointment = validate({
        id: randomUUID(),
        bodyCode: input.bodyCode,
        organizerId: input.organizerId,
        attendees: input.attendees ?? [],
        ...(input.location !== undefined ? { location: input.location } : {}),
        start: input.start,
        end: input.end,
        status: input.status ?? "confirmed",
        ...(input.notes !== undefined ? { notes: input.notes } : {}),
        history: [],
        sequence: 0,
      });
      return inTransaction(exec, async (tx) => {
        // The outreach event's lock before the staff rows': the lock order of engine/commit-order.ts.
        await serializeWriters(tx, exec, "outreachEvents");
        await assertNoConflicts(
          tx,
          exec,
          {
            staffIds: staffOf(appointment.organizerId, appointment.attendees),
            start: appointment.start,
            end: appointment.end,
          },
          options.acceptedConflicts ?? [],
        );
        const at = toStored(exec.now());
        await tx
          .insertInto("appointments")
          .values({
            id: appointment.id,
            bodyCode: appointment.bodyCode,
            organizerId: appointment.organizerId,
            location: appointment.location ?? null,
            startAt: toStored(appointment.start),
            endAt: toStored(appointment.end),
            status: appointment.status,
            notes: appointment.notes ?? null,
            cancelReason: null,
            sequence: 0,
            createdAt: at,
            updatedAt: at,
          })
          .execute();
        if (appointment.attendees.length > 0) {
          await tx
            .insertInto("appointmentAttendees")
            .values(
              appointment.attendees.map((a, position) => ({
                appointmentId: appointment.id,
                position,
                type: a.type,
                contactId: a.type === "contact" ? a.contactId : null,
                staffId: a.type === "staff" ? a.staffId : null,
              })),
            )
            .execute();
        }
        await writeAudit(tx, exec, ctx, {
          action: "appointment.booked",
          entityType: "appointment",
          entityId: appointment.id,
          details: {
            bodyCode: appointment.bodyCode,
            start: appointment.start.toISOString(),
            end: appointment.end.toISOString(),
            acceptedConflicts: options.acceptedConflicts ?? [],
          },
        });
        await insertOutreachEvent(
          tx,
          exec,
          { type: "meeting_planned", bodyCode: appointment.bodyCode, appointmentId: appointment.id },
          ctx,
        );
        return loadOne(tx, appointment.id);
      });
    },

    async reschedule(id, change, ctx, options = {}) {
      return inTransaction(exec, async (tx) => {
        await lockAppointment(tx, exec, id);
        const current = await loadOne(tx, id);
        if (current.status === "cancelled" || current.status === "held") {
          throw new AppointmentStateError(`appointment ${id} is ${current.status} and cannot be rescheduled`);
        }
        validate({ ...current, start: change.start, end: change.end });
        await assertNoConflicts(
          tx,
          exec,
          {
            staffIds: staffOf(current.organizerId, current.attendees),
            start: change.start,
            end: change.end,
            excludeId: id,
          },
          options.acceptedConflicts ?? [],
        );
        const at = toStored(exec.now());
        await tx
          .insertInto("appointmentReschedules")
          .values({
            appointmentId: id,
            previousStart: toStored(current.start),
            previousEnd: toStored(current.end),
            changedAt: at,
            changedBy: ctx.actorId,
            reason: change.reason ?? null,
          })
          .execute();
        await tx
          .updateTable("appointments")
          .set({
            startAt: toStored(change.start),
            endAt: toStored(change.end),
            sequence: current.sequence + 1,
            updatedAt: at,
          })
          .where("id", "=", id)
          .execute();
        await writeAudit(tx, exec, ctx, {
          action: "appointment.rescheduled",
          entityType: "appointment",
          entityId: id,
          details: {
            from: { start: current.start.toISOString(), end: current.end.toISOString() },
            to: { start: change.start.toISOString(), end: change.end.toISOString() },
            reason: change.reason,
          },
        });
        return loadOne(tx, id);
      });
    },

    async cancel(id, change, ctx) {
      return inTransaction(exec, async (tx) => {
        await lockAppointment(tx, exec, id);
        const current = await loadOne(tx, id);
        if (current.status === "cancelled" || current.status === "held") {
          throw new AppointmentStateError(`appointment ${id} is ${current.status} and cannot be cancelled`);
        }
        await tx
          .updateTable("appointments")
          .set({
            status: "cancelled",
            cancelReason: change.reason ?? null,
            sequence: current.sequence + 1,
            updatedAt: toStored(exec.now()),
          })
          .where("id", "=", id)
          .execute();
        await writeAudit(tx, exec, ctx, {
          action: "appointment.cancelled",
          entityType: "appointment",
          entityId: id,
          details: { reason: change.reason },
        });
        return loadOne(tx, id);
      });
    },

    async markHeld(id, ctx) {
      return inTransaction(exec, async (tx) => {
        await serializeWriters(tx, exec, "outreachEvents");
        await lockAppointment(tx, exec, id);
        const current = await loadOne(tx, id);
        if (current.status === "cancelled") {
          throw new AppointmentStateError(`appointment ${id} was cancelled and cannot be held`);
        }
        if (current.status === "held") return current;
        await tx
          .updateTable("appointments")
          .set({ status: "held", updatedAt: toStored(exec.now()) })
          .where("id", "=", id)
          .execute();
        await writeAudit(tx, exec, ctx, {
          action: "appointment.held",
          entityType: "appointment",
          entityId: id,
        });
        await insertOutreachEvent(
          tx,
          exec,
          { type: "meeting_held", bodyCode: current.bodyCode, appointmentId: id, occurredAt: current.start },
          ctx,
        );
        return loadOne(tx, id);
      });
    },

    async get(id) {
      const [appointment] = await loadAppointments(exec.db, [id]);
      return appointment;
    },

    async list(filter = {}) {
      const bodyCode = filter.bodyCode && storedBodyCode(filter.bodyCode);
      const query = () => matching(exec.db, { ...filter, ...(bodyCode ? { bodyCode } : {}) });
      const rows =
        bodyCode && filter.from && !filter.to && !filter.staffId && !filter.includeCancelled
          ? await upcomingOfBody(
              exec,
              toStored(filter.from),
              toStored(earliestStartOverlapping(filter.from)),
              bodyCode,
            )
          : await query().select(appointmentColumns).orderBy("startAt").orderBy("id").execute();
      // Thousands of bound ids make PostgreSQL scan every attendee; the selecting query lets it probe the key.
      const ids = rows.length <= IDS_INLINE_LIMIT ? rows.map((r) => r.id) : query().select("id");
      return withDetails(exec.db, rows, ids);
    },
  };
}
