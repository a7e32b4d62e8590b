// Chart images in cards are kept in the store: the link in a card still works after the bot restarts, on every
// replica of the same database, until FILE_RETENTION_DAYS have passed.
import { sweepAdapterState } from "@weerbaar/store";
import { bothEngines, testClock } from "@weerbaar/testing/engines";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { NOW } from "./support/harness.ts";
import { askForChart, onReplica, type Replica, startReplica } from "./support/replicas.ts";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const DAY = 86_400_000;

describe.each(bothEngines("teams-files"))("card pictures kept in the $name store", (engine) => {
  let database: { url: string; cleanup(): Promise<void> };
  const running: Replica[] = [];
  const replica = async (options: Parameters<typeof startReplica>[1] = {}) => {
    const started = await startReplica(database.url, options);
    running.push(started);
    return started;
  };
  beforeEach(async () => {
    database = await engine.create();
  });
  afterEach(async () => {
    for (const started of running.splice(0)) await started.close();
    await database.cleanup();
  });

  it("serves a chart's image with the same bytes after the bot restarts on the same database", async () => {
    const before = await replica({ seed: true });
    const { imageUrl, png } = await askForChart(before);
    expect([...png.slice(0, 8)]).toEqual(PNG_SIGNATURE);
    await before.close();
    running.splice(running.indexOf(before), 1);

    const after = await replica();
    const served = await fetch(onReplica(after, imageUrl));

    expect(served.status).toBe(200);
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(png);
    expect(served.headers.get("content-type")).toBe("image/png");
    expect(served.headers.get("x-content-type-options")).toBe("nosniff");
    expect(served.headers.get("cache-control")).toMatch(/^private\b/);
    expect(served.headers.get("content-disposition")).toBe('inline; filename="kaart-limburg.png"');
  }, 30_000);

  it("serves on a second replica the image the first one sent, and only under the exact token", async () => {
    const first = await replica({ seed: true });
    const second = await replica();
    const { imageUrl, png } = await askForChart(first);

    const served = await fetch(onReplica(second, imageUrl));

    expect(served.status).toBe(200);
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(png);
    const token = new URL(imageUrl).pathname.split("/").at(-1) ?? "";
    const flipped = token.replace(/[a-z]/, (c) => c.toUpperCase());
    for (const other of [flipped, token.slice(0, -1), `${token}A`, "%25"]) {
      expect((await fetch(`${second.url}/files/${other}`)).status, other).toBe(404);
    }
  }, 30_000);

  it("answers 404 once FILE_RETENTION_DAYS have passed, and the housekeeping removes the file", async () => {
    const clock = testClock(NOW);
    const bot = await replica({ seed: true, clock, fileRetentionDays: 2 });
    const { imageUrl } = await askForChart(bot);
    clock.advance(2 * DAY - 1);
    expect((await fetch(imageUrl)).status).toBe(200);
    clock.advance(1);
    expect((await fetch(imageUrl)).status).toBe(404);
    expect(await sweepAdapterState({ store: bot.store, now: clock.now })).toBe(1);
  }, 30_000);

  it("cleans the file name in Content-Disposition", async () => {
    const bot = await replica();
    const token = await bot.store.files.put(
      { fileName: 'kaart"; x=1\r\nSet-Cookie: a=b.png', mimeType: "image/png", data: new Uint8Array([1]) },
      { retentionMs: DAY },
    );
    const served = await fetch(`${bot.url}/files/${token}`);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-disposition")).toBe(
      'inline; filename="kaart___x_1__Set-Cookie__a_b.png"',
    );
    expect(served.headers.get("set-cookie")).toBeNull();
  });
});
