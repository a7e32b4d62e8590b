import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engines } from "../../test/engines.ts";
import { openExecutor } from "../store.ts";
import type { Executor } from "./context.ts";
import { prepareQuery } from "./prepared.ts";
import type { Database } from "./schema.ts";

const at = "2024-10-01T08:00:00.000Z";

function contact(id: string, bodyCode: string, name: string, role: string) {
  return { id, bodyCode, name, role, email: null, phone: null, createdAt: at, updatedAt: at };
}

describe.each(engines)("prepared queries on $name", (engine) => {
  let exec: Executor;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    const database = await engine.create();
    exec = await openExecutor(database.url);
    cleanup = async () => {
      await exec.db.destroy();
      await database.cleanup();
    };
    await exec.db
      .insertInto("contacts")
      .values([
        contact("c1", "GM1640", "Jan Jansen", "clerk"),
        contact("c2", "GM1640", "Marie Peeters", "mayor"),
        contact("c3", "GM1640", "Piet Smeets", "safety_officer"),
        contact("c4", "GM0983", "Els Venrooij", "mayor"),
      ])
      .execute();
  });
  afterAll(async () => cleanup?.());

  let builds = 0;
  // A constant ("clerk") between two arguments: only the arguments change from run to run.
  const namesOf = prepareQuery((db: Kysely<Database>, bodyCode: string, except: string) => {
    builds++;
    return db
      .selectFrom("contacts")
      .select(["name", "bodyCode"])
      .where("bodyCode", "=", bodyCode)
      .where("role", "!=", "clerk")
      .where("name", "!=", except)
      .orderBy("name");
  });

  it("binds each run's arguments and keeps the query's own values", async () => {
    expect(await namesOf(exec, "GM1640", "Piet Smeets")).toEqual([
      { name: "Marie Peeters", bodyCode: "GM1640" },
    ]);
    expect(await namesOf(exec, "GM1640", "Marie Peeters")).toEqual([
      { name: "Piet Smeets", bodyCode: "GM1640" },
    ]);
    expect(await namesOf(exec, "GM0983", "")).toEqual([{ name: "Els Venrooij", bodyCode: "GM0983" }]);
  });

  it("builds and compiles the query once", async () => {
    const before = builds;
    for (let run = 0; run < 5; run++) await namesOf(exec, "GM1640", "");
    expect(builds - before).toBe(0);
  });

  it("runs inside a transaction and sees what it wrote", async () => {
    const names = await exec.db.transaction().execute(async (tx) => {
      await tx
        .insertInto("contacts")
        .values(contact("c5", "GM0983", "Anouk Hoens", "alderman"))
        .execute();
      return namesOf({ ...exec, db: tx }, "GM0983", "");
    });
    expect(names.map((n) => n.name)).toEqual(["Anouk Hoens", "Els Venrooij"]);
  });

  it("refuses a query that leaves an argument out, rather than binding it nowhere", async () => {
    const careless = prepareQuery((db: Kysely<Database>, bodyCode: string, _role: string) =>
      db.selectFrom("contacts").select("name").where("bodyCode", "=", bodyCode),
    );
    await expect(careless(exec, "GM1640", "mayor")).rejects.toThrow("uses 1 of its 2 arguments");
  });
});
