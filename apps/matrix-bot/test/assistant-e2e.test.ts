import { createAssistant } from "@weerbaar/assistant";
import type { Store } from "@weerbaar/store";
import { isReplyTo } from "@weerbaar/testing/synapse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MatrixBot } from "../src/bot.ts";
import {
  BOT_NAME,
  bodyOf,
  createWorld,
  directRoom,
  openTestStore,
  startBot,
  type World,
  waitForJoin,
} from "./support/world.ts";

describe("end to end with the real assistant and store", () => {
  let world: World;
  let store: Store;
  let bot: MatrixBot;

  beforeAll(async () => {
    world = await createWorld();
    store = await openTestStore(world);
    const assistant = createAssistant({ store, admins: [`matrix:${world.alice.userId}`] });
    bot = await startBot(world, store, { assistant });
  });
  afterAll(async () => {
    await bot?.stop();
    await store?.close();
    await world?.close();
  });

  it("refuses an unknown user politely, until an admin adds them (confirmed with 👍)", async () => {
    const bobRoom = await directRoom(world, world.bob);
    const ask = async (text: string) => {
      const id = await world.bob.sendText(bobRoom, text);
      return world.bob.waitForEvent(bobRoom, (e) => isReplyTo(e, id), 15_000);
    };
    const refusal = await ask("hoe staat Leudal ervoor?");
    expect(bodyOf(refusal)).toContain("Sorry");
    expect(bodyOf(refusal)).toContain(`matrix:${world.bob.userId}`);

    const aliceRoom = await directRoom(world, world.alice);
    const add = await world.alice.sendText(
      aliceRoom,
      `voeg matrix:${world.bob.userId} toe als adviseur, naam Bob`,
    );
    const question = await world.alice.waitForEvent(aliceRoom, (e) => isReplyTo(e, add), 15_000);
    expect(bodyOf(question)).toContain("1. Ja, vastleggen\n2. Nee");
    await world.alice.sendReaction(aliceRoom, question.event_id, "👍");
    const done = await world.alice.waitForEvent(
      aliceRoom,
      (e) => isReplyTo(e, question.event_id) && bodyOf(e).startsWith("Vastgelegd"),
      15_000,
    );
    expect(bodyOf(done)).toContain("Bob");
    expect(await store.staff.findByIdentity({ platform: "matrix", userId: world.bob.userId })).toMatchObject({
      displayName: "Bob",
    });

    const status = await ask("hoe staat Leudal ervoor?");
    expect(bodyOf(status)).toContain("Leudal");
    expect(String(status.content.formatted_body)).toContain("<li><strong>Protocol:</strong>");
  });

  it("records a survey answer in a group room: mention, then a numbered choice", async () => {
    const roomId = await world.alice.createRoom({
      name: "Team",
      invite: [world.bob.userId, world.bot.userId],
    });
    await world.bob.join(roomId);
    await waitForJoin(world.alice, roomId, world.bot.userId);
    const asked = await world.alice.sendText(roomId, `${BOT_NAME}: Bergen heeft een protocol`, {
      mentions: [world.bot.userId],
    });
    const question = await world.alice.waitForEvent(roomId, (e) => isReplyTo(e, asked), 15_000);
    expect(bodyOf(question)).toMatch(/1\. gemeente Bergen \(NH\.\).*\n2\. gemeente Bergen \(L\.\)/);
    const picked = await world.alice.sendText(roomId, "2");
    const recorded = await world.alice.waitForEvent(roomId, (e) => isReplyTo(e, picked), 15_000);
    expect(bodyOf(recorded)).toContain("Bergen (L.)");
    expect(bodyOf(recorded)).toContain("protocol aanwezig");
    const list = await world.bob.sendText(
      roomId,
      "!weerbaar welke gemeenten in Limburg hebben een protocol?",
    );
    const answer = await world.bob.waitForEvent(roomId, (e) => isReplyTo(e, list), 15_000);
    expect(bodyOf(answer)).toContain("Bergen (L.)");
  });
});
