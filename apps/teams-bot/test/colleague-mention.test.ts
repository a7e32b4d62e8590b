import { openStore, type Store } from "@weerbaar/store";
import {
  groupChat,
  groupMessage,
  type MentionEntity,
  type TeamsChat,
  teamsUser,
  userMention,
} from "@weerbaar/testing/bot-connector";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cardOf } from "./support/cards.ts";
import { type BotUnderTest, NOW, startBot, TENANT } from "./support/harness.ts";
import { type RecordingAssistant, recordingAssistant } from "./support/real-assistant.ts";
import { KNOWN_AAD } from "./support/scripted-assistant.ts";

const system = { actorId: "system", channel: "test" };

describe("colleagues by @mention in Teams", () => {
  let t: BotUnderTest;
  let store: Store;
  let assistant: RecordingAssistant;
  let chat: TeamsChat;
  const anna = teamsUser("Anna de Vries", KNOWN_AAD);
  const lisa = teamsUser("Lisa de Vries");
  const lisaAccount = { platform: "teams" as const, aadObjectId: lisa.aadObjectId };

  beforeEach(async () => {
    store = await openStore("sqlite::memory:", { now: () => NOW });
    await store.staff.upsert(
      {
        displayName: "Anna de Vries",
        role: "admin",
        identities: [{ platform: "teams", aadObjectId: KNOWN_AAD, tenantId: TENANT }],
      },
      system,
    );
    assistant = recordingAssistant(store);
    t = await startBot({ assistant, store });
    chat = groupChat();
  });
  afterEach(async () => {
    await t.close();
    await store.close();
  });

  /** Anna @mentions the bot (and whoever `mentions` adds) in the group chat; resolves with the bot's answer. */
  const say = async (text: string, mentions: MentionEntity[] = []) => {
    const before = t.connector.activitiesIn(chat.id).length;
    const message = groupMessage(t.connector.context, { user: anna, chat, text, mentions });
    expect((await t.connector.post(message)).status).toBe(200);
    const all = await t.connector.waitForReplies(chat.id, before + 1);
    return JSON.stringify(cardOf(all[before]));
  };
  const rosterLookups = () => t.connector.calls.filter((c) => c.kind === "member");

  it("adds '@Lisa de Vries' as advisor with her Entra object id from the roster", async () => {
    t.connector.addMember(lisa);
    const mention = userMention(lisa);
    const confirm = await say(`voeg ${mention.text} toe als adviseur`, [mention]);
    expect(confirm).toContain(`teams:${lisa.aadObjectId}`);
    expect(confirm).toContain("Lisa de Vries");
    expect(rosterLookups()).toMatchObject([{ memberId: lisa.id, status: 200 }]);
    expect(assistant.calls[0]?.mentions).toEqual([
      { id: `teams:${lisa.aadObjectId}`, name: "Lisa de Vries", text: "<at>Lisa de Vries</at>" },
    ]);
    await say("ja");
    expect(assistant.replies.at(-1)?.intent).toBe("staff_added");
    expect(await store.staff.findByIdentity(lisaAccount)).toMatchObject({
      displayName: "Lisa de Vries",
      role: "advisor",
    });
  });

  it("makes '@Lisa' admin: the roster says which Lisa, whatever name the mention shows", async () => {
    await store.staff.upsert(
      { displayName: "Lisa de Vries", role: "advisor", identities: [lisaAccount] },
      system,
    );
    await store.staff.upsert(
      {
        displayName: "Lisa Bakker",
        role: "advisor",
        identities: [{ platform: "teams", aadObjectId: "0b7e6d5c-4a3b-4c2d-9e1f-a0b1c2d3e4f5" }],
      },
      system,
    );
    t.connector.addMember(lisa);
    const mention = userMention(lisa, { shownAs: "Lisa" });
    const confirm = await say(`maak ${mention.text} beheerder`, [mention]);
    expect(assistant.replies.at(-1)?.data.pending).toMatchObject({ type: "set_staff_role", role: "admin" });
    expect(confirm).toContain("Lisa de Vries");
    await say("ja");
    expect(assistant.replies.at(-1)?.intent).toBe("staff_role_set");
    expect((await store.staff.findByIdentity(lisaAccount))?.role).toBe("admin");
    expect((await store.staff.list()).find((m) => m.displayName === "Lisa Bakker")?.role).toBe("advisor");
    expect(rosterLookups()).toHaveLength(1);
  });

  it("takes the object id from the mention when Teams gives it, without asking the roster", async () => {
    const mention = userMention(lisa, { shownAs: "Lisa", withAadObjectId: true });
    await say(`maak ${mention.text} beheerder`, [mention]);
    await say("ja");
    expect(assistant.replies.at(-1)?.intent).toBe("staff_added");
    expect((await store.staff.findByIdentity(lisaAccount))?.role).toBe("admin");
    expect(rosterLookups()).toHaveLength(0);
  });

  it("reads a mention the roster does not know as the name it shows", async () => {
    const mention = userMention(lisa, { shownAs: "Lisa" });
    const answer = await say(`maak ${mention.text} beheerder`, [mention]);
    expect(rosterLookups()).toMatchObject([{ memberId: lisa.id, status: 404 }]);
    expect(assistant.calls[0]?.mentions).toEqual([{ name: "Lisa de Vries", text: "<at>Lisa</at>" }]);
    expect(assistant.replies.at(-1)?.intent).toBe("staff_unknown");
    expect(answer).toContain("Lisa de Vries");
    expect(answer).not.toContain("<at>");
  });
});
