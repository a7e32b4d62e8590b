import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Assistant, IncomingMessage, Reply } from "../src/assistant-types.ts";
import { decryptAttachment, type EncryptedFile } from "../src/crypto/index.ts";
import { type E2eeScenario, e2eeScenario } from "./e2ee-support/e2ee-scenario.ts";
import { repliesTo } from "./e2ee-support/element-like-client.ts";

// A PNG's signature and a little body: the bytes only have to come back the same.
const CHART = new Uint8Array([
  0x89,
  0x50,
  0x4e,
  0x47,
  0x0d,
  0x0a,
  0x1a,
  0x0a,
  ...Array.from({ length: 600 }, (_, i) => i % 251),
]);

/** Answers every message with a paragraph and a chart image. */
const chartAssistant: Assistant = {
  async handle(message: IncomingMessage): Promise<Reply> {
    return {
      lang: "nl",
      intent: "chart",
      blocks: [{ type: "paragraph", text: `grafiek voor ${message.text}` }],
      actions: [],
      attachments: [
        {
          kind: "image",
          fileName: "grafiek.png",
          mimeType: "image/png",
          data: CHART,
          description: "Grafiek",
        },
      ],
      data: {},
    };
  },
};

describe("an encrypted chart", () => {
  let t: E2eeScenario;

  beforeAll(async () => {
    t = await e2eeScenario({ assistant: chartAssistant });
  });
  afterAll(() => t?.cleanup());

  it("arrives as an encrypted m.image whose file alice downloads and decrypts to the chart", async () => {
    const roomId = await t.alice.createEncryptedDm(t.world.bot.userId);
    const asked = await t.alice.sendText(roomId, "Leudal");
    const image = await t.alice.waitFor(
      roomId,
      (e) => repliesTo(e, asked) && e.content.msgtype === "m.image",
    );
    expect(image.encrypted).toBe(true);
    expect(image.content.url).toBeUndefined();
    const file = image.content.file as EncryptedFile;
    expect(file).toMatchObject({ v: "v2", key: { alg: "A256CTR" } });
    expect(image.content.info).toMatchObject({ mimetype: "image/png", size: CHART.byteLength });

    const [serverName, mediaId] = file.url.replace("mxc://", "").split("/");
    const response = await fetch(
      `${t.world.synapse.baseUrl}/_matrix/client/v1/media/download/${serverName}/${mediaId}`,
      { headers: { authorization: `Bearer ${t.world.alice.accessToken}` } },
    );
    expect(response.status).toBe(200);
    const ciphertext = new Uint8Array(await response.arrayBuffer());
    // The media repository holds ciphertext only.
    expect(Buffer.from(ciphertext).includes(Buffer.from(CHART.subarray(0, 8)))).toBe(false);
    expect(Buffer.from(decryptAttachment(ciphertext, file)).equals(Buffer.from(CHART))).toBe(true);
  }, 90_000);
});
