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
import { type HoldingProxy, startHoldingProxy } from "@weerbaar/testing/holding-proxy";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startTeamsBotProcess, type TeamsBotProcess } from "./support/bot-process.ts";
import { APP_ID } from "./support/harness.ts";
import { KNOWN_AAD } from "./support/scripted-assistant.ts";

// The bot's replies go through a proxy in front of the connector emulator; holding them keeps a real turn in
// flight for as long as the test needs, with nothing in the bot's code for it.
const isReply = (method: string, path: string) => method === "POST" && path.includes("/activities");

describe("the Teams bot process on SIGTERM", () => {
  let dir: string;
  let connector: BotConnector;
  let channel: HoldingProxy;
  let bot: TeamsBotProcess | undefined;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "weerbaar-shutdown-"));
    connector = await startBotConnector({ appId: APP_ID, requireBotToken: false });
    channel = await startHoldingProxy(connector.serviceUrl);
  });
  afterEach(async () => {
    bot?.kill();
    await channel.close();
    await connector.close();
    await rm(dir, { recursive: true, force: true });
  });

  const start = async (env: Record<string, string> = {}) => {
    bot = await startTeamsBotProcess({
      WEERBAAR_LOCAL: "1",
      DATABASE_URL: `sqlite:${join(dir, "weerbaar.db")}`,
      WEERBAAR_ADMINS: `teams:${KNOWN_AAD}`,
      WEERBAAR_REMINDERS: "off",
      ...env,
    });
    connector.setBotEndpoint(`${bot.url}/api/messages`);
    return bot;
  };

  const message = () => {
    const chat = personalChat();
    const activity = personalMessage(connector.context, {
      user: teamsUser("Anna de Vries", KNOWN_AAD),
      chat,
      text: "help",
    });
    return { chat, activity: { ...activity, serviceUrl: `${channel.url}/` } };
  };

  it("stops accepting, finishes the turn in flight, delivers its answer and exits 0", async () => {
    const running = await start();
    const { chat, activity } = message();
    const slow = channel.hold(isReply);
    const answered = connector.post(activity, { token: "none" });
    await slow.arrived;
    running.process.kill("SIGTERM");
    const stopping = await running.waitForLog((line) => line.event === "stopping");
    expect(stopping).toMatchObject({ reason: "SIGTERM", inFlight: 1, timeoutMs: 10_000 });
    // No new connections while the turn finishes.
    await expect(fetch(`${running.url}/livez`)).rejects.toThrow();
    slow.release();

    expect((await answered).status).toBe(200);
    const [reply] = await connector.waitForReplies(chat.id, 1);
    expect(JSON.stringify(reply)).toContain("Weerbaar");
    expect(await running.exited).toBe(0);
    expect(running.logs.find((line) => line.event === "stopped")).toMatchObject({ code: 0 });
  });

  it("exits 1 when the turn in flight outlasts SHUTDOWN_TIMEOUT_SECONDS", async () => {
    const running = await start({ SHUTDOWN_TIMEOUT_SECONDS: "0.2" });
    const { chat, activity } = message();
    const stuck = channel.hold(isReply);
    const answered = connector.post(activity, { token: "none" }).catch(() => undefined);
    await stuck.arrived;
    running.process.kill("SIGTERM");
    expect(await running.exited).toBe(1);
    expect(running.logs.find((line) => line.event === "shutdown_deadline")).toMatchObject({ inFlight: 1 });
    expect(running.logs.find((line) => line.event === "stopped")).toMatchObject({ code: 1 });
    await answered;
    expect(connector.activitiesIn(chat.id)).toEqual([]);
  });
});
