// Random and malformed activity JSON against /api/messages: the server answers every request, refuses malformed
// bodies with 400, never answers 200 for a turn that failed, never crashes, and still answers /healthz afterwards.
// Loopback only: every activity's serviceUrl is pinned to the local connector emulator, so the bot never calls
// anywhere else.
import { openStore, type Store } from "@weerbaar/store";
import { personalChat, personalMessage, teamsUser } from "@weerbaar/testing/bot-connector";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { capturedLogger, type LogLine } from "./support/captured-logger.ts";
import { type BotUnderTest, NOW, startBot, TENANT } from "./support/harness.ts";
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

/** An account as channels send it, sometimes the bot's own. */
const accountOf = (botId: string) =>
  fc.record(
    {
      id: fc.oneof(fc.constant(botId), fc.string({ maxLength: 40 })),
      name: hostileText,
      aadObjectId: fc.oneof(fc.constant(KNOWN_AAD), fc.string({ maxLength: 40 })),
    },
    { requiredKeys: ["id"] },
  );

/** Entity lists: mentions of the bot or of someone else (type in either case), and other entities. */
const entitiesOf = (botId: string) =>
  fc.array(
    fc.oneof(
      fc.record({
        type: fc.constantFrom("mention", "Mention"),
        text: fc.constantFrom("<at>Weerbaar</at>", "<at>Jan</at>", ""),
        mentioned: accountOf(botId),
      }),
      fc.record({ type: fc.string({ maxLength: 20 }), locale: fc.string({ maxLength: 10 }) }),
    ),
    { maxLength: 3 },
  );

/** Well-formed fields with hostile content: such an activity must run its turn without failing. */
const plausibleFieldsOf = (botId: string) =>
  fc.record(
    {
      type: fc.oneof(
        fc.constantFrom("message", "conversationUpdate", "installationUpdate", "invoke", "event", "typing"),
        fc.string({ minLength: 1, maxLength: 20 }),
      ),
      text: hostileText,
      from: accountOf(botId),
      conversation: fc.record(
        {
          id: fc.string({ minLength: 1, maxLength: 80 }),
          conversationType: fc.string({ maxLength: 20 }),
          isGroup: fc.boolean(),
          tenantId: fc.constant(TENANT),
        },
        { requiredKeys: ["id"] },
      ),
      recipient: accountOf(botId),
      entities: entitiesOf(botId),
      value: fc.jsonValue({ maxDepth: 3 }),
      channelData: fc.record(
        { tenant: fc.record({ id: fc.constant(TENANT) }), eventType: fc.string({ maxLength: 20 }) },
        { requiredKeys: [] },
      ),
      locale: fc.string({ maxLength: 20 }),
      timestamp: fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
      replyToId: fc.string({ maxLength: 40 }),
      membersAdded: fc.array(accountOf(botId), { maxLength: 3 }),
      membersRemoved: fc.array(accountOf(botId), { maxLength: 3 }),
      action: fc.constantFrom("add", "remove", "add-upgrade", ""),
    },
    { requiredKeys: [] },
  );

/** The fields the bot reads, where one broken field goes (never serviceUrl: it stays pinned to the emulator). */
const FIELDS = [
  "type",
  "text",
  "from",
  "conversation",
  "recipient",
  "entities",
  "channelData",
  "locale",
  "timestamp",
  "replyToId",
  "membersAdded",
  "membersRemoved",
  "action",
  "channelId",
] as const;

/** A broken value: any JSON, or a near miss (an account with an odd id, a mention without its account…). */
const brokenValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.record(
    { id: fc.jsonValue({ maxDepth: 1 }), tenant: fc.jsonValue({ maxDepth: 1 }) },
    { requiredKeys: [] },
  ),
  fc.array(
    fc.oneof(
      fc.record(
        { type: fc.constantFrom("mention", "Mention"), text: fc.jsonValue({ maxDepth: 0 }) },
        { requiredKeys: [] },
      ),
      fc.record({ type: fc.jsonValue({ maxDepth: 0 }), id: fc.jsonValue({ maxDepth: 0 }) }),
      fc.jsonValue({ maxDepth: 1 }),
    ),
    { minLength: 1, maxLength: 2 },
  ),
);

/** Plausible fields, and in about half the cases one field broken (or left out, as `undefined` is dropped). */
const activityFieldsOf = (botId: string) =>
  fc
    .tuple(
      plausibleFieldsOf(botId),
      fc.option(fc.tuple(fc.constantFrom(...FIELDS), fc.oneof(brokenValue, fc.constant(undefined)))),
    )
    .map(([fields, broken]) => (broken ? { ...fields, [broken[0]]: broken[1] } : fields));

/** A turn that went wrong: something in it was logged as an error (turn_failed, assistant_failed…). */
const failedTurn = (lines: readonly LogLine[]) => lines.some((line) => Number(line.level) >= 50);

describe("/api/messages under random and malformed input", () => {
  let store: Store;
  let t: BotUnderTest;
  let lines: LogLine[];
  const user = teamsUser("Anna de Vries", KNOWN_AAD);

  beforeAll(async () => {
    store = await openStore("sqlite::memory:", { now: () => NOW });
    const captured = capturedLogger();
    lines = captured.lines;
    t = await startBot({
      assistant: await realAssistant(store, KNOWN_AAD),
      store,
      auth: "local",
      logger: captured.logger,
    });
  });
  afterAll(async () => {
    await t?.close();
    await store?.close();
  });

  const send = async (body: string, contentType = "application/json") => {
    const response = await fetch(`${t.url}/api/messages`, {
      method: "POST",
      headers: { "content-type": contentType },
      body,
    });
    return { status: response.status, body: await response.text() };
  };
  const postRaw = async (body: string, contentType?: string) => (await send(body, contentType)).status;

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

  it("survives activities with random fields: every request is answered, none is a server error or a failed turn answered 200", async () => {
    const base = () =>
      personalMessage(t.connector.context, { user, chat: personalChat(), text: "hoe staat Leudal ervoor?" });
    const overrides = activityFieldsOf(t.connector.context.bot.id);
    const statuses = new Map<number, number>();
    const serverErrors: string[] = [];
    const failedButOk: string[] = [];
    const refusedBadly: string[] = [];
    await fc.assert(
      fc.asyncProperty(overrides, async (changes) => {
        // serviceUrl stays the emulator's: whatever the bot sends goes to 127.0.0.1.
        const activity = { ...base(), ...changes, serviceUrl: t.connector.serviceUrl };
        lines.length = 0;
        const { status, body } = await send(JSON.stringify(activity));
        const seen = `${status} ${JSON.stringify(changes)}`;
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        // botbuilder answers an invoke nobody handled with 501 Not Implemented, as Teams expects.
        const unhandledInvoke = activity.type === "invoke" && status === 501;
        if (status >= 500 && !unhandledInvoke) serverErrors.push(seen);
        // A malformed activity must be refused before its turn, not fail inside it and be answered 200.
        if (status === 200 && failedTurn(lines)) failedButOk.push(seen);
        if (status === 400) {
          const refused = JSON.parse(body) as { error?: unknown; reason?: unknown };
          const turnStarted = lines.some((line) => line.event === "turn_started");
          if (refused.error !== "invalid activity" || typeof refused.reason !== "string" || turnStarted)
            refusedBadly.push(`${seen} -> ${body}`);
        }
      }),
      { numRuns: 300, seed: SEED },
    );
    expect(await healthy()).toBe(200);
    expect(serverErrors).toEqual([]);
    expect(failedButOk).toEqual([]);
    expect(refusedBadly).toEqual([]);
    // Both sides were exercised: activities that ran a turn and activities the schema refused.
    expect(statuses.get(200) ?? 0).toBeGreaterThan(0);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(0);
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
