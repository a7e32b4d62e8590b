// 200 conversations at once through the connector emulator: every answer is the right one, and dialog state
// (a guessed name confirmed, an ambiguous one chosen, both with card buttons) never leaks from one conversation into another.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { understand } from "@weerbaar/assistant";
import { allBodies, resolveBody } from "@weerbaar/domain";
import { openStore, type Store } from "@weerbaar/store";
import {
  cardSubmit,
  personalChat,
  personalMessage,
  type TeamsChat,
  type TeamsUser,
  teamsUser,
} from "@weerbaar/testing/bot-connector";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { escapeCardText } from "../src/cards/escape.ts";
import { cardOf, textsOf } from "./support/cards.ts";
import { type BotUnderTest, NOW, startBot } from "./support/harness.ts";
import { realAssistant } from "./support/real-assistant.ts";

const CONVERSATIONS = 200;
const USERS = 20;

/** A typo of a name (last letter doubled): the bot must ask to confirm its guess before recording. */
const typoOf = (name: string) => `${name}${name.slice(-1)}`;

/**
 * Municipalities whose name resolves to exactly themselves and whose typo is guessed as themselves: each
 * question has one right answer, and each survey update goes through a confirm dialog.
 */
const bodies = allBodies
  .filter((body) => body.kind === "municipality")
  .filter((body) => {
    const exact = resolveBody(body.name);
    const typo = understand(`${typoOf(body.name)} heeft een protocol`).intent;
    const named = typo.intent === "update_survey" ? typo.bodies[0] : undefined;
    return (
      exact.status === "found" &&
      exact.body.code === body.code &&
      named?.status === "found" &&
      named.fuzzy &&
      named.body.code === body.code
    );
  })
  .slice(0, CONVERSATIONS);

/** Bergen exists in Noord-Holland and in Limburg: the status question asks which one. */
const BERGEN = ["Bergen (NH.)", "Bergen (L.)"] as const;

type Conversation = {
  index: number;
  user: TeamsUser;
  chat: TeamsChat;
  bodyCode: string;
  bodyName: string;
  /** "een" (present) or "geen" (none): each conversation states its own value. */
  hasProtocol: boolean;
  /** Whether the user confirms the guessed name (yes) or refuses it (no). */
  confirms: boolean;
  /** 1-based button pressed when asked which Bergen. */
  bergen: 1 | 2;
};

function plan(users: TeamsUser[]): Conversation[] {
  return bodies.map((body, index) => ({
    index,
    user: users[index % users.length] as TeamsUser,
    chat: personalChat(),
    bodyCode: body.code,
    bodyName: body.name,
    hasProtocol: index % 3 !== 0,
    confirms: index % 4 !== 3,
    bergen: index % 2 === 0 ? 1 : 2,
  }));
}

describe(`${CONVERSATIONS} concurrent Teams conversations against the real assistant`, () => {
  let dir: string;
  let store: Store;
  let t: BotUnderTest;
  let users: TeamsUser[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "weerbaar-load-"));
    store = await openStore(`sqlite:${join(dir, "weerbaar.db")}`, { now: () => NOW });
    users = Array.from({ length: USERS }, (_, n) => teamsUser(`Medewerker ${n + 1}`));
    // realAssistant seeds its own staff member; the others are added directly.
    const assistant = await realAssistant(store, users[0]?.aadObjectId ?? "");
    for (const user of users.slice(1)) {
      await store.staff.upsert(
        {
          displayName: user.name,
          role: "advisor",
          identities: [{ platform: "teams", aadObjectId: user.aadObjectId }],
        },
        { actorId: "system", channel: "test" },
      );
    }
    t = await startBot({ assistant, store });
  });
  afterAll(async () => {
    await t?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("has enough distinct municipalities to ask about", () => {
    expect(bodies).toHaveLength(CONVERSATIONS);
  });

  it("answers every conversation with its own body, then completes every confirm and choice dialog in the right conversation", async () => {
    const conversations = plan(users);
    const post = (activity: Parameters<BotUnderTest["connector"]["post"]>[0]) => t.connector.post(activity);

    // Round 1: each conversation asks the status of a different municipality, all at once.
    const statuses = await Promise.all(
      conversations.map((c) =>
        post(
          personalMessage(t.connector.context, {
            user: c.user,
            chat: c.chat,
            text: `hoe staat ${c.bodyName} ervoor?`,
          }),
        ),
      ),
    );
    expect(statuses.map((r) => r.status)).toEqual(conversations.map(() => 200));
    for (const c of conversations) {
      const replies = t.connector.activitiesIn(c.chat.id);
      expect(replies, c.bodyName).toHaveLength(1);
      const card = cardOf(replies[0]);
      expect(card.body[0], c.bodyName).toMatchObject({ type: "TextBlock", text: escapeCardText(c.bodyName) });
      expect(textsOf(card).join("\n")).not.toMatch(/iets mis|went wrong/);
    }

    // Round 2: each records a value for its own body under a typo; the bot asks to confirm its guess.
    const guesses = await Promise.all(
      conversations.map((c) =>
        post(
          personalMessage(t.connector.context, {
            user: c.user,
            chat: c.chat,
            text: `${typoOf(c.bodyName)} heeft ${c.hasProtocol ? "een" : "geen"} protocol`,
          }),
        ),
      ),
    );
    expect(guesses.map((r) => r.status)).toEqual(conversations.map(() => 200));
    const confirmations = conversations.map((c) => {
      const replies = t.connector.activitiesIn(c.chat.id);
      expect(replies).toHaveLength(2);
      const card = cardOf(replies[1]);
      expect(textsOf(card).join("\n")).toContain(`je ${escapeCardText(c.bodyName)} bedoelt`);
      const button = card.actions?.[c.confirms ? 0 : 1];
      expect(button?.data?.weerbaarValue).toBe(c.confirms ? "ja" : "nee");
      return { c, data: { ...button?.data }, replyToId: replies[1]?.id ?? "" };
    });

    // Round 3: all press their button at once; each answer must act on its own conversation's pending write.
    const pressed = await Promise.all(
      confirmations.map(({ c, data, replyToId }) =>
        post(cardSubmit(t.connector.context, { user: c.user, chat: c.chat, value: data, replyToId })),
      ),
    );
    expect(pressed.map((r) => r.status)).toEqual(conversations.map(() => 200));
    for (const c of conversations) {
      const replies = t.connector.activitiesIn(c.chat.id);
      expect(replies).toHaveLength(3);
      const text = textsOf(cardOf(replies[2])).join("\n");
      if (c.confirms) {
        expect(text, `conversation ${c.index}`).toContain("Vastgelegd.");
        expect(text).toContain(escapeCardText(c.bodyName));
        expect(text).toContain(c.hasProtocol ? "protocol aanwezig" : "geen protocol");
      } else {
        expect(text, `conversation ${c.index}`).toContain("niets vastgelegd");
      }
    }

    // Round 4: everyone asks about Bergen and picks one of the two; each gets the Bergen it picked.
    const questions = await Promise.all(
      conversations.map((c) =>
        post(
          personalMessage(t.connector.context, {
            user: c.user,
            chat: c.chat,
            text: "hoe staat Bergen ervoor?",
          }),
        ),
      ),
    );
    expect(questions.map((r) => r.status)).toEqual(conversations.map(() => 200));
    const choices = conversations.map((c) => {
      const replies = t.connector.activitiesIn(c.chat.id);
      expect(replies).toHaveLength(4);
      const card = cardOf(replies[3]);
      expect(card.actions?.map((a) => a.data?.weerbaarValue)).toEqual(["1", "2"]);
      return { c, data: { ...card.actions?.[c.bergen - 1]?.data }, replyToId: replies[3]?.id ?? "" };
    });
    const picked = await Promise.all(
      choices.map(({ c, data, replyToId }) =>
        post(cardSubmit(t.connector.context, { user: c.user, chat: c.chat, value: data, replyToId })),
      ),
    );
    expect(picked.map((r) => r.status)).toEqual(conversations.map(() => 200));
    for (const c of conversations) {
      const replies = t.connector.activitiesIn(c.chat.id);
      expect(replies).toHaveLength(5);
      const expected = escapeCardText(BERGEN[c.bergen - 1] as string);
      expect(cardOf(replies[4]).body[0], `conversation ${c.index}`).toMatchObject({ text: expected });
    }

    // The store holds one event per confirming conversation, for its own body and with its own value.
    for (const c of conversations) {
      const history = await store.survey.history(c.bodyCode);
      if (!c.confirms) {
        expect(history, c.bodyName).toEqual([]);
        continue;
      }
      expect(
        history.map((e) => e.protocol),
        c.bodyName,
      ).toEqual([c.hasProtocol ? "present" : "none"]);
      expect(history[0]?.note).toBe(`${typoOf(c.bodyName)} heeft ${c.hasProtocol ? "een" : "geen"} protocol`);
    }
  }, 180_000);
});
