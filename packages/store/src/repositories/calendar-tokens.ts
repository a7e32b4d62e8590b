import { createHash, randomBytes, randomUUID } from "node:crypto";
import { type Executor, inTransaction, toStored, type WriteContext, writeAudit } from "../engine/context.ts";
import { NotFoundError } from "../errors.ts";

function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Secret tokens in calendar feed URLs; only their sha-256 is stored, so the database never holds a usable token. */
export interface CalendarTokensRepository {
  /** Issues a new token for a staff member and revokes their previous ones; returns the token (shown once). */
  rotate(staffId: string, ctx: WriteContext): Promise<string>;
  /** The staff id a token belongs to, or undefined when unknown or revoked. */
  verify(token: string): Promise<string | undefined>;
  /** Revokes all tokens of a staff member; returns how many were active. */
  revoke(staffId: string, ctx: WriteContext): Promise<number>;
}

/** The calendar tokens repository over an executor. */
export function calendarTokensRepository(exec: Executor): CalendarTokensRepository {
  return {
    async rotate(staffId, ctx) {
      return inTransaction(exec, async (tx) => {
        const staff = await tx.selectFrom("staff").select("id").where("id", "=", staffId).executeTakeFirst();
        if (!staff) throw new NotFoundError("staff", staffId);
        const at = toStored(exec.now());
        await tx
          .updateTable("calendarTokens")
          .set({ revokedAt: at })
          .where("staffId", "=", staffId)
          .where("revokedAt", "is", null)
          .execute();
        const token = randomBytes(32).toString("base64url");
        const id = randomUUID();
        await tx
          .insertInto("calendarTokens")
          .values({ id, staffId, tokenHash: hashToken(token), createdAt: at })
          .execute();
        await writeAudit(tx, exec, ctx, {
          action: "calendar_token.rotated",
          entityType: "staff",
          entityId: staffId,
          details: { tokenId: id },
        });
        return token;
      });
    },

    async verify(token) {
      const row = await exec.db
        .selectFrom("calendarTokens")
        .select("staffId")
        .where("tokenHash", "=", hashToken(token))
        .where("revokedAt", "is", null)
        .executeTakeFirst();
      return row?.staffId;
    },

    async revoke(staffId, ctx) {
      return inTransaction(exec, async (tx) => {
        const result = await tx
          .updateTable("calendarTokens")
          .set({ revokedAt: toStored(exec.now()) })
          .where("staffId", "=", staffId)
          .where("revokedAt", "is", null)
          .executeTakeFirst();
        const count = Number(result.numUpdatedRows);
        await writeAudit(tx, exec, ctx, {
          action: "calendar_token.revoked",
          entityType: "staff",
          entityId: staffId,
          details: { count },
        });
        return count;
      });
    },
  };
}
