import { findBodyByCode, OutreachEvent, type OutreachEventType } from "@weerbaar/domain";
import type { Transaction } from "kysely";
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
import type { Database } from "../engine/schema.ts";
import { StoreValidationError } from "../errors.ts";
import { storedBodyCode } from "./body-code.ts";

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** An outreach event to record: the author comes from the WriteContext, `occurredAt` defaults to now. */
export type OutreachInput = DistributiveOmit<OutreachEvent, "recordedBy" | "occurredAt"> & {
  occurredAt?: Date;
};

/** A stored outreach event with its id. */
export type StoredOutreachEvent = OutreachEvent & { id: number };

/** Filters for listing outreach events; all optional. */
export type OutreachFilter = { bodyCode?: string; type?: OutreachEventType; since?: Date; until?: Date };

/** The team's outreach history per body (letters, calls, meetings, support). */
export interface OutreachRepository {
  /** Records one event with its audit row; returns it. */
  record(input: OutreachInput, ctx: WriteContext): Promise<StoredOutreachEvent>;
  /**
   * Events matching the filter, oldest first by `occurredAt` (when it happened, as stated), events of the same
   * instant in commit order.
   */
  list(filter?: OutreachFilter): Promise<StoredOutreachEvent[]>;
}

/** Inserts an outreach event inside an open transaction (used by appointments to record meeting stages). */
export async function insertOutreachEvent(
  tx: Transaction<Database>,
  exec: Executor,
  input: OutreachInput,
  ctx: WriteContext,
): Promise<StoredOutreachEvent> {
  const body = findBodyByCode(input.bodyCode);
  if (!body) throw new StoreValidationError(`unknown body code ${input.bodyCode}`);
  const parsed = OutreachEvent.safeParse({
    ...input,
    bodyCode: body.code,
    occurredAt: input.occurredAt ?? exec.now(),
    recordedBy: ctx.actorId,
  });
  if (!parsed.success) throw new StoreValidationError(parsed.error.issues.map((i) => i.message).join("; "));
  await serializeWriters(tx, exec, "outreachEvents");
  const event = parsed.data;
  const { type, bodyCode, occurredAt, recordedBy, note, ...rest } = event;
  const appointmentId = "appointmentId" in rest ? (rest.appointmentId ?? null) : null;
  const details = { ...rest } as Record<string, unknown>;
  delete details.appointmentId;
  const inserted = await tx
    .insertInto("outreachEvents")
    .values({
      bodyCode,
      type,
      occurredAt: toStored(occurredAt),
      recordedBy,
      note: note ?? null,
      appointmentId,
      details: JSON.stringify(details),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await writeAudit(tx, exec, ctx, {
    action: "outreach.recorded",
    entityType: "body",
    entityId: bodyCode,
    details: { eventId: inserted.id, type },
  });
  return { ...event, id: inserted.id };
}

const eventsOfBody = prepareQuery((db, bodyCode: string) =>
  db
    .selectFrom("outreachEvents")
    .selectAll()
    .where("bodyCode", "=", bodyCode)
    .orderBy("occurredAt", "asc")
    .orderBy("id", "asc"),
);

/** The stored rows a filter selects; one body's whole history, the common ask, is a prepared query. */
function rowsMatching(exec: Executor, filter: OutreachFilter) {
  const bodyCode = filter.bodyCode && storedBodyCode(filter.bodyCode);
  if (bodyCode && !filter.type && !filter.since && !filter.until) return eventsOfBody(exec, bodyCode);
  let query = exec.db.selectFrom("outreachEvents").selectAll();
  if (bodyCode) query = query.where("bodyCode", "=", bodyCode);
  if (filter.type) query = query.where("type", "=", filter.type);
  if (filter.since) query = query.where("occurredAt", ">=", toStored(filter.since));
  if (filter.until) query = query.where("occurredAt", "<", toStored(filter.until));
  return query.orderBy("occurredAt", "asc").orderBy("id", "asc").execute();
}

/** The outreach repository over an executor. */
export function outreachRepository(exec: Executor): OutreachRepository {
  return {
    record(input, ctx) {
      return inTransaction(exec, (tx) => insertOutreachEvent(tx, exec, input, ctx));
    },

    async list(filter = {}) {
      const rows = await rowsMatching(exec, filter);
      return rows.map((row) => {
        const details = JSON.parse(row.details) as Record<string, unknown>;
        const event = OutreachEvent.parse({
          type: row.type,
          bodyCode: row.bodyCode,
          occurredAt: fromStored(row.occurredAt),
          recordedBy: row.recordedBy,
          ...(row.note !== null ? { note: row.note } : {}),
          ...(row.appointmentId !== null ? { appointmentId: row.appointmentId } : {}),
          ...details,
        });
        return { ...event, id: row.id };
      });
    },
  };
}
