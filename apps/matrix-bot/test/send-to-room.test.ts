import type { Store } from "@weerbaar/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Reply } from "../src/assistant-types.ts";
import type { MatrixBot } from "../src/bot.ts";
import {
  bodyOf,
  createWorld,
  directRoom,
  fromBot,
  openTestStore,
  startBot,
  type World,
} from "./support/world.ts";

const reminder = (attachments: Reply["attachments"] = []): Reply => ({
  lang: "nl",
  intent: "reminder",
  title: "Herinnering",
  blocks: [{ type: "paragraph", text: "Morgen om 13:30: afspraak met Leudal." }],
  actions: [],
  attachments,
  data: {},
});

describe("sendToRoom (reminders) and attachments", () => {
  let world: World;
  let store: Store;
  let bot: MatrixBot;
  let roomId: string;

  beforeAll(async () => {
    world = await createWorld();
    store = await openTestStore(world);
    bot = await startBot(world, store);
    roomId = await directRoom(world, world.alice);
  });
  afterAll(async () => {
    await bot?.stop();
    await store?.close();
    await world?.close();
  });

  it("is idempotent per transaction id and returns the event id", async () => {
    const first = await bot.sendToRoom(roomId, reminder(), { txnId: "delivery:42" });
    const again = await bot.sendToRoom(roomId, reminder(), { txnId: "delivery:42" });
    expect(again).toBe(first);
    const other = await bot.sendToRoom(roomId, reminder(), { txnId: "delivery:43" });
    expect(other).not.toBe(first);
    const seen = await world.alice.collectFor(roomId, fromBot(world), 1500);
    expect(seen.map((e) => e.event_id)).toEqual([first, other]);
    expect(bodyOf(seen[0] ?? ({} as never))).toBe("Herinnering\n\nMorgen om 13:30: afspraak met Leudal.");
  });

  it("uploads attachments and sends them as m.file and m.image", async () => {
    const ics = new TextEncoder().encode("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const notice = await bot.sendToRoom(
      roomId,
      reminder([
        {
          kind: "file",
          fileName: "afspraak.ics",
          mimeType: "text/calendar",
          data: ics,
          description: "Agenda",
        },
        { kind: "image", fileName: "grafiek.png", mimeType: "image/png", data: png, description: "Grafiek" },
      ]),
      { txnId: "delivery:44" },
    );
    const file = await world.alice.waitForEvent(roomId, (e) => e.content.msgtype === "m.file", 10_000);
    const image = await world.alice.waitForEvent(roomId, (e) => e.content.msgtype === "m.image", 10_000);
    expect(file.content).toMatchObject({
      body: "afspraak.ics",
      info: { mimetype: "text/calendar", size: ics.length },
    });
    expect(image.content).toMatchObject({ body: "grafiek.png", info: { mimetype: "image/png" } });
    const url = String(file.content.url);
    expect(url).toMatch(/^mxc:\/\//);
    const [server, mediaId] = url.slice("mxc://".length).split("/");
    const response = await fetch(
      `${world.synapse.baseUrl}/_matrix/client/v1/media/download/${server}/${mediaId}`,
      {
        headers: { authorization: `Bearer ${world.alice.accessToken}` },
      },
    );
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(ics);
    expect(world.alice.events(roomId).some((e) => e.event_id === notice)).toBe(true);
  });
});
