import { HumanClient } from "@weerbaar/testing/synapse";
import { MatrixClient } from "matrix-bot-sdk";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMatrixBot } from "../src/bot.ts";
import { UnknownTokenError } from "../src/client/retry.ts";
import { resolveAccessToken } from "../src/login.ts";
import { kvKeys } from "../src/state/storage-provider.ts";
import { EchoAssistant } from "./support/echo-assistant.ts";
import { type MatrixScenario, matrixScenario } from "./support/fixture.ts";

describe("access tokens", () => {
  let t: MatrixScenario;

  beforeAll(async () => {
    t = await matrixScenario({ start: false });
  });
  afterAll(() => t?.cleanup());

  it("logs in once with user id and password and keeps the token in the store", async () => {
    const credentials = { userId: t.world.bot.userId, password: t.world.bot.password };
    const token = await resolveAccessToken(t.world.synapse.baseUrl, credentials, t.store);
    expect(await t.store.kv.get(kvKeys.accessToken(t.world.bot.userId))).toBe(token);
    expect(
      await resolveAccessToken(t.world.synapse.baseUrl, { ...credentials, password: "wrong" }, t.store),
    ).toBe(token);
    const whoami = await new HumanClient(t.world.synapse.baseUrl, t.world.bot.userId, token).request(
      "GET",
      "/_matrix/client/v3/account/whoami",
    );
    expect(whoami.user_id).toBe(t.world.bot.userId);
  });

  it("refuses to start with an unknown token", async () => {
    const bot = createMatrixBot({
      client: new MatrixClient(t.world.synapse.baseUrl, "syt_not_a_token"),
      assistant: new EchoAssistant(),
      store: t.store,
      allow: { users: [], servers: [] },
      logger: pino({ level: "silent" }),
    });
    await expect(bot.start()).rejects.toBeInstanceOf(UnknownTokenError);
  });

  it("stops with a clear message instead of looping when the token is revoked while running", async () => {
    const session = await HumanClient.login(
      t.world.synapse.baseUrl,
      t.world.bot.userId,
      t.world.bot.password,
    );
    const fatal: Error[] = [];
    const bot = await t.startBot({
      client: new MatrixClient(t.world.synapse.baseUrl, session.accessToken),
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
