import { join } from "node:path";
import { openStore } from "@weerbaar/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MatrixApp, startMatrixApp } from "../src/app.ts";
import { CRYPTO_STORE_KEY, CryptoStoreError } from "../src/crypto/index.ts";
import { readEnv } from "../src/env.ts";
import { type E2eeScenario, e2eeScenario } from "./e2ee-support/e2ee-scenario.ts";
import { TEST_PASSPHRASE } from "./e2ee-support/e2ee-world.ts";
import { repliesTo } from "./e2ee-support/element-like-client.ts";
import { EchoAssistant } from "./support/echo-assistant.ts";

describe("the production wiring with MATRIX_CRYPTO_PASSPHRASE", () => {
  let t: E2eeScenario;
  let app: MatrixApp | undefined;
  let databaseUrl: string;
  const env = () =>
    readEnv({
      MATRIX_HOMESERVER_URL: t.world.synapse.baseUrl,
      MATRIX_ACCESS_TOKEN: t.world.bot.accessToken,
      MATRIX_ALLOWED_USERS: t.world.alice.userId,
      MATRIX_CRYPTO_PASSPHRASE: TEST_PASSPHRASE,
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: "silent",
    });

  beforeAll(async () => {
    t = await e2eeScenario({ start: false }); // the app under test is the bot
    databaseUrl = `sqlite:${join(t.world.dir, "app.db")}`;
    const store = await openStore(databaseUrl);
    await store.staff.upsert(
      {
        displayName: "Alice",
        role: "admin",
        identities: [{ platform: "matrix", userId: t.world.alice.userId }],
      },
      { actorId: "system", channel: "test" },
    );
    await store.close();
  });
  afterAll(async () => {
    await app?.close();
    await t?.cleanup();
  });

  it("answers in an encrypted DM and keeps the crypto store in the database", async () => {
    app = await startMatrixApp(env(), { assistant: new EchoAssistant() });
    const roomId = await t.alice.createEncryptedDm(t.world.bot.userId);
    const asked = await t.alice.sendText(roomId, "versleuteld via de app");
    const answer = await t.alice.waitFor(roomId, (e) => repliesTo(e, asked));
    expect(answer).toMatchObject({ encrypted: true, content: { body: "echo: versleuteld via de app" } });
    expect((await app.store.kv.get(CRYPTO_STORE_KEY))?.length).toBeGreaterThan(1000);
    await app.close();
    app = undefined;
  }, 90_000);

  it("refuses to start when the database lost the crypto store", async () => {
    const store = await openStore(databaseUrl);
    await store.kv.delete(CRYPTO_STORE_KEY);
    await store.close();
    const start = startMatrixApp(env(), { assistant: new EchoAssistant() });
    await expect(start).rejects.toBeInstanceOf(CryptoStoreError);
    await expect(start).rejects.toThrow(/the database \(kv key matrix:crypto-store\)/);
  }, 90_000);
});
