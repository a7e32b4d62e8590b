import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ChatIdentity } from "@weerbaar/domain";
import { openStore, type Store } from "@weerbaar/store";
import { type TestClock, testClock } from "@weerbaar/testing/engines";
import {
  type Assistant,
  createAssistant,
  type IncomingMessage,
  type MessageMention,
  type Reply,
  renderPlainText,
} from "../src/index.ts";

export { type TestClock, testClock };

/** A reply with its plain-text rendering, for assertions. */
export type Said = Reply & { text: string };

/** A chat against a real SQLite file: staff say things, the assistant answers. */
export type Scenario = {
  store: Store;
  clock: TestClock;
  assistant: Assistant;
  /** A message from the admin `anna` (or `as`) in her personal conversation (or `conversationId`). */
  say(
    text: string,
    options?: {
      as?: ChatIdentity;
      conversationId?: string;
      channelId?: string;
      langHint?: "nl" | "en";
      /** A group chat, channel or room instead of a personal chat. */
      shared?: boolean;
      /** The people the message @mentions, as an adapter hands them over. */
      mentions?: MessageMention[];
      /** Whose question the message answers, as an adapter hands over a card button's owner. */
      questionOf?: ChatIdentity;
    },
  ): Promise<Said>;
  /** A fresh assistant over the same store: what a restart looks like. */
  restart(): void;
  close(): Promise<void>;
};

/** Anna, the first admin (from WEERBAAR_ADMINS in production). */
export const anna: ChatIdentity = { platform: "matrix", userId: "@anna:weerbaar.test" };

/** Opens a scenario on a new SQLite file at the given instant. */
export async function createScenario(options: { now?: string; url?: string } = {}): Promise<Scenario> {
  const dir = mkdtempSync(join(tmpdir(), "weerbaar-assistant-"));
  const clock = testClock(options.now ?? "2023-10-20T10:00:00Z");
  const store = await openStore(options.url ?? `sqlite:${join(dir, "weerbaar.db")}`, { now: clock.now });
  const build = () =>
    createAssistant({ store, now: clock.now, admins: ["matrix:@anna:weerbaar.test"], pageSize: 25 });
  const scenario: Scenario = {
    store,
    clock,
    assistant: build(),
    async say(text, o = {}) {
      const identity = o.as ?? anna;
      const who = identity.platform === "teams" ? identity.aadObjectId : identity.userId;
      const message: IncomingMessage = {
        conversationId: o.conversationId ?? `test:${who}`,
        channel: { platform: identity.platform, id: o.channelId ?? `dm-${who}` },
        identity,
        text,
        isDirect: !o.shared,
        ...(o.langHint ? { langHint: o.langHint } : {}),
        ...(o.mentions ? { mentions: o.mentions } : {}),
        ...(o.questionOf ? { questionOf: o.questionOf } : {}),
      };
      const reply = await scenario.assistant.handle(message);
      return { ...reply, text: renderPlainText(reply) };
    },
    restart() {
      scenario.assistant = build();
    },
    async close() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return scenario;
}
