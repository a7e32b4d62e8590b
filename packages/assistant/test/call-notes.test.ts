import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { aNote, NAMELESS_NOTE, VENRAY_NOTE, writtenFor } from "./call-note-support.ts";
import { createScenario, type Scenario } from "./scenario.ts";

const VENRAY = "GM0984";

describe("a call note", () => {
  let s: Scenario;
  beforeEach(async () => {
    s = await createScenario({ now: "2023-10-20T10:00:00Z" });
  });
  afterEach(() => s.close());

  const annaId = async () => (await s.store.staff.list())[0]?.id;

  it("proposes every fact with its sentence, and 'ja' writes each once, attributed to the user", async () => {
    const proposal = await s.say(VENRAY_NOTE);
    expect(proposal.intent).toBe("call_note_proposal");
    expect(proposal.text).toContain(
      "1. Gesprek gevoerd (Venray) — “Gesprek met griffier Marieke Peters (m.peters@venray.nl).”",
    );
    expect(proposal.text).toContain("2. Contact: Marieke Peters, griffier, m.peters@venray.nl (Venray)");
    expect(proposal.text).toContain(
      "3. Uitvraag: protocol: onbekend → protocol aanwezig; gebruik: gebruik onbekend → ligt op de plank (Venray)",
    );
    expect(proposal.text).toContain("— “Ze hebben een protocol uit 2019 maar het ligt op de plank.”");
    expect(proposal.text).toContain(
      "4. Ondersteuning aangeboden: training (Venray) — “De burgemeester wil een training voor de raad.”",
    );
    expect(proposal.text).toContain(
      "5. Opvolging op woensdag 15 november 2023 (Venray) — “Bel half november terug.”",
    );
    expect((await writtenFor(s.store, VENRAY)).outreach).toEqual([]);

    const recorded = await s.say("ja");
    expect(recorded.intent).toBe("call_note_recorded");
    expect(recorded.data.recorded).toEqual([1, 2, 3, 4, 5]);
    const written = await writtenFor(s.store, VENRAY);
    expect(written.survey).toHaveLength(1);
    expect(await s.store.survey.current(VENRAY)).toMatchObject({ protocol: "present", usage: "dormant" });
    expect(written.contacts).toEqual([
      expect.objectContaining({ name: "Marieke Peters", role: "clerk", email: "m.peters@venray.nl" }),
    ]);
    expect(written.outreach.map((e) => e.type)).toEqual(["meeting_held", "support_offered"]);
    expect(written.outreach[1]).toMatchObject({
      support: ["training"],
      note: "De burgemeester wil een training voor de raad.",
    });
    expect(written.followUps).toEqual([
      expect.objectContaining({
        dueOn: "2023-11-15",
        note: "Bel half november terug.",
        createdBy: await annaId(),
      }),
    ]);
    const noteAudit = written.audit.filter(
      (a) => a.channel.startsWith("matrix:") && a.entityType !== "staff",
    );
    expect(noteAudit.length).toBeGreaterThanOrEqual(5);
    expect(new Set(noteAudit.map((a) => a.actorId))).toEqual(new Set([await annaId()]));

    // The proposal is answered: a second "ja" records nothing again.
    expect((await s.say("ja")).intent).toBe("confirm");
    expect((await writtenFor(s.store, VENRAY)).followUps).toHaveLength(1);
  });

  it("writes only the facts chosen: 'alleen 1 en 3'", async () => {
    await s.say(VENRAY_NOTE);
    const recorded = await s.say("alleen 1 en 3");
    expect(recorded.data.recorded).toEqual([1, 3]);
    expect(recorded.text).toContain("Vastgelegd (2 van 5).");
    const written = await writtenFor(s.store, VENRAY);
    expect(written.outreach.map((e) => e.type)).toEqual(["meeting_held"]);
    expect(written.survey).toHaveLength(1);
    expect(written.contacts).toEqual([]);
    expect(written.followUps).toEqual([]);
  });

  it("writes nothing on 'nee'", async () => {
    await s.say(VENRAY_NOTE);
    const auditBefore = await s.store.audit.list();
    expect((await s.say("nee")).intent).toBe("cancelled");
    const written = await writtenFor(s.store, VENRAY);
    expect([written.survey, written.contacts, written.outreach, written.followUps]).toEqual([[], [], [], []]);
    expect(written.audit).toEqual(auditBefore);
  });

  it("asks again for a number not on the list, and writes nothing until answered", async () => {
    await s.say(VENRAY_NOTE);
    const again = await s.say("only 7");
    expect(again.intent).toBe("call_note_choose_again");
    expect((await writtenFor(s.store, VENRAY)).outreach).toEqual([]);
    expect((await s.say("2")).data.recorded).toEqual([2]);
    expect((await writtenFor(s.store, VENRAY)).contacts).toHaveLength(1);
  });

  it("asks which body when the note names none and the conversation has none, and writes nothing", async () => {
    const asked = await s.say(NAMELESS_NOTE);
    expect(asked.intent).toBe("ask_body");
    expect(asked.text).toContain("Deze notitie noemt geen gemeente of provincie");
    expect((await s.store.audit.list()).filter((a) => a.entityType !== "staff")).toEqual([]);
    const proposal = await s.say("Venray");
    expect(proposal.intent).toBe("call_note_proposal");
    expect(proposal.text).not.toContain("ik ga uit van");
    await s.say("ja");
    expect((await writtenFor(s.store, VENRAY)).followUps).toHaveLength(1);
  });

  it("takes the conversation's body when the note names none, and says so", async () => {
    await s.say("hoe staat Venray ervoor?");
    const proposal = await s.say(NAMELESS_NOTE);
    expect(proposal.intent).toBe("call_note_proposal");
    expect(proposal.data.fromContext).toBe(VENRAY);
    expect(proposal.text).toContain("ik ga uit van Venray, waar dit gesprek over ging");
    await s.say("alles");
    expect((await writtenFor(s.store, VENRAY)).contacts).toHaveLength(1);
  });

  it("forgets the conversation's body after two hours: then the note asks", async () => {
    await s.say("hoe staat Venray ervoor?");
    s.clock.advance(2 * 60 * 60 * 1000 + 1);
    expect((await s.say(NAMELESS_NOTE)).intent).toBe("ask_body");
  });

  it("asks with the readings as choices when a name fits two bodies", async () => {
    const asked = await s.say(aNote("Gesprek met de griffier van Bergen.", "Ze hebben geen protocol."));
    expect(asked.intent).toBe("choose_body");
    expect(asked.data.candidates).toEqual(["GM0373", "GM0893"]);
    expect(asked.text).toContain("Ik heb nog niets vastgelegd");
    expect((await s.say("2")).intent).toBe("call_note_proposal");
    await s.say("ja");
    expect((await s.store.survey.current("GM0893")).protocol).toBe("none");
    expect((await s.store.survey.current("GM0373")).protocol).toBe("unknown");
  });

  it("lists a sentence it cannot place as not used", async () => {
    const proposal = await s.say(
      aNote("Venlo gebeld.", "De koffie was koud.", "Ze hebben geen gedragscode."),
    );
    expect(proposal.data.unused).toEqual(["De koffie was koud."]);
    expect(proposal.text).toContain("Niet gebruikt:\n• “De koffie was koud.”");
    await s.say("ja");
    expect((await s.store.survey.current("GM0983")).codeOfConduct).toBe("no");
  });

  it("reads an English note and answers in English", async () => {
    const proposal = await s.say(
      aNote(
        "Call with the mayor of Venlo, Anna de Boer.",
        "They have no protocol.",
        "Call back in two weeks.",
      ),
    );
    expect(proposal.lang).toBe("en");
    expect(proposal.text).toContain("1. Called (Venlo) — “Call with the mayor of Venlo, Anna de Boer.”");
    expect(proposal.text).toContain("Follow-up on Friday 3 November 2023 (Venlo)");
    expect((await s.say("yes")).text).toContain("Recorded.");
    const written = await writtenFor(s.store, "GM0983");
    expect(written.contacts.map((c) => [c.name, c.role])).toEqual([["Anna de Boer", "mayor"]]);
    expect(written.followUps.map((f) => f.dueOn)).toEqual(["2023-11-03"]);
  });

  it("applies each sentence to the body it names when a note names two", async () => {
    const proposal = await s.say(
      aNote(
        "Overleg met Venlo en Venray.",
        "Venlo heeft geen protocol.",
        "Venray heeft een slapend protocol.",
      ),
    );
    expect(proposal.intent).toBe("call_note_proposal");
    await s.say("ja");
    expect((await s.store.survey.current("GM0983")).protocol).toBe("none");
    expect((await s.store.survey.current(VENRAY)).usage).toBe("dormant");
    for (const code of ["GM0983", VENRAY])
      expect((await s.store.outreach.list({ bodyCode: code })).map((e) => e.type)).toEqual(["meeting_held"]);
  });

  it("asks which body a sentence without a name is about when the note names two", async () => {
    const asked = await s.say(
      aNote("Venlo heeft geen protocol.", "Venray wil een training.", "Bel half november terug."),
    );
    expect(asked.intent).toBe("choose_body");
    expect(asked.data.candidates).toEqual(["GM0983", VENRAY]);
    await s.say("Venray");
    await s.say("ja");
    expect((await s.store.followUps.list()).map((f) => f.bodyCode)).toEqual([VENRAY]);
    expect((await s.store.survey.current("GM0983")).protocol).toBe("none");
  });

  it("leaves out what the store already holds", async () => {
    await s.say("Venray heeft een protocol maar het ligt op de plank");
    const proposal = await s.say(VENRAY_NOTE);
    expect(proposal.text).toContain(
      "Stond al zo:\n• “Ze hebben een protocol uit 2019 maar het ligt op de plank.”",
    );
    expect((proposal.data.facts as unknown[]).length).toBe(4);
  });

  it("reads a note of lines without full stops, one sentence a line", async () => {
    const proposal = await s.say("Gesprek met Venlo\n- geen protocol\n- bel half november terug");
    expect(proposal.intent).toBe("call_note_proposal");
    expect((proposal.data.facts as unknown[]).length).toBe(3);
  });

  it("keeps a single sentence's behaviour: it is written at once", async () => {
    const reply = await s.say("Leudal heeft een protocol maar het ligt op de plank");
    expect(reply.intent).toBe("survey_updated");
  });
});
