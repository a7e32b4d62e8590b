// An adapter that knows whose question a button belongs to (a Teams card answering Anna) says so with
// `questionOf`. Someone else pressing it is refused even when they have a question of their own open, which the
// shared-conversation check alone cannot tell apart from an answer to that own question.
import type { ChatIdentity } from "@weerbaar/domain";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { anna, createScenario, type Scenario } from "./scenario.ts";

const bob: ChatIdentity = { platform: "matrix", userId: "@bob:weerbaar.test" };
const room = { conversationId: "matrix:!team-room:weerbaar.test", shared: true };

describe("a button of someone else's question", () => {
  let s: Scenario;
  beforeEach(async () => {
    s = await createScenario();
    await s.store.staff.upsert(
      { displayName: "Anna de Vries", role: "admin", identities: [anna] },
      { actorId: "system", channel: "test" },
    );
    await s.store.staff.upsert(
      { displayName: "Bob Bakker", role: "advisor", identities: [bob] },
      { actorId: "system", channel: "test" },
    );
  });
  afterEach(() => s.close());

  it("is refused while the presser has a question of their own open, and answers neither", async () => {
    await s.say("Roermodn heeft geen protocol", room);
    await s.say("Venloo heeft een protocol", { ...room, as: bob });
    const pressed = await s.say("ja", { ...room, as: bob, questionOf: anna });
    expect(pressed.intent).toBe("question_for_someone_else");
    expect(pressed.text).toBe("Deze vraag was voor Anna de Vries; er is niets veranderd.");
    expect(await s.store.survey.history("GM0957")).toHaveLength(0);
    expect(await s.store.survey.history("GM0983")).toHaveLength(0);
    // Both questions are still open, each for its own asker.
    expect((await s.say("nee", { ...room, as: bob, questionOf: bob })).intent).toBe("cancelled");
    expect((await s.say("ja", { ...room, questionOf: anna })).intent).toBe("survey_updated");
    expect((await s.store.survey.current("GM0957")).protocol).toBe("none");
  });

  it("is refused in English too, also in a personal chat", async () => {
    const pressed = await s.say("yes", { as: bob, questionOf: anna, langHint: "en" });
    expect(pressed.text).toBe("This question was for Anna de Vries; nothing changed.");
  });
});
