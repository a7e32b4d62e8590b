import type { ChatIdentity } from "@weerbaar/domain";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { anna, createScenario, type Scenario } from "./scenario.ts";

const bob: ChatIdentity = { platform: "matrix", userId: "@bob:weerbaar.test" };
const channel = { conversationId: "matrix:!team-room:weerbaar.test", shared: true };

describe("a question in a shared conversation belongs to the person it was asked of", () => {
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

  it("refuses someone else's 'ja', says whose question it was, and writes nothing", async () => {
    expect((await s.say("Roermodn heeft geen protocol", channel)).intent).toBe("confirm_request");
    const other = await s.say("ja", { ...channel, as: bob });
    expect(other.intent).toBe("question_for_someone_else");
    expect(other.text).toContain("Anna de Vries");
    expect(await s.store.survey.history("GM0957")).toHaveLength(0);
    // The asker's question is still open and hers to answer.
    expect((await s.say("ja", channel)).intent).toBe("survey_updated");
  });

  it("refuses someone else's choice between two Utrechts, in English too", async () => {
    await s.say("Utrecht has no protocol", channel);
    const other = await s.say("2", { ...channel, as: bob, langHint: "en" });
    expect(other.intent).toBe("question_for_someone_else");
    expect(other.text).toBe("This question was for Anna de Vries; nothing changed.");
    expect((await s.store.survey.current("PV26")).protocol).toBe("unknown");
    expect((await s.store.survey.current("GM0344")).protocol).toBe("unknown");
  });

  it("keeps two people's open questions apart in one channel", async () => {
    await s.say("Roermodn heeft geen protocol", channel);
    await s.say("Venloo heeft een protocol", { ...channel, as: bob });
    expect((await s.say("nee", { ...channel, as: bob })).intent).toBe("cancelled");
    expect((await s.say("ja", channel)).intent).toBe("survey_updated");
    expect((await s.store.survey.current("GM0957")).protocol).toBe("none");
    expect(await s.store.survey.history("GM0983")).toHaveLength(0);
  });

  it("records the write under the asker's name", async () => {
    await s.say("Roermodn heeft geen protocol", channel);
    await s.say("ja", { ...channel, as: bob });
    await s.say("ja", channel);
    const annaStaff = await s.store.staff.findByIdentity(anna);
    expect((await s.store.survey.current("GM0957")).updatedBy).toBe(annaStaff?.id);
  });

  it("handles a 'ja' as usual when nobody has a question open", async () => {
    expect((await s.say("ja", { ...channel, as: bob })).intent).toBe("confirm");
  });

  it("still asks and answers in a personal chat as before", async () => {
    await s.say("Roermodn heeft geen protocol");
    expect((await s.say("ja")).intent).toBe("survey_updated");
  });
});
