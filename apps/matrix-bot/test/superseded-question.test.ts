import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTeamRoom, type TeamRoom } from "./support/team-room.ts";
import { bodyOf } from "./support/world.ts";

const ROERMOND = "GM0957";
const VENLO = "GM0983";
const NO_LONGER_OPEN =
  "Deze vraag staat niet meer open: hij is al beantwoord of er kwam een nieuwere vraag. Er is niets veranderd.";

describe("an answer to a question its asker has moved on from", () => {
  let room: TeamRoom;
  beforeAll(async () => {
    room = await openTeamRoom();
  });
  afterAll(async () => {
    await room?.close();
  });

  const history = (code: string) => room.store.survey.history(code);

  it("is told the question is no longer open, and is applied to neither question", async () => {
    const older = await room.ask(room.anna, "!weerbaar Roermodn heeft geen protocol");
    const newer = await room.ask(room.anna, "!weerbaar Venloo heeft een protocol");

    expect(bodyOf(await room.react(room.anna, older, "👍"))).toBe(NO_LONGER_OPEN);
    // A number in reply to the older question is not taken for the newer one either.
    expect(bodyOf(await room.ask(room.anna, "1", { replyTo: older.event_id }))).toBe(NO_LONGER_OPEN);
    expect(await history(ROERMOND)).toHaveLength(0);
    expect(await history(VENLO)).toHaveLength(0);

    expect(bodyOf(await room.react(room.anna, newer, "👍"))).toContain("Vastgelegd.");
    expect((await room.store.survey.current(VENLO)).protocol).toBe("present");
  });

  it("is told so for a second reaction to a question already answered", async () => {
    const question = await room.ask(room.anna, "!weerbaar Roermodn heeft geen protocol");
    expect(bodyOf(await room.react(room.anna, question, "👎"))).toBe("Oké, niets vastgelegd.");
    expect(bodyOf(await room.react(room.anna, question, "👍"))).toBe(NO_LONGER_OPEN);
    expect(await history(ROERMOND)).toHaveLength(0);
  });
});
