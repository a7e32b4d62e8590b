import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "@weerbaar/testing/ports";
import { type ReleaseProcess, startFromRelease, waitUntilOk } from "@weerbaar/testing/release";
import { HumanClient, isReplyTo, type SynapseServer, startSynapse } from "@weerbaar/testing/synapse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { folderState, installedRelease } from "./support.ts";

describe("the Matrix bot, started from an installed release", () => {
  let synapse: SynapseServer;
  let data: string;
  let bot: ReleaseProcess | undefined;
  beforeAll(async () => {
    synapse = await startSynapse();
    data = await mkdtemp(join(tmpdir(), "weerbaar-matrix-data-"));
  });
  afterAll(async () => {
    await bot?.stop();
    await synapse?.stop();
    await rm(data, { recursive: true, force: true });
  });

  it("is ready on /readyz after its first sync, answers in a room and writes only its database", async () => {
    const release = installedRelease();
    const before = folderState(release);
    const account = await synapse.registerUser("weerbaar");
    const anna = await synapse.registerUser("anna");
    const port = await freePort();
    bot = startFromRelease(release, "matrix-bot", {
      cwd: data,
      env: {
        MATRIX_HOMESERVER_URL: synapse.baseUrl,
        MATRIX_ACCESS_TOKEN: account.accessToken,
        MATRIX_ALLOWED_USERS: anna.userId,
        WEERBAAR_ADMINS: `matrix:${anna.userId}`,
        WEERBAAR_REMINDERS: "off",
        DATABASE_URL: `sqlite:${join(data, "weerbaar.db")}`,
        HEALTH_PORT: String(port),
        LOG_LEVEL: "warn",
      },
    });
    await waitUntilOk(`http://127.0.0.1:${port}/readyz`, bot);

    const human = new HumanClient(synapse.baseUrl, anna.userId, anna.accessToken);
    const roomId = await human.createRoom({ directWith: account.userId });
    await human.waitForEvent(
      roomId,
      (e) => e.type === "m.room.member" && e.state_key === account.userId && e.content.membership === "join",
      30_000,
    );
    const asked = await human.sendText(roomId, "hoe staat Leudal ervoor?");
    const answer = await human.waitForEvent(roomId, (e) => isReplyTo(e, asked), 30_000);
    expect(answer.sender).toBe(account.userId);
    expect(String(answer.content.body)).toContain("Limburg"); // the reference data, through the store

    expect(await bot.stop()).toBe(0);
    expect(folderState(release)).toEqual(before);
  });
});
