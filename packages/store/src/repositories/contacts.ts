import { randomUUID } from "node:crypto";
import { type Contact, type ContactRole, Contact as ContactSchema, findBodyByCode } from "@weerbaar/domain";
import { type Executor, inTransaction, toStored, type WriteContext, writeAudit } from "../engine/context.ts";
import { prepareQuery } from "../engine/prepared.ts";
import type { ContactsTable } from "../engine/schema.ts";
import { NotFoundError, StoreValidationError } from "../errors.ts";
import { storedBodyCode } from "./body-code.ts";

/** A contact to add; the store assigns the id. */
export type ContactInput = Omit<Contact, "id">;
/** Fields of a contact to change; `null` clears email or phone. */
export type ContactPatch = {
  name?: string;
  role?: ContactRole;
  email?: string | null;
  phone?: string | null;
};

/** Contact persons at municipalities and provinces. */
export interface ContactsRepository {
  /** Adds a contact; returns it with its new id. */
  add(input: ContactInput, ctx: WriteContext): Promise<Contact>;
  /** One contact, or undefined. */
  get(id: string): Promise<Contact | undefined>;
  /** Contacts, optionally of one body, ordered by body and name. */
  list(filter?: { bodyCode?: string }): Promise<Contact[]>;
  /** Changes a contact; throws NotFoundError when it does not exist. */
  update(id: string, patch: ContactPatch, ctx: WriteContext): Promise<Contact>;
  /** Removes a contact; throws NotFoundError when it does not exist. */
  remove(id: string, ctx: WriteContext): Promise<void>;
}

function toContact(
  row: Pick<ContactsTable, "id" | "bodyCode" | "name" | "role" | "email" | "phone">,
): Contact {
  return {
    id: row.id,
    bodyCode: row.bodyCode,
    name: row.name,
    role: row.role as ContactRole,
    ...(row.email !== null ? { email: row.email } : {}),
    ...(row.phone !== null ? { phone: row.phone } : {}),
  };
}

function validate(candidate: Contact): Contact {
  const parsed = ContactSchema.safeParse(candidate);
  if (!parsed.success) throw new StoreValidationError(parsed.error.issues.map((i) => i.message).join("; "));
  const body = findBodyByCode(parsed.data.bodyCode);
  if (!body) throw new StoreValidationError(`unknown body code ${parsed.data.bodyCode}`);
  return { ...parsed.data, bodyCode: body.code };
}

const columns = ["id", "bodyCode", "name", "role", "email", "phone"] as const;

const contactsOfBody = prepareQuery((db, bodyCode: string) =>
  db.selectFrom("contacts").select(columns).where("bodyCode", "=", bodyCode).orderBy("name").orderBy("id"),
);

/** The contacts repository over an executor. */
export function contactsRepository(exec: Executor): ContactsRepository {
  const get = async (id: string) => {
    const row = await exec.db.selectFrom("contacts").select(columns).where("id", "=", id).executeTakeFirst();
    return row ? toContact(row) : undefined;
  };
  return {
    async add(input, ctx) {
      const contact = validate({ ...input, id: randomUUID() });
      return inTransaction(exec, async (tx) => {
        const at = toStored(exec.now());
        await tx
          .insertInto("contacts")
          .values({
            id: contact.id,
            bodyCode: contact.bodyCode,
            name: contact.name,
            role: contact.role,
            email: contact.email ?? null,
            phone: contact.phone ?? null,
            createdAt: at,
            updatedAt: at,
          })
          .execute();
        await writeAudit(tx, exec, ctx, {
          action: "contact.added",
          entityType: "contact",
          entityId: contact.id,
          details: { bodyCode: contact.bodyCode, role: contact.role },
        });
        return contact;
      });
    },

    get,

    async list(filter = {}) {
      const rows = filter.bodyCode
        ? await contactsOfBody(exec, storedBodyCode(filter.bodyCode))
        : await exec.db
            .selectFrom("contacts")
            .select(columns)
            .orderBy("bodyCode")
            .orderBy("name")
            .orderBy("id")
            .execute();
      return rows.map(toContact);
    },

    async update(id, patch, ctx) {
      return inTransaction(exec, async (tx) => {
        // A patch changes some fields and writes back all: on PostgreSQL the row is locked from the read on, so a
        // concurrent patch of other fields is applied on top of this one instead of being overwritten by it.
        const read = tx.selectFrom("contacts").select(columns).where("id", "=", id);
        const row = await (exec.engine === "postgres" ? read.forUpdate() : read).executeTakeFirst();
        if (!row) throw new NotFoundError("contact", id);
        const current = toContact(row);
        const next: Contact = { ...current };
        if (patch.name !== undefined) next.name = patch.name;
        if (patch.role !== undefined) next.role = patch.role;
        if (patch.email === null) delete next.email;
        else if (patch.email !== undefined) next.email = patch.email;
        if (patch.phone === null) delete next.phone;
        else if (patch.phone !== undefined) next.phone = patch.phone;
        const contact = validate(next);
        await tx
          .updateTable("contacts")
          .set({
            name: contact.name,
            role: contact.role,
            email: contact.email ?? null,
            phone: contact.phone ?? null,
            updatedAt: toStored(exec.now()),
          })
          .where("id", "=", id)
          .execute();
        await writeAudit(tx, exec, ctx, {
          action: "contact.updated",
          entityType: "contact",
          entityId: id,
          details: { fields: Object.keys(patch) },
        });
        return contact;
      });
    },

    async remove(id, ctx) {
      await inTransaction(exec, async (tx) => {
        const result = await tx.deleteFrom("contacts").where("id", "=", id).executeTakeFirst();
        if (Number(result.numDeletedRows) === 0) throw new NotFoundError("contact", id);
        await writeAudit(tx, exec, ctx, { action: "contact.removed", entityType: "contact", entityId: id });
      });
    },
  };
}
