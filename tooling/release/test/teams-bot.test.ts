import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  type BotConnector,
  personalChat,
  personalMessage,
  startBotConnector,
  teamsUser,
} from "@weerbaar/testing/bot-connector";
import { freePort } from "@weerbaar/testing/ports";
import {
  RELEASE_NODE_FLAGS,
  type ReleaseProcess,
  startFromRelease,
  waitUntilOk,
} from "@weerbaar/testing/release";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { folderState, installedRelease } from "./support.ts";

const APP_ID = "5d0c9a7e-2b1f-4c3d-9e8a-7f6b5a4c3d2e";
const ANNA = "0f6e1d2c-3b4a-4958-8776-a5b4c3d2e1f0";

describe("the Teams bot, started from an installed release", () => {
  let data: string;
  let connector: BotConnector;
  let bot: ReleaseProcess | undefined;
  beforeEach(async () => {
    data = await mkdtemp(join(tmpdir(), "weerbaar-teams-data-"));
    connector = await startBotConnector({ appId: APP_ID, requireBotToken: false });
  });
  afterEach(async () => {
    await bot?.stop();
    await connector.close();
    await rm(data, { recursive: true, force: true });
  });

  it("is ready on /readyz, answers a message through botbuilder and writes only its database", async () => {
    const release = installedRelease();
    const before = folderState(release);
    const port = await freePort();
    bot = startFromRelease(release, "teams-bot", {
      cwd: data,
      env: {
        WEERBAAR_LOCAL: "1",
        HOST: "127.0.0.1",
        PORT: String(port),
        DATABASE_URL: `sqlite:${join(data, "weerbaar.db")}`,
        WEERBAAR_ADMINS: `teams:${ANNA}`,
        WEERBAAR_REMINDERS: "off",
        LOG_LEVEL: "warn",
      },
    });
    const url = `http://127.0.0.1:${port}`;
    await waitUntilOk(`${url}/readyz`, bot);
    expect((await fetch(`${url}/livez`)).status).toBe(200);
    // The launcher exec'd Node itself (so SIGTERM reaches the bot) with the flags of deploy/node-flags.
    const commandLine = readFileSync(`/proc/${bot.child.pid}/cmdline`, "utf8").split("\0");
    expect(commandLine.slice(1, 1 + RELEASE_NODE_FLAGS.length)).toEqual(RELEASE_NODE_FLAGS);
    expect(commandLine.at(-2)).toMatch(/dist\/teams-bot\.mjs$/);

    connector.setBotEndpoint(`${url}/api/messages`);
    const chat = personalChat();
    const user = teamsUser("Anna de Vries", ANNA);
    const answered = await connector.post(
      personalMessage(connector.context, { user, chat, text: "hoe staat Leudal ervoor?" }),
      {
        token: "none",
      },
    );
    expect(answered.status).toBe(200);
    const [reply] = await connector.waitForReplies(chat.id, 1);
    expect(JSON.stringify(reply)).toContain("Limburg"); // the reference data, through the store

    expect(await bot.stop()).toBe(0);
    expect(folderState(release)).toEqual(before);
    expect(readdirSync(data)).toContain("weerbaar.db");
  });
});
