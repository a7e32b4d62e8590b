import { crc32, deflateSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Reply } from "../src/assistant-types.ts";
import { type MatrixScenario, matrixScenario } from "./support/fixture.ts";
import { bodyOf, fromBot } from "./support/world.ts";

/** A valid PNG of the given size (grey RGB pixels), as a chart would be. */
function tinyPng(width: number, height: number): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const rows = Buffer.alloc(height * (1 + width * 3), 0x80);
  for (let y = 0; y < height; y++) rows[y * (1 + width * 3)] = 0; // filter: none
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

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
  let t: MatrixScenario;
  let roomId: string;

  beforeAll(async () => {
    t = await matrixScenario();
    roomId = await t.directRoom();
  });
  afterAll(() => t?.cleanup());

  it("is idempotent per transaction id and returns the event id", async () => {
    const first = await t.bot.sendToRoom(roomId, reminder(), { txnId: "delivery:42" });
    const again = await t.bot.sendToRoom(roomId, reminder(), { txnId: "delivery:42" });
    expect(again).toBe(first);
    const other = await t.bot.sendToRoom(roomId, reminder(), { txnId: "delivery:43" });
    expect(other).not.toBe(first);
    const seen = await t.alice.collectFor(roomId, fromBot(t.world), 1500);
    expect(seen.map((e) => e.event_id)).toEqual([first, other]);
    expect(bodyOf(seen[0] ?? ({} as never))).toBe("Herinnering\n\nMorgen om 13:30: afspraak met Leudal.");
  });

  it("uploads attachments and sends them as m.file and m.image", async () => {
    const ics = new TextEncoder().encode("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
    const png = tinyPng(3, 2);
    const notice = await t.bot.sendToRoom(
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
    const file = await t.alice.waitForEvent(roomId, (e) => e.content.msgtype === "m.file", 10_000);
    const image = await t.alice.waitForEvent(roomId, (e) => e.content.msgtype === "m.image", 10_000);
    expect(file.content).toMatchObject({
      body: "afspraak.ics",
      info: { mimetype: "text/calendar", size: ics.length },
    });
    // The size comes from the PNG's header, so clients lay the chart out before it loads.
    expect(image.content).toMatchObject({
      body: "grafiek.png",
      info: { mimetype: "image/png", size: png.length, w: 3, h: 2 },
    });
    expect(file.content.info).not.toHaveProperty("w");
    const url = String(file.content.url);
    expect(url).toMatch(/^mxc:\/\//);
    const [server, mediaId] = url.slice("mxc://".length).split("/");
    const response = await fetch(
      `${t.world.synapse.baseUrl}/_matrix/client/v1/media/download/${server}/${mediaId}`,
      {
        headers: { authorization: `Bearer ${t.alice.accessToken}` },
      },
    );
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(ics);
    expect(t.alice.events(roomId).some((e) => e.event_id === notice)).toBe(true);
  });
});
