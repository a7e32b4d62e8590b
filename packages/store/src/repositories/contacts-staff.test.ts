import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { console1, engines, openTestStore, type TestStore } from "../../test/engines.ts";
import { NotFoundError, StoreValidationError } from "../index.ts";

describe.each(engines)("contacts and staff on $name", (engine) => {
  let t: TestStore;
  beforeAll(async () => {
    t = await openTestStore(engine);
  });
  afterAll(async () => t?.cleanup());

  it("adds, lists, updates and removes contacts, each audited", async () => {
    const griffier = await t.store.contacts.add(
      { bodyCode: "GM1640", name: "Els Jacobs", role: "clerk", email: "griffie@leudal.nl" },
      console1,
    );
    await t.store.contacts.add({ bodyCode: "GM1640", name: "Aart Burger", role: "mayor" }, console1);
    expect((await t.store.contacts.list({ bodyCode: "GM1640" })).map((c) => c.name)).toEqual([
      "Aart Burger",
      "Els Jacobs",
    ]);
    const updated = await t.store.contacts.update(
      griffier.id,
      { phone: "0475 123456", email: null },
      console1,
    );
    expect(updated).toEqual({
      id: griffier.id,
      bodyCode: "GM1640",
      name: "Els Jacobs",
      role: "clerk",
      phone: "0475 123456",
    });
    expect(await t.store.contacts.get(griffier.id)).toEqual(updated);
    await t.store.contacts.remove(griffier.id, console1);
    expect(await t.store.contacts.get(griffier.id)).toBeUndefined();
    const actions = (await t.store.audit.list({ entityType: "contact", entityId: griffier.id })).map(
      (a) => a.action,
    );
    expect(actions).toEqual(["contact.removed", "contact.updated", "contact.added"]);
  });

  it("refuses invalid contacts and unknown ids", async () => {
    await expect(
      t.store.contacts.add({ bodyCode: "GM1640", name: "X", role: "clerk", email: "geen-email" }, console1),
    ).rejects.toBeInstanceOf(StoreValidationError);
    await expect(t.store.contacts.update("nope", { name: "Y" }, console1)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(t.store.contacts.remove("nope", console1)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("upserts staff, finds them by any chat identity and changes their role", async () => {
    const anna = await t.store.staff.upsert(
      {
        id: "staff-anna",
        displayName: "Anna de Vries",
        role: "advisor",
        identities: [{ platform: "teams", aadObjectId: "aad-1", tenantId: "tenant-1" }],
      },
      console1,
    );
    await t.store.staff.upsert(
      {
        id: "staff-anna",
        displayName: "Anna de Vries-Smit",
        role: "advisor",
        identities: [{ platform: "matrix", userId: "@anna:weerbaar.nl" }],
      },
      console1,
    );
    const byMatrix = await t.store.staff.findByIdentity({ platform: "matrix", userId: "@anna:weerbaar.nl" });
    const byTeams = await t.store.staff.findByIdentity({ platform: "teams", aadObjectId: "aad-1" });
    expect(byMatrix).toEqual(byTeams);
    expect(byMatrix?.displayName).toBe("Anna de Vries-Smit");
    expect(byMatrix?.identities).toHaveLength(2);
    expect(anna.identities).toEqual([{ platform: "teams", aadObjectId: "aad-1", tenantId: "tenant-1" }]);
    expect(await t.store.staff.findByIdentity({ platform: "console", userId: "nobody" })).toBeUndefined();

    const promoted = await t.store.staff.setRole("staff-anna", "admin", console1);
    expect(promoted.role).toBe("admin");
    expect((await t.store.staff.list()).map((s) => s.id)).toContain("staff-anna");
    await expect(t.store.staff.setRole("nobody", "admin", console1)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses an identity that belongs to someone else", async () => {
    await t.store.staff.upsert(
      {
        id: "staff-bram",
        displayName: "Bram",
        role: "viewer",
        identities: [{ platform: "console", userId: "bram" }],
      },
      console1,
    );
    await expect(
      t.store.staff.upsert(
        { displayName: "Imposter", role: "admin", identities: [{ platform: "console", userId: "bram" }] },
        console1,
      ),
    ).rejects.toBeInstanceOf(StoreValidationError);
    expect((await t.store.staff.list()).map((s) => s.displayName)).not.toContain("Imposter");
  });
});
