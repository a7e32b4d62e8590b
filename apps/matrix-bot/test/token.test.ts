import type { Store } from "@weerbaar/store";
import { HumanClient } from "@weerbaar/testing/synapse";
import { MatrixClient } from "matrix-bot-sdk";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMatrixBot } from "../src/bot.ts";
import { resolveAccessToken } from "../src/login.ts";
import { UnknownTokenError } from "../src/retry.ts";
import { kvKeys } from "../src/storage-provider.ts";
import { EchoAssistant } from "./support/echo-assistant.ts";
import { createWorld, openTestStore, startBot, type World } from "./support/world.ts";

describe("access tokens", () => {
  let world: World;
  let store: Store;

  beforeAll(async () => {
    world = await createWorld();
    store = await openTestStore(world);
  });
  afterAll(async () => {
    await store?.close();
    await world?.close();
  });

  it("logs in once with user id and password and keeps the token in the store", async () => {
    const credentials = { userId: world.bot.userId, password: world.bot.password };
    const token = await resolveAccessToken(world.synapse.baseUrl, credentials, store);
    expect(await store.kv.get(kvKeys.accessToken(world.bot.userId))).toBe(token);
    expect(
      await resolveAccessToken(world.synapse.baseUrl, { ...credentials, password: "wrong" }, store),
    ).toBe(token);
    const whoami = await new HumanClient(world.synapse.baseUrl, world.bot.userId, token).request(
      "GET",
      "/_matrix/client/v3/account/whoami",
    );
    expect(whoami.user_id).toBe(world.bot.userId);
  });

  it("refuses to start with an unknown token", async () => {
    const bot = createMatrixBot({
      client: new MatrixClient(world.synapse.baseUrl, "syt_not_a_token"),
      assistant: new EchoAssistant(),
      store,
      allow: { users: [], servers: [] },
      logger: pino({ level: "silent" }),
    });
    await expect(bot.start()).rejects.toBeInstanceOf(UnknownTokenError);
  });

  it("stops with a clear message instead of looping when the token is revoked while running", async () => {
    const session = await HumanClient.login(world.synapse.baseUrl, world.bot.userId, world.bot.password);
    const fatal: Error[] = [];
    const bot = await startBot(world, store, {
      client: new MatrixClient(world.synapse.baseUrl, session.accessToken),
      onFatal: (e) => fatal.push(e),
    });
    await session.request("POST", "/_matrix/client/v3/logout", {});
    const deadline = Date.now() + 15_000;
    while (fatal.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(fatal[0]).toBeInstanceOf(UnknownTokenError);
    expect(fatal[0]?.message).toContain("M_UNKNOWN_TOKEN");
    expect(bot.status()).toMatchObject({ running: false, leader: false });
    expect(bot.status().fatalError).toContain("MATRIX_ACCESS_TOKEN");
    await bot.stop();
  });
});
