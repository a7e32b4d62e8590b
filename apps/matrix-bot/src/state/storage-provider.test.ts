import { openStore } from "@weerbaar/store";
import { describe, expect, it } from "vitest";
import { KvStorageProvider } from "./storage-provider.ts";

describe("KvStorageProvider", () => {
  it("keeps the sync token, filter and SDK values in the store's kv table", async () => {
    const store = await openStore("sqlite::memory:");
    try {
      const storage = new KvStorageProvider(store);
      expect(await storage.getSyncToken()).toBeNull();
      await storage.setSyncToken("s72_1");
      expect(await storage.getSyncToken()).toBe("s72_1");
      await storage.setSyncToken(null);
      expect(await storage.getSyncToken()).toBeNull();
      expect(await storage.getFilter()).toBeNull();
      await storage.setFilter({ id: 3, filter: { room: {} } });
      expect(await storage.getFilter()).toEqual({ id: 3, filter: { room: {} } });
      await storage.storeValue("k", "v");
      expect(await storage.readValue("k")).toBe("v");
      expect(await storage.readValue("missing")).toBeNull();
    } finally {
      await store.close();
    }
  });
});
