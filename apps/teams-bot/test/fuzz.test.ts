// Random and malformed activity JSON against /api/messages: the server answers every request, refuses malformed
// bodies with 400, never crashes, and still answers /healthz afterwards. Loopback only: every activity's
// serviceUrl is pinned to the local connector emulator, so the bot never calls anywhere else.
import { openStore, type Store } from "@weerbaar/store";
import { personalChat, personalMessage, teamsUser } from "@weerbaar/testing/bot-connector";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BotUnderTest, NOW, startBot } from "./support/harness.ts";
import { realAssistant } from "./support/real-assistant.ts";
import { KNOWN_AAD } from "./support/scripted-assistant.ts";

/** Fixed seeds: a failure reproduces; the seed is printed by fast-check when one does. */
const SEED = 20261128;

function isTypedObject(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const type = (value as { type?: unknown }).type;
  return typeof type === "string" && type.length > 0;
}

/** Text that is not JSON at all, or JSON that is not an object with a non-empty string `type`. */
const malformedBody = fc.oneof(
  fc.string({ unit: "binary", maxLength: 300 }).filter((text) => {
    try {
      return !isTypedObject(JSON.parse(text));
    } catch {
      return true;
    }
  }),
  fc
    .jsonValue({ maxDepth: 3 })
    .filter((value) => !isTypedObject(value))
    .map((value) => JSON.stringify(value) ?? "null"),
  fc.constantFrom(
    "{",
    '{"type":',
    '{"type": null}',
    '{"type": ["message"]}',
    '{"type": {"toString": "message"}}',
    '{"__proto__": {"type": "message"}}',
    "\u0000\u0001\u0002",
    "[{}]",
    '"message"',
  ),
);

/** Hostile strings: long, unicode, control characters, markup, card JSON, SQL. */
const hostileText = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ maxLength: 5000 }),
  fc.constantFrom(
    "<at>Weerbaar</at>",
    "<script>alert(1)</script>",
    '{"type":"AdaptiveCard","body":[{"type":"Input.Text","id":"x"}]}',
    "'; DROP TABLE survey_events; --",
    "{{DATE(2017-02-14T06:08:39Z, LONG)}}",
    "\u202Eevil\u202C \uFEFF \uD800",
    "hoe staat Leudal ervoor?",
  ),
);

describe("/api/messages under random and malformed input", () => {
  let store: Store;
  let t: BotUnderTest;
  const user = teamsUser("Anna de Vries", KNOWN_AAD);

  beforeAll(async () => {
    store = await openStore("sqlite::memory:", { now: () => NOW });
    t = await startBot({ assistant: await realAssistant(store, KNOWN_AAD), store, auth: "local" });
  });
  afterAll(async () => {
    await t?.close();
    await store?.close();
  });

  const postRaw = async (body: string, contentType = "application/json") => {
    const response = await fetch(`${t.url}/api/messages`, {
      method: "POST",
      headers: { "content-type": contentType },
      body,
    });
    await response.arrayBuffer();
    return response.status;
  };

  const healthy = async () => (await fetch(`${t.url}/healthz`)).status;

  it("answers 400 to every malformed body", async () => {
    await fc.assert(
      fc.asyncProperty(malformedBody, async (body) => {
        expect(await postRaw(body), JSON.stringify(body)).toBe(400);
      }),
      { numRuns: 300, seed: SEED },
    );
    expect(await healthy()).toBe(200);
  }, 120_000);

  it("answers 400 to a body of the wrong content type or over the size limit", async () => {
    expect(await postRaw('{"type":"message"}', "text/plain")).toBe(400);
    expect(await postRaw(JSON.stringify({ type: "message", text: "x".repeat(1_100_000) }))).toBe(413);
    expect(await healthy()).toBe(200);
  });

  it("survives activities with random fields: every request is answered, none is a server error", async () => {
    const base = () =>
      personalMessage(t.connector.context, { user, chat: personalChat(), text: "hoe staat Leudal ervoor?" });
    const overrides = fc.record(
      {
        type: fc.oneof(
          fc.constantFrom("message", "conversationUpdate", "installationUpdate", "invoke", "event", "typing"),
          fc.string({ minLength: 1, maxLength: 20 }),
        ),
        text: fc.oneof(hostileText, fc.jsonValue({ maxDepth: 2 })),
        from: fc.jsonValue({ maxDepth: 2 }),
        conversation: fc.oneof(
          fc.jsonValue({ maxDepth: 2 }),
          fc.record({ id: fc.string({ maxLength: 80 }), conversationType: fc.string({ maxLength: 20 }) }),
        ),
        recipient: fc.jsonValue({ maxDepth: 2 }),
        entities: fc.jsonValue({ maxDepth: 3 }),
        value: fc.jsonValue({ maxDepth: 3 }),
        channelData: fc.jsonValue({ maxDepth: 3 }),
        locale: fc.oneof(fc.string({ maxLength: 20 }), fc.jsonValue({ maxDepth: 1 })),
        timestamp: fc.oneof(fc.string({ maxLength: 30 }), fc.jsonValue({ maxDepth: 1 })),
        replyToId: fc.string({ maxLength: 40 }),
        membersAdded: fc.jsonValue({ maxDepth: 2 }),
        action: fc.string({ maxLength: 20 }),
      },
      { requiredKeys: [] },
    );
    const statuses = new Map<number, number>();
    const serverErrors: string[] = [];
    await fc.assert(
      fc.asyncProperty(overrides, async (changes) => {
        // serviceUrl stays the emulator's: whatever the bot sends goes to 127.0.0.1.
        const activity = { ...base(), ...changes, serviceUrl: t.connector.serviceUrl };
        const status = await postRaw(JSON.stringify(activity));
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        // botbuilder answers an invoke nobody handled with 501 Not Implemented, as Teams expects.
        const unhandledInvoke = activity.type === "invoke" && status === 501;
        if (status >= 500 && !unhandledInvoke) serverErrors.push(`${status} ${JSON.stringify(changes)}`);
      }),
      { numRuns: 300, seed: SEED },
    );
    expect(await healthy()).toBe(200);
    expect(serverErrors).toEqual([]);
    expect(statuses.get(200) ?? 0).toBeGreaterThan(0);
  }, 180_000);

  it("answers every well-formed message with hostile text with a reply card", async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, fc.constantFrom("nl-NL", "en-US", "", "xx"), async (text, locale) => {
        const chat = personalChat();
        const status = await postRaw(
          JSON.stringify(personalMessage(t.connector.context, { user, chat, text, locale })),
        );
        expect(status).toBe(200);
        const replies = t.connector.activitiesIn(chat.id);
        expect(replies).toHaveLength(1);
        expect(replies[0]?.type).toBe("message");
      }),
      { numRuns: 150, seed: SEED },
    );
    expect(await healthy()).toBe(200);
  }, 180_000);
});
