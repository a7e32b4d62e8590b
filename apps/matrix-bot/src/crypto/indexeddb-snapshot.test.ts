import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { decodeSnapshot, encodeSnapshot } from "./crypto-snapshot.ts";
import { type DatabaseDump, dumpDatabases, globalIndexedDB, restoreDatabases } from "./indexeddb-snapshot.ts";

const shape: DatabaseDump = {
  name: "copy-test::main",
  version: 3,
  stores: [
    {
      name: "inline",
      keyPath: "id",
      autoIncrement: false,
      indexes: [{ name: "by-room", keyPath: "room", unique: false, multiEntry: false }],
      records: [
        ["a", { id: "a", room: "!r", bytes: new Uint8Array([1, 2, 3]) }],
        ["b", { id: "b", room: "!s", nested: { list: [1, "x"] } }],
      ],
    },
    {
      name: "outofline",
      keyPath: null,
      autoIncrement: false,
      indexes: [],
      records: [[["array", "key"], "value"]],
    },
  ],
};

describe("copying IndexedDB databases out and back", () => {
  it("restores schema, indexes and records, and survives the v8 encoding", async () => {
    const factory = globalIndexedDB();
    await restoreDatabases(factory, [shape]);
    const dumped = await dumpDatabases(factory, "copy-test::");
    expect(dumped).toEqual([shape]);

    const bytes = encodeSnapshot({ userId: "@bot:x", deviceId: "DEV", databases: dumped, pending: [] });
    const decoded = decodeSnapshot(bytes, "test");
    await restoreDatabases(factory, decoded.databases); // replaces the database of the same name
    expect(await dumpDatabases(factory, "copy-test::")).toEqual([shape]);
    expect(() => decodeSnapshot(bytes.subarray(0, 20), "test")).toThrow(/corrupted|not a Weerbaar/);
  });
});
