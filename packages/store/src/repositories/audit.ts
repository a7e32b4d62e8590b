import { type Executor, fromStored } from "../engine/context.ts";

/** One audit row: who changed what, when, through which channel. */
export type AuditEntry = {
  id: number;
  at: Date;
  actorId: string;
  channel: string;
  action: string;
  entityType: string;
  entityId: string;
  details: Record<string, unknown>;
};

/** Filters for the audit log; all optional. `limit` defaults to 100. */
export type AuditFilter = {
  entityType?: string;
  entityId?: string;
  actorId?: string;
  action?: string;
  since?: Date;
  limit?: number;
};

/** The audit log; written only by the repositories, inside each write's transaction. */
export interface AuditRepository {
  /** Entries matching the filter, newest first. */
  list(filter?: AuditFilter): Promise<AuditEntry[]>;
}

/** The audit repository over an executor. */
export function auditRepository(exec: Executor): AuditRepository {
  return {
    async list(filter = {}) {
      let query = exec.db.selectFrom("auditLog").selectAll();
      if (filter.entityType) query = query.where("entityType", "=", filter.entityType);
      if (filter.entityId) query = query.where("entityId", "=", filter.entityId);
      if (filter.actorId) query = query.where("actorId", "=", filter.actorId);
      if (filter.action) query = query.where("action", "=", filter.action);
      if (filter.since) query = query.where("at", ">=", filter.since.toISOString());
      const rows = await query
        .orderBy("id", "desc")
        .limit(filter.limit ?? 100)
        .execute();
      return rows.map((row) => ({
        id: row.id,
        at: fromStored(row.at),
        actorId: row.actorId,
        channel: row.channel,
        action: row.action,
        entityType: row.entityType,
        entityId: row.entityId,
        details: JSON.parse(row.details) as Record<string, unknown>,
      }));
    },
  };
}
