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
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startTeamsBotProcess, type TeamsBotProcess } from "./support/bot-process.ts";
import { APP_ID } from "./support/harness.ts";
import { KNOWN_AAD } from "./support/scripted-assistant.ts";

// NODE_DEBUG=module makes Node name every CommonJS file it loads on stderr; botbuilder is CommonJS.
const BOTBUILDER = /botbuilder\/lib\/index\.js/;

describe("the Teams bot loads botbuilder on its first activity, not at start (0.6 s, 50 MB)", () => {
  let dir: string;
  let connector: BotConnector;
  let bot: TeamsBotProcess | undefined;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "weerbaar-lazy-"));
    connector = await startBotConnector({ appId: APP_ID, requireBotToken: false });
  });
  afterEach(async () => {
    bot?.kill();
    await connector.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("is ready without botbuilder, and answers the first message with it", async () => {
    bot = await startTeamsBotProcess({
      WEERBAAR_LOCAL: "1",
      DATABASE_URL: `sqlite:${join(dir, "weerbaar.db")}`,
      WEERBAAR_ADMINS: `teams:${KNOWN_AAD}`,
      WEERBAAR_REMINDERS: "off",
      NODE_DEBUG: "module",
    });
    expect((await fetch(`${bot.url}/readyz`)).status).toBe(200);
    expect(bot.stderr()).not.toMatch(BOTBUILDER);

    connector.setBotEndpoint(`${bot.url}/api/messages`);
    const chat = personalChat();
    const activity = personalMessage(connector.context, {
      user: teamsUser("Anna de Vries", KNOWN_AAD),
      chat,
      text: "help",
    });
    expect((await connector.post(activity, { token: "none" })).status).toBe(200);
    const [reply] = await connector.waitForReplies(chat.id, 1);
    expect(reply?.type).toBe("message");
    expect(bot.stderr()).toMatch(BOTBUILDER);
  });
});
