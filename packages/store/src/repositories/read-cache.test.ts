import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { console1, engines, openTestStore, type TestStore } from "../../test/engines.ts";
import { openStore, type Store } from "../index.ts";

const writer = fileURLToPath(new URL("../../test/survey-writer.ts", import.meta.url));
const cwd = fileURLToPath(new URL("../..", import.meta.url));
const run = promisify(execFile);

// Survey statuses and staff are kept in memory between writes; these tests are what makes that safe.
describe.each(engines)("cached survey and staff reads on $name", (engine) => {
  let t: TestStore;
  let replica: Store;
  beforeAll(async () => {
    t = await openTestStore(engine);
    replica = await openStore(t.url, { now: t.clock.now });
  });
  afterAll(async () => {
    await replica?.close();
    await t?.cleanup();
  });

  it("a survey answer written by another replica is read at once", async () => {
    await t.store.survey.record(
      [{ bodyCode: "GM1640", protocol: "none", usage: "unknown", codeOfConduct: "no" }],
      console1,
    );
    expect((await replica.survey.currentByCode()).get("GM1640")?.protocol).toBe("none");
    await t.store.survey.record(
      [{ bodyCode: "GM1640", protocol: "present", usage: "dormant", codeOfConduct: "no" }],
      console1,
    );
    expect((await replica.survey.current("GM1640")).usage).toBe("dormant");
    expect((await replica.survey.currentByCode()).get("GM1640")?.protocol).toBe("present");
    const leudal = (await replica.survey.allCurrent()).find((s) => s.bodyCode === "GM1640");
    expect(leudal?.usage).toBe("dormant");
  });

  it("an answer this store wrote is read back at once by the same store", async () => {
    await t.store.survey.allCurrent();
    await t.store.survey.record(
      [{ bodyCode: "GM0014", protocol: "in_preparation", usage: "unknown", codeOfConduct: "no" }],
      console1,
    );
    expect((await t.store.survey.currentByCode()).get("GM0014")?.protocol).toBe("in_preparation");
  });

  it("an answer another process wrote is read by the next question", async () => {
    expect((await t.store.survey.currentByCode()).get("GM0935")).toBeUndefined();
    await run(process.execPath, ["--import", "tsx", writer, t.url, "GM0935", "present"], { cwd });
    expect((await t.store.survey.currentByCode()).get("GM0935")?.protocol).toBe("present");
  });

  it("a rolled-back answer is never served from memory, while its transaction sees it", async () => {
    await replica.survey.allCurrent();
    await expect(
      t.store.transaction(async (tx) => {
        await tx.survey.record(
          [{ bodyCode: "PV31", protocol: "present", usage: "active", codeOfConduct: "yes" }],
          console1,
        );
        expect((await tx.survey.current("PV31")).protocol).toBe("present");
        expect((await tx.survey.currentByCode()).get("PV31")?.usage).toBe("active");
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    expect((await replica.survey.current("PV31")).protocol).toBe("unknown");
    expect((await replica.survey.currentByCode()).has("PV31")).toBe(false);
  });

  it("a staff member added or promoted by another replica is recognised at once", async () => {
    const account = { platform: "matrix", userId: "@lisa:weerbaar.test" } as const;
    expect(await replica.staff.findByIdentity(account)).toBeUndefined();
    expect(await replica.staff.list()).toEqual([]);
    const lisa = await t.store.staff.upsert(
      { displayName: "Lisa Bakker", role: "advisor", identities: [account] },
      console1,
    );
    expect((await replica.staff.findByIdentity(account))?.id).toBe(lisa.id);
    await t.store.staff.setRole(lisa.id, "admin", console1);
    expect((await replica.staff.get(lisa.id))?.role).toBe("admin");
    expect((await replica.staff.list()).map((m) => m.displayName)).toContain("Lisa Bakker");
  });

  it("what a caller does with a returned list does not change the next answer", async () => {
    const staff = await t.store.staff.list();
    const count = staff.length;
    staff.pop();
    expect(await t.store.staff.list()).toHaveLength(count);
    const statuses = await t.store.survey.allCurrent();
    statuses.reverse();
    expect((await t.store.survey.allCurrent())[0]?.bodyCode).toBe("GM0014");
    const lisa = await t.store.staff.findByIdentity({ platform: "matrix", userId: "@lisa:weerbaar.test" });
    expect(() => {
      (lisa as { role: string }).role = "viewer";
    }).toThrow(TypeError);
  });
});
