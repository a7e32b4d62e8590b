import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANNA, openTeamRoom, type TeamRoom } from "./support/team-room.ts";
import { bodyOf } from "./support/world.ts";

const BERGEN_NH = "GM0373";
const BERGEN_L = "GM0893";
const ROERMOND = "GM0957";
const VENLO = "GM0983";
const MAASTRICHT = "GM0935";
const UTRECHT = "GM0344";
const PROVINCE_UTRECHT = "PV26";
const LEUDAL = "GM1640";
const FOR_ANNA = `Deze vraag was voor ${ANNA}; er is niets veranderd.`;

describe("in a group room only the person a question was asked of answers it", () => {
  let room: TeamRoom;
  beforeAll(async () => {
    room = await openTeamRoom();
  });
  afterAll(async () => {
    await room?.close();
  });

  const history = (code: string) => room.store.survey.history(code);

  it("refuses Bob's reaction to Anna's choice and writes nothing; Anna's own reaction picks", async () => {
    const question = await room.ask(room.anna, "!weerbaar Bergen heeft een protocol");
    expect(bodyOf(question)).toContain("2. gemeente Bergen (L.)");

    const refusal = await room.react(room.bob, question, "👍");
    expect(bodyOf(refusal)).toBe(FOR_ANNA);
    expect(await history(BERGEN_NH)).toHaveLength(0);
    expect(await history(BERGEN_L)).toHaveLength(0);

    // 👎 stands for the second of two options.
    const picked = await room.react(room.anna, question, "👎");
    expect(bodyOf(picked)).toContain("Bergen (L.)");
    expect((await room.store.survey.current(BERGEN_L)).protocol).toBe("present");
    expect((await room.store.survey.current(BERGEN_L)).updatedBy).toBe(await room.staffId(room.anna));
    expect(await history(BERGEN_NH)).toHaveLength(0);
  });

  it("keeps Anna's and Bob's questions, open at the same time, apart: by number and by reaction", async () => {
    const annas = await room.ask(room.anna, "!weerbaar Roermodn heeft geen protocol");
    const bobs = await room.ask(room.bob, "!weerbaar Venloo heeft een protocol");
    expect(bodyOf(annas)).toContain("Roermond");
    expect(bodyOf(bobs)).toContain("Venlo");

    // A bare "2" (no mention) is Bob's "nee" to his own question, not to Anna's.
    expect(bodyOf(await room.ask(room.bob, "2"))).toBe("Oké, niets vastgelegd.");
    expect(bodyOf(await room.react(room.anna, annas, "👍"))).toContain("Vastgelegd.");
    expect((await room.store.survey.current(ROERMOND)).protocol).toBe("none");
    expect((await room.store.survey.current(ROERMOND)).updatedBy).toBe(await room.staffId(room.anna));
    expect(await history(VENLO)).toHaveLength(0);

    // And the other way round: Anna by number, Bob by reaction.
    const annaChoice = await room.ask(room.anna, "!weerbaar Utrecht heeft een protocol");
    const bobsConfirm = await room.ask(room.bob, "!weerbaar Maastrich heeft een protocol");
    expect(bodyOf(annaChoice)).toContain("1. gemeente Utrecht");
    expect(bodyOf(await room.react(room.bob, bobsConfirm, "👍"))).toContain("Vastgelegd.");
    expect(bodyOf(await room.ask(room.anna, "1"))).toContain("Utrecht");
    expect((await room.store.survey.current(MAASTRICHT)).updatedBy).toBe(await room.staffId(room.bob));
    expect((await room.store.survey.current(UTRECHT)).updatedBy).toBe(await room.staffId(room.anna));
    expect((await room.store.survey.current(UTRECHT)).protocol).toBe("present");
    expect(await history(PROVINCE_UTRECHT)).toHaveLength(0);
  });

  it("refuses Bob's 'ja' to Anna's confirmation, as a reply to it or addressed to the bot", async () => {
    const bobs = await room.ask(room.bob, "!weerbaar Venloo heeft een protocol");
    const annas = await room.ask(room.anna, "!weerbaar Leudaal heeft geen protocol");

    // Bob has a confirmation of his own open: his reply to Anna's question must not answer either.
    expect(bodyOf(await room.ask(room.bob, "ja", { replyTo: annas.event_id }))).toBe(FOR_ANNA);
    expect(await history(LEUDAL)).toHaveLength(0);
    expect(await history(VENLO)).toHaveLength(0);
    expect(bodyOf(await room.ask(room.bob, "nee", { replyTo: bobs.event_id }))).toBe(
      "Oké, niets vastgelegd.",
    );

    // With no question of his own left, the assistant refuses the addressed "ja" in the same words.
    expect(bodyOf(await room.ask(room.bob, "!weerbaar ja"))).toBe(FOR_ANNA);
    expect(await history(LEUDAL)).toHaveLength(0);

    expect(bodyOf(await room.ask(room.anna, "ja", { replyTo: annas.event_id }))).toContain("Vastgelegd.");
    expect((await room.store.survey.current(LEUDAL)).protocol).toBe("none");
    expect(await history(VENLO)).toHaveLength(0);
  });
});
