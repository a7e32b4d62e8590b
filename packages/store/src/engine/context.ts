import type { Kysely, Transaction } from "kysely";
import type { ReadCache } from "./read-cache.ts";
import type { Database } from "./schema.ts";

/** The two supported database engines. */
export type Engine = "sqlite" | "postgres";

/** Who makes a change and through which channel (teams, matrix, console, cli, system…); recorded in the audit log. */
export type WriteContext = { actorId: string; channel: string };

/** What every repository needs: a connection or an open transaction, the engine and the clock. */
export type Executor = {
  db: Kysely<Database>;
  engine: Engine;
  now: () => Date;
  /** The store's in-memory copies of whole-table reads (bypassed inside transactions). */
  reads: ReadCache;
};

/** Runs `fn` in the executor's transaction, or opens one when none is open. */
export async function inTransaction<T>(
  exec: Executor,
  fn: (tx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  if (exec.db.isTransaction) return fn(exec.db as Transaction<Database>);
  return exec.db.transaction().execute(fn);
}

/** An instant as stored: ISO-8601 in UTC with a Z, which also sorts correctly as SQLite text. */
export function toStored(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError("invalid date");
  return date.toISOString();
}

/** A stored instant back as a Date (PostgreSQL gives a Date, SQLite the ISO string). */
export function fromStored(value: Date | string): Date {
  return value instanceof Date ? new Date(value.getTime()) : new Date(value);
}

/** A nullable stored instant back as a Date or undefined. */
export function fromStoredOptional(value: Date | string | null): Date | undefined {
  return value === null ? undefined : fromStored(value);
}

/** `null` from the database as `undefined` in the model. */
export function optional<T>(value: T | null): T | undefined {
  return value === null ? undefined : value;
}

/** An audit entry to write. */
export type AuditInput = { action: string; entityType: string; entityId: string; details?: unknown };

/** Writes the audit row of a change; call it inside the change's transaction. */
export async function writeAudit(
  tx: Transaction<Database>,
  exec: Executor,
  ctx: WriteContext,
  entry: AuditInput,
): Promise<void> {
  assertWriteContext(ctx);
  await tx
    .insertInto("auditLog")
    .values({
      at: toStored(exec.now()),
      actorId: ctx.actorId,
      channel: ctx.channel,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      details: JSON.stringify(entry.details ?? {}),
    })
    .execute();
}

/** Refuses anonymous writes: every change must be attributable. */
export function assertWriteContext(ctx: WriteContext): void {
  if (!ctx || typeof ctx.actorId !== "string" || ctx.actorId.trim() === "") {
    throw new TypeError("a write needs a WriteContext with an actorId");
  }
  if (typeof ctx.channel !== "string" || ctx.channel.trim() === "") {
    throw new TypeError("a write needs a WriteContext with a channel");
  }
}
