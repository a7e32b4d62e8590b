import { describe, expect, it } from "vitest";
import { createFileCache } from "./file-cache.ts";

const file = { fileName: "kaart.png", mimeType: "image/png", data: new Uint8Array([1, 2, 3]) };

describe("createFileCache", () => {
  it("serves a file under an unguessable token until it expires", () => {
    let now = new Date("2026-11-28T12:00:00Z");
    const cache = createFileCache({ now: () => now, ttlMs: 60_000 });
    const token = cache.put(file);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(cache.put(file)).not.toBe(token);
    expect(cache.get(token)?.fileName).toBe("kaart.png");
    now = new Date("2026-11-28T12:01:00Z");
    expect(cache.get(token)).toBeUndefined();
  });

  it("forgets the oldest files beyond its capacity", () => {
    const cache = createFileCache({ now: () => new Date("2026-11-28T12:00:00Z"), maxEntries: 2 });
    const first = cache.put(file);
    const second = cache.put(file);
    const third = cache.put(file);
    expect(cache.get(first)).toBeUndefined();
    expect(cache.get(second)).toBeDefined();
    expect(cache.get(third)).toBeDefined();
  });
});
