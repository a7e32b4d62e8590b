import { randomUUID } from "node:crypto";
import { FollowUpTask, findBodyByCode } from "@weerbaar/domain";
import type { Selectable } from "kysely";
import {
  assertWriteContext,
  type Executor,
  fromStored,
  inTransaction,
  toStored,
  type WriteContext,
  writeAudit,
} from "../engine/context.ts";
import type { Database } from "../engine/schema.ts";
import { StoreValidationError } from "../errors.ts";
import { storedBodyCode } from "./body-code.ts";

/** A follow-up task to add: the store assigns the id, the author (from the WriteContext) and the time. */
export type FollowUpInput = { bodyCode: string; dueOn: string; note?: string };

/** Filters for listing follow-up tasks; all optional. */
export type FollowUpFilter = {
  bodyCode?: string /** Due on or before this day (`YYYY-MM-DD`). */;
  dueBy?: string;
};

/** What the team has to do for a body by a day, e.g. call back in mid-November. */
export interface FollowUpsRepository {
  /** Adds a task with its audit row; returns it. */
  add(input: FollowUpInput, ctx: WriteContext): Promise<FollowUpTask>;
  /** Tasks matching the filter, soonest due first (equal days in the order they were added). */
  list(filter?: FollowUpFilter): Promise<FollowUpTask[]>;
}

function toTask(row: Selectable<Database["followUps"]>): FollowUpTask {
  return {
    id: row.id,
    bodyCode: row.bodyCode,
    dueOn: row.dueOn,
    ...(row.note !== null ? { note: row.note } : {}),
    createdBy: row.createdBy,
    createdAt: fromStored(row.createdAt),
  };
}

/** The follow-ups repository over an executor. */
export function followUpsRepository(exec: Executor): FollowUpsRepository {
  return {
    async add(input, ctx) {
      assertWriteContext(ctx);
      const body = findBodyByCode(input.bodyCode);
      if (!body) throw new StoreValidationError(`unknown body code ${input.bodyCode}`);
      const parsed = FollowUpTask.safeParse({
        id: randomUUID(),
        bodyCode: body.code,
        dueOn: input.dueOn,
        ...(input.note !== undefined ? { note: input.note } : {}),
        createdBy: ctx.actorId,
        createdAt: exec.now(),
      });
      if (!parsed.success)
        throw new StoreValidationError(parsed.error.issues.map((i) => i.message).join("; "));
      const task = parsed.data;
      return inTransaction(exec, async (tx) => {
        await tx
          .insertInto("followUps")
          .values({
            id: task.id,
            bodyCode: task.bodyCode,
            dueOn: task.dueOn,
            note: task.note ?? null,
            createdBy: task.createdBy,
            createdAt: toStored(task.createdAt),
          })
          .execute();
        // Audited on the body, like its outreach: a body's history shows the task beside the call it came from.
        await writeAudit(tx, exec, ctx, {
          action: "follow_up.added",
          entityType: "body",
          entityId: task.bodyCode,
          details: { followUpId: task.id, dueOn: task.dueOn },
        });
        return task;
      });
    },

    async list(filter = {}) {
      let query = exec.db.selectFrom("followUps").selectAll();
      if (filter.bodyCode) query = query.where("bodyCode", "=", storedBodyCode(filter.bodyCode));
      if (filter.dueBy) query = query.where("dueOn", "<=", filter.dueBy);
      const rows = await query.orderBy("dueOn").orderBy("createdAt").orderBy("id").execute();
      return rows.map(toTask);
    },
  };
}
