import { randomUUID } from "node:crypto";
import { type ChatIdentity, StaffMember, type StaffRole } from "@weerbaar/domain";
import type { Kysely } from "kysely";
import { type Executor, inTransaction, toStored, type WriteContext, writeAudit } from "../engine/context.ts";
import { bumpReadVersion } from "../engine/read-cache.ts";
import type { Database, StaffIdentitiesTable } from "../engine/schema.ts";
import { NotFoundError, StoreValidationError } from "../errors.ts";

/** A staff member to create or update; without an id a new one is made. Identities are added, never dropped. */
export type StaffInput = {
  id?: string;
  displayName: string;
  role: StaffRole;
  identities?: ChatIdentity[];
};

/** Team members, their roles and chat accounts. */
export interface StaffRepository {
  /** Creates or updates a member and adds the given identities; an identity owned by someone else is refused. */
  upsert(input: StaffInput, ctx: WriteContext): Promise<StaffMember>;
  /** One member, or undefined. */
  get(id: string): Promise<StaffMember | undefined>;
  /** The member behind a chat account (Teams by AAD object id, Matrix/console by user id), or undefined. */
  findByIdentity(identity: ChatIdentity): Promise<StaffMember | undefined>;
  /** All members, by display name. */
  list(): Promise<StaffMember[]>;
  /** Changes a member's role; throws NotFoundError when unknown. */
  setRole(id: string, role: StaffRole, ctx: WriteContext): Promise<StaffMember>;
}

function identityKey(identity: ChatIdentity): {
  platform: string;
  externalId: string;
  tenantId: string | null;
} {
  if (identity.platform === "teams") {
    return { platform: "teams", externalId: identity.aadObjectId, tenantId: identity.tenantId ?? null };
  }
  return { platform: identity.platform, externalId: identity.userId, tenantId: null };
}

function toIdentity(row: Pick<StaffIdentitiesTable, "platform" | "externalId" | "tenantId">): ChatIdentity {
  if (row.platform === "teams") {
    return {
      platform: "teams",
      aadObjectId: row.externalId,
      ...(row.tenantId ? { tenantId: row.tenantId } : {}),
    };
  }
  return { platform: row.platform as "matrix" | "console", userId: row.externalId };
}

async function load(db: Kysely<Database>, ids: string[]): Promise<StaffMember[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom("staff")
    .select(["id", "displayName", "role"])
    .where("id", "in", ids)
    .orderBy("displayName")
    .orderBy("id")
    .execute();
  const identities = await db
    .selectFrom("staffIdentities")
    .select(["staffId", "platform", "externalId", "tenantId"])
    .where("staffId", "in", ids)
    .orderBy("platform")
    .orderBy("externalId")
    .execute();
  return rows.map((row) => ({
    id: row.id,
    displayName: row.displayName,
    role: row.role as StaffRole,
    identities: identities.filter((i) => i.staffId === row.id).map(toIdentity),
  }));
}

/** Every member, by id and by chat account; frozen because the read cache shares it between turns. */
type StaffIndex = {
  members: readonly StaffMember[];
  byId: ReadonlyMap<string, StaffMember>;
  byAccount: ReadonlyMap<string, StaffMember>;
};

const accountKey = (key: { platform: string; externalId: string }) =>
  `${key.platform}\u0000${key.externalId}`;

async function loadAll(db: Kysely<Database>): Promise<StaffMember[]> {
  const rows = await db.selectFrom("staff").select("id").execute();
  return load(
    db,
    rows.map((r) => r.id),
  );
}

async function loadIndex(db: Kysely<Database>): Promise<StaffIndex> {
  const members = (await loadAll(db)).map((m) =>
    Object.freeze({ ...m, identities: Object.freeze(m.identities) as ChatIdentity[] }),
  );
  return {
    members,
    byId: new Map(members.map((m) => [m.id, m])),
    byAccount: new Map(members.flatMap((m) => m.identities.map((i) => [accountKey(identityKey(i)), m]))),
  };
}

/** The staff repository over an executor. */
export function staffRepository(exec: Executor): StaffRepository {
  const index = () => exec.reads.read(exec, "staff", () => loadIndex(exec.db));
  const get = async (id: string) =>
    exec.db.isTransaction ? (await load(exec.db, [id]))[0] : (await index()).byId.get(id);
  return {
    async upsert(input, ctx) {
      const parsed = StaffMember.safeParse({ ...input, id: input.id ?? randomUUID() });
      if (!parsed.success)
        throw new StoreValidationError(parsed.error.issues.map((i) => i.message).join("; "));
      const member = parsed.data;
      return inTransaction(exec, async (tx) => {
        const at = toStored(exec.now());
        const existing = await tx
          .selectFrom("staff")
          .select("id")
          .where("id", "=", member.id)
          .executeTakeFirst();
        if (existing) {
          await tx
            .updateTable("staff")
            .set({ displayName: member.displayName, role: member.role, updatedAt: at })
            .where("id", "=", member.id)
            .execute();
        } else {
          await tx
            .insertInto("staff")
            .values({
              id: member.id,
              displayName: member.displayName,
              role: member.role,
              createdAt: at,
              updatedAt: at,
            })
            .execute();
        }
        for (const identity of member.identities) {
          const key = identityKey(identity);
          const owner = await tx
            .selectFrom("staffIdentities")
            .select("staffId")
            .where("platform", "=", key.platform)
            .where("externalId", "=", key.externalId)
            .executeTakeFirst();
          if (owner && owner.staffId !== member.id) {
            throw new StoreValidationError(
              `${key.platform} account ${key.externalId} belongs to another staff member`,
            );
          }
          if (!owner)
            await tx
              .insertInto("staffIdentities")
              .values({ ...key, staffId: member.id })
              .execute();
        }
        await bumpReadVersion(tx, "staff");
        await writeAudit(tx, exec, ctx, {
          action: existing ? "staff.updated" : "staff.created",
          entityType: "staff",
          entityId: member.id,
          details: { role: member.role, identities: member.identities.map(identityKey) },
        });
        const [stored] = await load(tx, [member.id]);
        if (!stored) throw new NotFoundError("staff", member.id);
        return stored;
      });
    },

    get,

    async findByIdentity(identity) {
      const key = identityKey(identity);
      if (!exec.db.isTransaction) return (await index()).byAccount.get(accountKey(key));
      const row = await exec.db
        .selectFrom("staffIdentities")
        .select("staffId")
        .where("platform", "=", key.platform)
        .where("externalId", "=", key.externalId)
        .executeTakeFirst();
      return row ? get(row.staffId) : undefined;
    },

    async list() {
      return exec.db.isTransaction ? loadAll(exec.db) : [...(await index()).members];
    },

    async setRole(id, role, ctx) {
      return inTransaction(exec, async (tx) => {
        const result = await tx
          .updateTable("staff")
          .set({ role, updatedAt: toStored(exec.now()) })
          .where("id", "=", id)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 0) throw new NotFoundError("staff", id);
        await bumpReadVersion(tx, "staff");
        await writeAudit(tx, exec, ctx, {
          action: "staff.role_set",
          entityType: "staff",
          entityId: id,
          details: { role },
        });
        const [stored] = await load(tx, [id]);
        if (!stored) throw new NotFoundError("staff", id);
        return stored;
      });
    },
  };
}
