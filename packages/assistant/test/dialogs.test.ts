import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createScenario, type Scenario } from "./scenario.ts";

describe("multi-turn dialogs", () => {
  let s: Scenario;
  beforeEach(async () => {
    s = await createScenario();
  });
  afterEach(() => s.close());

  it("asks back which Utrecht is meant, never guesses, and resumes with the choice", async () => {
    const ask = await s.say("Utrecht heeft geen protocol");
    expect(ask.intent).toBe("choose_body");
    expect(ask.actions.map((a) => a.value)).toEqual(["1", "2"]);
    expect((await s.store.survey.current("GM0344")).protocol).toBe("unknown");
    const chosen = await s.say("provincie");
    expect(chosen.intent).toBe("survey_updated");
    expect((await s.store.survey.current("PV26")).protocol).toBe("none");
    expect((await s.store.survey.current("GM0344")).protocol).toBe("unknown");
  });

  it("asks for the body when none was named, then uses the answer", async () => {
    const ask = await s.say("wie is de griffier?");
    expect(ask.intent).toBe("ask_body");
    const answer = await s.say("Leudal");
    expect(answer.intent).toBe("show_contacts");
    expect(answer.data.code).toBe("GM1640");
  });

  it("confirms a corrected name before writing; 'nee' drops it", async () => {
    const ask = await s.say("Roermodn heeft geen protocol");
    expect(ask.intent).toBe("confirm_request");
    expect(ask.text).toContain("Roermond");
    expect((await s.say("nee")).intent).toBe("cancelled");
    expect(await s.store.survey.history("GM0957")).toHaveLength(0);
    expect((await s.say("ja")).intent).toBe("confirm");
  });

  it("keeps a pending question across a restart of the assistant", async () => {
    await s.say("Roermodn heeft geen protocol");
    s.restart();
    expect((await s.say("ja")).intent).toBe("survey_updated");
    expect((await s.store.survey.current("GM0957")).protocol).toBe("none");
  });

  it("lets a pending question expire after half an hour", async () => {
    await s.say("Roermodn heeft geen protocol");
    s.clock.advance(31 * 60 * 1000);
    expect((await s.say("ja")).intent).toBe("confirm");
    expect(await s.store.survey.history("GM0957")).toHaveLength(0);
  });

  it("keeps each conversation's dialog to itself", async () => {
    await s.say("Roermodn heeft geen protocol", { conversationId: "room-a" });
    expect((await s.say("ja", { conversationId: "room-b" })).intent).toBe("confirm");
    expect((await s.say("ja", { conversationId: "room-a" })).intent).toBe("survey_updated");
  });

  it("starts something new when the user asks another question instead of answering", async () => {
    await s.say("Utrecht heeft geen protocol");
    const other = await s.say("hoe staat Venlo ervoor?");
    expect(other.intent).toBe("body_status");
    expect((await s.say("2")).intent).toBe("choose");
  });

  it("confirms outreach for several bodies at once", async () => {
    const ask = await s.say("Venlo en Roermond zijn gebeld");
    expect(ask.intent).toBe("confirm_request");
    expect((await s.say("yes")).intent).toBe("outreach_recorded");
    expect(await s.store.outreach.list({ type: "called" })).toHaveLength(2);
  });
});
