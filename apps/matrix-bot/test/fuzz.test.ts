// Random and malformed Matrix event content through a real Synapse: the bot keeps syncing, never crashes, passes
// only string message bodies to the assistant, and still answers a normal message afterwards.
import { isReplyTo } from "@weerbaar/testing/synapse";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EchoAssistant } from "./support/echo-assistant.ts";
import { type MatrixScenario, matrixScenario } from "./support/fixture.ts";
import { bodyOf } from "./support/world.ts";

/** Fixed seed: the same events every run. */
const SEED = 20261128;
const EVENTS = 120;

/** JSON as Matrix accepts it: canonical JSON has no floats and only integers within ±(2^53 − 1). */
const { json: canonicalJson } = fc.letrec((tie) => ({
  json: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.string({ maxLength: 30 }),
    fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("json"), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 10 }), tie("json"), { maxKeys: 4 }),
  ),
}));

const canonicalObject = fc.dictionary(fc.string({ maxLength: 12 }), canonicalJson, { maxKeys: 4 });

const hostileText = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.string({ unit: "binary-ascii", maxLength: 200 }),
  fc.string({ maxLength: 20_000 }),
  fc.constantFrom(
    "<script>alert(1)</script>",
    '<a href="javascript:alert(1)">klik</a>',
    "'; DROP TABLE survey_events; --",
    "\u0000\u0007\u001b[31m\u202Eevil\uFEFF",
    "!weerbaar help",
    "Weerbaar Bot: hoe staat Leudal ervoor?",
  ),
);

/**
 * m.room.message content with random fields. Synapse itself refuses a non-string `body` or `msgtype` and a
 * non-object `m.relates_to`, `m.new_content` or `m.mentions` from clients, so those stay well-typed; everything inside them is random.
 */
const messageContent = fc.record(
  {
    msgtype: fc.oneof(
      fc.constantFrom("m.text", "m.notice", "m.emote", "m.image", "m.file", "m.location", "m.bad"),
      fc.string({ maxLength: 20 }),
    ),
    body: hostileText,
    format: fc.oneof(fc.constant("org.matrix.custom.html"), canonicalJson),
    formatted_body: fc.oneof(hostileText, canonicalJson),
    "m.relates_to": fc.oneof(
      canonicalObject,
      fc.record(
        {
          rel_type: fc.oneof(fc.constantFrom("m.replace", "m.thread", "m.annotation", "x"), canonicalJson),
          event_id: fc.oneof(fc.string({ maxLength: 60 }), canonicalJson),
          "m.in_reply_to": fc.oneof(canonicalObject, fc.record({ event_id: canonicalJson })),
          is_falling_back: canonicalJson,
          key: fc.oneof(fc.string({ maxLength: 10 }), canonicalJson),
        },
        { requiredKeys: [] },
      ),
    ),
    "m.new_content": canonicalObject,
    "m.mentions": canonicalObject,
    url: canonicalJson,
  },
  { requiredKeys: ["msgtype", "body"] },
);

const randomEvent = fc.oneof(
  { weight: 4, arbitrary: messageContent.map((content) => ({ type: "m.room.message", content })) },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constantFrom("m.reaction", "m.sticker", "org.example.custom", "m.poll.start"),
      content: fc.dictionary(fc.string({ maxLength: 12 }), canonicalJson, { maxKeys: 6 }),
    }),
  },
);

describe("random Matrix event content", () => {
  let t: MatrixScenario;
  const assistant = new EchoAssistant();

  beforeAll(async () => {
    t = await matrixScenario({ assistant });
  }, 120_000);
  afterAll(() => t?.cleanup());

  it("survives every event and still answers a normal message", async () => {
    const roomId = await t.directRoom(t.alice);
    const events = fc.sample(randomEvent, { numRuns: EVENTS, seed: SEED });
    let sent = 0;
    const refused: string[] = [];
    for (const event of events) {
      try {
        await t.alice.sendEvent(roomId, event.type, event.content as Record<string, unknown>);
        sent++;
      } catch (error) {
        // Synapse refuses some content itself (e.g. too large); those never reach the bot.
        refused.push((error as Error).message.slice(0, 200));
      }
    }
    expect(sent, refused.join("\n")).toBeGreaterThan(EVENTS / 2);

    const asked = await t.alice.sendText(roomId, "hoe staat Leudal ervoor?");
    const answer = await t.alice.waitForEvent(roomId, (e) => isReplyTo(e, asked), 60_000);
    expect(bodyOf(answer)).toBe("echo: hoe staat Leudal ervoor?");
    expect(t.bot.status()).toMatchObject({ running: true });
    expect(t.bot.status().fatalError).toBeUndefined();
    // Random text messages in a DM reach the assistant too, always as strings.
    expect(assistant.received.length).toBeGreaterThan(10);
    for (const message of assistant.received) expect(typeof message.text).toBe("string");
  }, 300_000);
});
