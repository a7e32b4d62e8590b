import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateRawSync, inflateSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { developerUrlsFromEnv, PLACEHOLDER_BOT_ID, packageApp } from "../scripts/package-app.ts";

/** Reads a zip's entries through its central directory. */
function readZip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const offset = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString("utf8");
    const dataStart = offset + 30 + zip.readUInt16LE(offset + 26) + zip.readUInt16LE(offset + 28);
    const data = zip.subarray(dataStart, dataStart + size);
    entries.set(name, method === 8 ? inflateRawSync(data) : data);
    at += 46 + nameLength;
  }
  return entries;
}

/** Width, height and RGBA pixels of a PNG written by scripts/png.ts (unfiltered rows). */
function decodePng(png: Buffer): { width: number; height: number; pixels: Buffer } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const idatLength = png.readUInt32BE(33);
  const raw = inflateSync(png.subarray(41, 41 + idatLength));
  const rows = Array.from({ length: height }, (_, y) =>
    raw.subarray(y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1)),
  );
  return { width, height, pixels: Buffer.concat(rows) };
}

describe("the Teams app package", () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("zips a 1.19+ manifest with the bot id and both icons", async () => {
    dir = await mkdtemp(join(tmpdir(), "weerbaar-app-"));
    const file = await packageApp({
      botId: "8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
      outFile: join(dir, "app.zip"),
      developer: developerUrlsFromEnv({
        WEERBAAR_WEBSITE_URL: "https://weerbaarbestuur.example.nl",
        WEERBAAR_PRIVACY_URL: "https://weerbaarbestuur.example.nl/privacy",
      }),
    });
    const entries = readZip(await readFile(file));
    expect([...entries.keys()]).toEqual(["manifest.json", "color.png", "outline.png"]);
    const manifest = JSON.parse(entries.get("manifest.json")?.toString("utf8") ?? "{}");
    expect(Number(manifest.manifestVersion)).toBeGreaterThanOrEqual(1.19);
    expect(manifest.bots[0].botId).toBe("8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
    expect(manifest.developer).toMatchObject({
      websiteUrl: "https://weerbaarbestuur.example.nl",
      privacyUrl: "https://weerbaarbestuur.example.nl/privacy",
      termsOfUseUrl: "https://example.org/weerbaar/voorwaarden",
    });
    expect(manifest.bots[0].scopes).toEqual(["personal", "team", "groupChat"]);
    const titles: string[] = manifest.bots[0].commandLists[0].commands.map((c: { title: string }) => c.title);
    expect(titles).toEqual(expect.arrayContaining(["hoe staat Leudal ervoor?", "how is Venlo doing?"]));
    for (const title of titles) expect(title.length).toBeLessThanOrEqual(32);
  });

  it("draws a 192×192 colour icon and a 32×32 white-on-transparent outline icon", async () => {
    dir = await mkdtemp(join(tmpdir(), "weerbaar-app-"));
    const entries = readZip(await readFile(await packageApp({ outFile: join(dir, "app.zip") })));
    expect(JSON.parse(entries.get("manifest.json")?.toString() ?? "{}").bots[0].botId).toBe(
      PLACEHOLDER_BOT_ID,
    );
    const color = decodePng(entries.get("color.png") ?? Buffer.alloc(0));
    expect([color.width, color.height]).toEqual([192, 192]);
    const outline = decodePng(entries.get("outline.png") ?? Buffer.alloc(0));
    expect([outline.width, outline.height]).toEqual([32, 32]);
    let transparent = 0;
    for (let i = 0; i < outline.pixels.length; i += 4) {
      const alpha = outline.pixels[i + 3] ?? 0;
      if (alpha === 0) transparent++;
      else expect([outline.pixels[i], outline.pixels[i + 1], outline.pixels[i + 2]]).toEqual([255, 255, 255]);
    }
    expect(transparent).toBeGreaterThan(32 * 32 * 0.3);
  });

  it("is reproducible byte for byte", async () => {
    dir = await mkdtemp(join(tmpdir(), "weerbaar-app-"));
    const a = await readFile(await packageApp({ outFile: join(dir, "a.zip") }));
    const b = await readFile(await packageApp({ outFile: join(dir, "b.zip") }));
    expect(a.equals(b)).toBe(true);
  });

  it("refuses a developer URL that is not https", () => {
    expect(() => developerUrlsFromEnv({ WEERBAAR_PRIVACY_URL: "http://weerbaar.example/privacy" })).toThrow(
      /WEERBAAR_PRIVACY_URL must be an https:\/\/ URL/,
    );
  });
});
