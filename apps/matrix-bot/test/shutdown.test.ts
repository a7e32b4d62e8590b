import { join } from "node:path";
import { type HoldingProxy, startHoldingProxy } from "@weerbaar/testing/holding-proxy";
import type { LoggedProcess } from "@weerbaar/testing/logged-process";
import { isReplyTo } from "@weerbaar/testing/synapse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMainProcess } from "./support/main-process.ts";
import { bodyOf, createWorld, directRoom, type World } from "./support/world.ts";

// The bot reaches Synapse through a proxy; holding its sends keeps a real turn in flight for as long as the test
// needs, with nothing in the bot's code for it.
const isSend = (method: string, path: string) => method === "PUT" && path.includes("/send/");

describe("the Matrix bot process on SIGTERM", () => {
  let world: World;
  let homeserver: HoldingProxy;
  let bot: LoggedProcess | undefined;
  beforeAll(async () => {
    world = await createWorld();
    homeserver = await startHoldingProxy(world.synapse.baseUrl);
  });
  afterAll(async () => {
    bot?.kill();
    await homeserver?.close();
    await world?.close();
  });

  it("stops syncing, finishes the turn in flight, delivers its answer and exits 0", async () => {
    bot = await startMainProcess(world, {
      MATRIX_HOMESERVER_URL: homeserver.url,
      DATABASE_URL: `sqlite:${join(world.dir, "main.db")}`,
      WEERBAAR_ADMINS: `matrix:${world.alice.userId}`,
      WEERBAAR_REMINDERS: "off",
      LOG_LEVEL: "info",
    });
    const roomId = await directRoom(world, world.alice);
    const slow = homeserver.hold(isSend);
    const asked = await world.alice.sendText(roomId, "help");
    await slow.arrived;
    bot.process.kill("SIGTERM");
    const stopping = await bot.waitForLog((line) => line.event === "stopping");
    expect(stopping).toMatchObject({ reason: "SIGTERM", inFlight: 1, timeoutMs: 10_000 });
    slow.release();

    const answer = await world.alice.waitForEvent(roomId, (e) => isReplyTo(e, asked), 20_000);
    expect(bodyOf(answer)).toMatch(/Waarmee kan ik helpen/);
    expect(await bot.exited).toBe(0);
    expect(bot.logs.find((line) => line.event === "stopped")).toMatchObject({ code: 0 });
    expect(bot.logs.some((line) => line.msg === "matrix bot stopped")).toBe(true);
  }, 60_000);
});
