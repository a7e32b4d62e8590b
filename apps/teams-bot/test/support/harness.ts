import type { Assistant } from "@weerbaar/assistant";
import { type IntervalTimer, manualTimer } from "@weerbaar/reminders";
import { openStore, type Store } from "@weerbaar/store";
import { type BotConnector, startBotConnector } from "@weerbaar/testing/bot-connector";
import pino, { type Logger } from "pino";
import { createTeamsBot, type TeamsBot } from "../../src/bot.ts";
import { staticTokenCredentialsFactory } from "../../src/teams/auth.ts";

/** The test tenant (allowed) and another one (not allowed). */
export const TENANT = "5b0c3e6a-1f2d-4c3b-9a8e-7d6c5b4a3f21";
/** A tenant that is not on the allow-list. */
export const OTHER_TENANT = "0d9e8f7a-6b5c-4d3e-8f1a-2b3c4d5e6f70";
/** The bot's Microsoft App id in tests. */
export const APP_ID = "8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

/** A fixed clock for everything the bot and store time-stamp (JWT lifetimes follow the real clock, see the issuer). */
export const NOW = new Date("2026-11-28T12:00:00Z");

/** A bot on a free port behind a connector emulator, with a real SQLite store. */
export type BotUnderTest = {
  bot: TeamsBot;
  connector: BotConnector;
  store: Store;
  url: string;
  close(): Promise<void>;
};

/**
 * Starts the connector emulator and the bot. `auth: "azure"` configures an app id and points botbuilder's JWT
 * validation at the emulator (every parameterized key set), with outbound tokens from the emulator.
 */
export async function startBot(options: {
  assistant: Assistant;
  auth?: "azure" | "local";
  tenant?: string;
  store?: Store;
  allowedTenants?: string[];
  /** Where the bot logs; silent by default. */
  logger?: Logger;
  /** How long card files stay available; the bot's default (a year) when not given. */
  fileRetentionDays?: number;
  /**
   * Paces the typing indicator; by default a manual timer nobody fires, so no test sees typing activities because
   * a turn happened to be slow.
   */
  typingTimer?: IntervalTimer;
}): Promise<BotUnderTest> {
  const auth = options.auth ?? "azure";
  const connector = await startBotConnector({
    appId: APP_ID,
    tenantId: options.tenant ?? TENANT,
    requireBotToken: auth === "azure",
  });
  const store = options.store ?? (await openStore("sqlite::memory:", { now: () => NOW }));
  const bot = createTeamsBot({
    assistant: options.assistant,
    store,
    auth:
      auth === "local"
        ? { mode: "local" }
        : {
            mode: "azure",
            appId: APP_ID,
            appPassword: "not-used-outbound-tokens-come-from-the-emulator",
            channelEndpoints: {
              openIdMetadataUrl: connector.openIdMetadataUrl,
              tokenIssuer: connector.issuer,
              loginUrl: `${connector.serviceUrl}login`,
              oauthScope: "https://api.botframework.com",
              oauthUrl: `${connector.serviceUrl}oauth`,
              emulatorOpenIdMetadataUrl: `${connector.serviceUrl}emulator/openid`,
              callerId: "urn:botframework:azure",
            },
            credentialsFactory: staticTokenCredentialsFactory(APP_ID, () => connector.botToken()),
          },
    allowedTenants: options.allowedTenants ?? [TENANT],
    logger: options.logger ?? pino({ level: "silent" }),
    now: () => NOW,
    ...(options.fileRetentionDays !== undefined ? { fileRetentionDays: options.fileRetentionDays } : {}),
    typingTimer: options.typingTimer ?? manualTimer(),
  });
  const { url, close } = await bot.listen(0, "127.0.0.1");
  connector.setBotEndpoint(`${url}/api/messages`);
  return {
    bot,
    connector,
    store,
    url,
    async close() {
      await close();
      await connector.close();
      if (!options.store) await store.close();
    },
  };
}
