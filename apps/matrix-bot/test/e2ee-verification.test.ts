// Staff verify the bot as they would a person: the human's client (matrix-js-sdk with the Rust crypto, as Element)
// requests verification, both sides reach the SAS emoji, the bot shows and confirms its side, the human compares
// and confirms; afterwards the human's client trusts the bot's device. A stranger's request is cancelled.

import type { SynapseUser } from "@weerbaar/testing/synapse";
import {
  type ShowSasCallbacks,
  VerificationPhase,
  type VerificationRequest,
  VerificationRequestEvent,
  VerifierEvent,
} from "matrix-js-sdk/lib/crypto-api/index.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ShownSas, staffVerification } from "../src/crypto/index.ts";
import { type E2eeScenario, e2eeScenario } from "./e2ee-support/e2ee-scenario.ts";
import { ElementLikeClient, repliesTo } from "./e2ee-support/element-like-client.ts";

/** Waits (bounded) until the request's phase is one of `phases`. */
function untilPhase(request: VerificationRequest, ...phases: VerificationPhase[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (!phases.includes(request.phase)) return;
      clearTimeout(timer);
      request.off(VerificationRequestEvent.Change, check);
      resolve();
    };
    const timer = setTimeout(() => {
      request.off(VerificationRequestEvent.Change, check);
      reject(new Error(`verification stayed in phase ${request.phase}, wanted ${phases.join("/")}`));
    }, 45_000);
    request.on(VerificationRequestEvent.Change, check);
    check();
  });
}

/** Asks until `probe` is true (bounded): the human's client stores trust a moment after the flow ends. */
async function eventually(probe: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await probe()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`never: ${what}`);
}

describe("staff verify the bot with emoji (SAS)", () => {
  let t: E2eeScenario;
  let carol: ElementLikeClient | undefined;
  let stranger: SynapseUser;
  const shown: ShownSas[] = [];
  let onShown: (() => void) | undefined;

  beforeAll(async () => {
    t = await e2eeScenario({ start: false });
    stranger = await t.world.synapse.registerUser("carol"); // allowed to talk to the bot, not on the staff list
    await t.startBot({
      crypto: {
        verification: {
          ...staffVerification(t.world.store),
          onSas: (sas) => {
            shown.push(sas);
            onShown?.();
          },
        },
      },
      bot: { allow: { users: [t.world.alice.userId, stranger.userId], servers: [] } },
    });
    await t.alice.bootstrapCrossSigning(); // as Element at first login: needed to sign the bot's identity
  }, 90_000);
  afterAll(async () => {
    carol?.stop();
    await t?.cleanup();
  });

  /** A DM with the bot and one answered message: the person's client now tracks the bot's device. */
  async function shareRoom(human: ElementLikeClient): Promise<string> {
    const roomId = await human.createEncryptedDm(t.world.bot.userId);
    const sent = await human.sendText(roomId, "hallo");
    await human.waitFor(roomId, (e) => repliesTo(e, sent));
    return roomId;
  }

  /** Runs the human's side of a SAS flow on `request`: start, wait for both emoji, compare, confirm. */
  async function compareAndConfirm(
    request: VerificationRequest,
  ): Promise<{ human: string[]; bot: ShownSas }> {
    const before = shown.length;
    await untilPhase(request, VerificationPhase.Ready);
    const verifier = await request.startVerification("m.sas.v1");
    const showSas = new Promise<ShowSasCallbacks>((resolve) => verifier.once(VerifierEvent.ShowSas, resolve));
    const finished = verifier.verify();
    const sas = await showSas;
    const botShown = new Promise<void>((resolve) => {
      onShown = resolve;
      if (shown.length > before) resolve();
    });
    await botShown;
    const human = (sas.sas.emoji ?? []).map(([symbol, name]) => `${symbol} ${name}`);
    const bot = shown[shown.length - 1] as ShownSas;
    expect(human).toEqual(bot.emoji.map((e) => `${e.symbol} ${e.en}`)); // what a person compares
    await sas.confirm();
    await finished;
    await untilPhase(request, VerificationPhase.Done);
    return { human, bot };
  }

  it("to-device: the emoji match, and afterwards alice's client trusts the bot's device", async () => {
    const crypto = t.alice.client.getCrypto();
    if (!crypto) throw new Error("no crypto");
    const botDeviceId = String(t.e2e.crypto()?.deviceId);
    await shareRoom(t.alice);
    await eventually(
      async () =>
        (await crypto.getUserDeviceInfo([t.world.bot.userId], true))
          .get(t.world.bot.userId)
          ?.has(botDeviceId) === true,
      "the bot's device known",
    );
    expect(
      (await crypto.getDeviceVerificationStatus(t.world.bot.userId, botDeviceId))?.crossSigningVerified,
    ).toBe(false);

    const request = await crypto.requestDeviceVerification(t.world.bot.userId, botDeviceId);
    const { human, bot: botSide } = await compareAndConfirm(request);
    expect(human).toHaveLength(7);
    expect(botSide.userId).toBe(t.world.alice.userId);
    expect(botSide.text).toContain(`${botSide.emoji[0]?.symbol} ${botSide.emoji[0]?.nl}`);

    await eventually(
      async () =>
        (await crypto.getDeviceVerificationStatus(t.world.bot.userId, botDeviceId))?.crossSigningVerified ===
        true,
      "the bot's device cross-signing verified in alice's client",
    );
    expect((await crypto.getUserVerificationStatus(t.world.bot.userId)).isCrossSigningVerified()).toBe(true);
  }, 120_000);

  it("in a DM: the bot posts the emoji (Dutch and English) in the room, and the flow completes", async () => {
    const crypto = t.alice.client.getCrypto();
    if (!crypto) throw new Error("no crypto");
    const roomId = await t.alice.createEncryptedDm(t.world.bot.userId);
    const request = await crypto.requestVerificationDM(t.world.bot.userId, roomId);
    const { bot: botSide } = await compareAndConfirm(request);
    expect(botSide.roomId).toBe(roomId);
    const first = botSide.emoji[0];
    const posted = await t.alice.waitFor(
      roomId,
      (e) =>
        e.sender === t.world.bot.userId &&
        e.type === "m.room.message" &&
        String(e.content.body).includes(`${first?.symbol} ${first?.nl}`),
    );
    expect(posted.encrypted).toBe(true);
    for (const e of botSide.emoji) {
      expect(String(posted.content.body)).toContain(`${e.symbol} ${e.nl}`);
      expect(String(posted.content.body)).toContain(e.en);
    }
  }, 120_000);

  it("refuses someone not on the staff list: the request is cancelled by the bot", async () => {
    carol = await ElementLikeClient.start(t.world.synapse.baseUrl, stranger);
    const crypto = carol.client.getCrypto();
    if (!crypto) throw new Error("no crypto");
    const botDeviceId = String(t.e2e.crypto()?.deviceId);
    await shareRoom(carol);
    await eventually(
      async () =>
        (await crypto.getUserDeviceInfo([t.world.bot.userId], true))
          .get(t.world.bot.userId)
          ?.has(botDeviceId) === true,
      "the bot's device known",
    );
    const request = await crypto.requestDeviceVerification(t.world.bot.userId, botDeviceId);
    await untilPhase(request, VerificationPhase.Cancelled, VerificationPhase.Ready);
    expect(request.phase).toBe(VerificationPhase.Cancelled);
    expect(request.cancellingUserId).toBe(t.world.bot.userId);
    expect(request.cancellationCode).toBe("m.user");
  }, 90_000);
});
