import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { allBodies } from "@weerbaar/domain";
import { testPostgresUrl } from "@weerbaar/testing/postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { console1, engines, openTestStore, type TestStore } from "../test/engines.ts";
import { openStore, StoreConnectionError } from "./index.ts";

describe.each(engines)("store on $name", (engine) => {
  let t: TestStore;
  beforeAll(async () => {
    t = await openTestStore(engine);
  });
  afterAll(async () => t?.cleanup());

  it("migrates on open and seeds all 354 bodies as unknown", async () => {
    const all = await t.store.survey.allCurrent();
    expect(all).toHaveLength(354);
    expect(all.map((s) => s.bodyCode)).toEqual(allBodies.map((b) => b.code));
    expect(all.every((s) => s.protocol === "unknown" && s.updatedAt === undefined)).toBe(true);
  });

  it("reopening an up-to-date database runs no migration and keeps the data", async () => {
    await t.store.survey.record(
      [{ bodyCode: "GM1640", protocol: "present", usage: "dormant", codeOfConduct: "yes" }],
      console1,
    );
    const again = await openStore(t.url, { now: t.clock.now });
    try {
      expect((await again.survey.current("GM1640")).usage).toBe("dormant");
      expect((await again.survey.allCurrent()).length).toBe(354);
    } finally {
      await again.close();
    }
  });

  it("two stores opening a fresh database at once both succeed", async () => {
    const db = await engine.create();
    try {
      const [a, b] = await Promise.all([openStore(db.url), openStore(db.url)]);
      expect((await a.survey.allCurrent()).length).toBe(354);
      expect((await b.survey.allCurrent()).length).toBe(354);
      await Promise.all([a.close(), b.close()]);
    } finally {
      await db.cleanup();
    }
  });

  it("reports its engine and health", async () => {
    expect(t.store.engine).toBe(engine.name);
    expect(await t.store.health()).toEqual({ ok: true, engine: engine.name });
  });

  it("a failing transaction rolls back every write, audit rows included", async () => {
    const auditBefore = await t.store.audit.list({ entityId: "GM0014" });
    await expect(
      t.store.transaction(async (tx) => {
        await tx.survey.record(
          [{ bodyCode: "GM0014", protocol: "none", usage: "unknown", codeOfConduct: "no" }],
          console1,
        );
        await tx.contacts.add({ bodyCode: "GM0014", name: "Jan Jansen", role: "clerk" }, console1);
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect((await t.store.survey.current("GM0014")).protocol).toBe("unknown");
    expect(await t.store.contacts.list({ bodyCode: "GM0014" })).toEqual([]);
    expect(await t.store.audit.list({ entityId: "GM0014" })).toEqual(auditBefore);
  });

  it("a committed transaction keeps all its writes and their audit rows", async () => {
    const result = await t.store.transaction(async (tx) => {
      await tx.survey.record(
        [{ bodyCode: "GM0034", protocol: "in_preparation", usage: "unknown", codeOfConduct: "yes" }],
        console1,
      );
      return tx.contacts.add({ bodyCode: "GM0034", name: "Piet Pietersen", role: "mayor" }, console1);
    });
    expect((await t.store.survey.current("GM0034")).protocol).toBe("in_preparation");
    expect(await t.store.contacts.get(result.id)).toEqual(result);
    const actions = (await t.store.audit.list({ actorId: console1.actorId })).map((a) => a.action);
    expect(actions).toContain("contact.added");
  });

  it("a write without an actor is refused and changes nothing", async () => {
    await expect(
      t.store.survey.record(
        [{ bodyCode: "GM0037", protocol: "none", usage: "unknown", codeOfConduct: "no" }],
        {
          actorId: "",
          channel: "console",
        },
      ),
    ).rejects.toThrow(/actorId/);
    expect((await t.store.survey.current("GM0037")).protocol).toBe("unknown");
  });
});

describe("store URLs", () => {
  it("an unknown scheme is a one-line StoreConnectionError without the password", async () => {
    const error = await openStore("mysql://root:geheim@localhost/weerbaar").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreConnectionError);
    const message = (error as Error).message;
    expect(message).toMatch(/unsupported URL scheme/);
    expect(message).not.toContain("geheim");
    expect(message).not.toContain("\n");
  });

  it("an unreachable PostgreSQL server is a one-line StoreConnectionError naming the URL without password", async () => {
    const error = await openStore("postgres://weerbaar:geheim@127.0.0.1:1/weerbaar").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreConnectionError);
    const message = (error as Error).message;
    expect(message).toContain("127.0.0.1:1/weerbaar");
    expect(message).not.toContain("geheim");
    expect(message).not.toContain("\n");
  });

  it("a missing PostgreSQL database is a StoreConnectionError", async () => {
    const url = new URL(testPostgresUrl());
    url.pathname = "/does_not_exist_weerbaar";
    await expect(openStore(url.toString())).rejects.toBeInstanceOf(StoreConnectionError);
  });

  it("a SQLite path that cannot be created is a StoreConnectionError", async () => {
    const dir = mkdtempSync(join(tmpdir(), "weerbaar-bad-"));
    try {
      writeFileSync(join(dir, "file"), "not a folder");
      await expect(openStore(`sqlite:${join(dir, "file", "weerbaar.db")}`)).rejects.toBeInstanceOf(
        StoreConnectionError,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("sqlite::memory: opens a private in-memory database", async () => {
    const store = await openStore("sqlite::memory:");
    try {
      expect(store.engine).toBe("sqlite");
      expect((await store.survey.allCurrent()).length).toBe(354);
    } finally {
      await store.close();
    }
  });

  it("creates the folder and file of a new SQLite database", async () => {
    const dir = mkdtempSync(join(tmpdir(), "weerbaar-new-"));
    try {
      const store = await openStore(`sqlite:${join(dir, "a", "b", "weerbaar.db")}`);
      expect((await store.health()).ok).toBe(true);
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
