import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EchoAssistant } from "./support/echo-assistant.ts";
import { type MatrixScenario, matrixScenario } from "./support/fixture.ts";
import { bodyOf, waitForJoin } from "./support/world.ts";

const room = (roomId: string) => `/_matrix/client/v3/rooms/${encodeURIComponent(roomId)}`;

describe("a room upgrade", () => {
  let t: MatrixScenario;
  const assistant = new EchoAssistant();

  beforeAll(async () => {
    t = await matrixScenario({ assistant, bot: { commandPrefix: "!weerbaar" } });
  });
  afterAll(() => t?.cleanup());

  it("is followed into the replacement room, where the conversation carries on", {
    timeout: 60_000,
  }, async () => {
    const oldRoom = await t.groupRoom();
    // Members may join the new room themselves (an invite-only room's upgrade needs an invite for each).
    await t.alice.request("PUT", `${room(oldRoom)}/state/m.room.join_rules/`, { join_rule: "public" });
    const question = await t.ask(t.alice, oldRoom, "!weerbaar kies");
    expect(bodyOf(question)).toContain("1. Bergen (L)\n2. Bergen (NH)");

    // Alice is the room's admin: she upgrades it (Synapse sends the tombstone into the old room).
    const { replacement_room: newRoom } = await t.alice.request<{ replacement_room: string }>(
      "POST",
      `${room(oldRoom)}/upgrade`,
      { new_version: "11" },
    );
    await waitForJoin(t.alice, newRoom, t.world.bot.userId);
    await t.bob.join(newRoom);
    await waitForJoin(t.alice, newRoom, t.bob.userId);

    // The question asked in the old room is still Alice's open question: a bare "2" answers it.
    expect(bodyOf(await t.ask(t.alice, newRoom, "2"))).toBe("echo: gemeente GM0373");
    expect(assistant.received.at(-1)).toMatchObject({
      conversationId: `matrix:${oldRoom}`,
      channel: { platform: "matrix", id: newRoom },
      isDirect: false,
    });
    expect(bodyOf(await t.ask(t.bob, newRoom, "!weerbaar hallo"))).toBe("echo: hallo");
  });
});
