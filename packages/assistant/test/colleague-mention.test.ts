import type { ChatIdentity } from "@weerbaar/domain";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { MessageMention } from "../src/index.ts";
import { addPiet, book, piet } from "./meetings-support.ts";
import { createScenario, type Scenario } from "./scenario.ts";

/** Lisa's Entra object id: what a Teams mention resolves to. */
const LISA_AAD = "4f6b2c1d-8e9a-4b3c-a2d1-0e9f8a7b6c5d";
const lisa: ChatIdentity = { platform: "teams", aadObjectId: LISA_AAD };

/** A Teams @mention of Lisa as the adapter hands it over; `shown` is the name in the `<at>` tag. */
function mentionOfLisa(shown = "Lisa de Vries"): MessageMention {
  return { id: `teams:${LISA_AAD}`, name: "Lisa de Vries", text: `<at>${shown}</at>` };
}

const system = { actorId: "system", channel: "test" };

describe("colleagues by @mention", () => {
  let s: Scenario;
  beforeEach(async () => {
    // Monday 16 October 2023, 09:00 Amsterdam.
    s = await createScenario({ now: "2023-10-16T07:00:00Z" });
  });
  afterEach(() => s.close());

  it("adds a mentioned colleague with the mention's account and name; nobody types an object id", async () => {
    const ask = await s.say("voeg <at>Lisa de Vries</at> toe als adviseur", { mentions: [mentionOfLisa()] });
    expect(ask.intent).toBe("confirm_request");
    expect(ask.text).toContain("Lisa de Vries");
    expect(ask.text).toContain(`teams:${LISA_AAD}`);
    expect(ask.text).not.toContain("<at>");
    expect((await s.say("ja")).intent).toBe("staff_added");
    expect(await s.store.staff.findByIdentity(lisa)).toMatchObject({
      displayName: "Lisa de Vries",
      role: "advisor",
    });
  });

  it("changes the role of the colleague behind the mention, whatever name she is known by", async () => {
    // Two colleagues called Lisa: by name "Lisa" is ambiguous, the mention is not.
    await s.store.staff.upsert({ displayName: "Lisa Bakker", role: "advisor", identities: [lisa] }, system);
    await s.store.staff.upsert(
      {
        displayName: "Lisa Jansen",
        role: "advisor",
        identities: [{ platform: "matrix", userId: "@lisa:weerbaar.test" }],
      },
      system,
    );
    await s.say("help"); // Anna, the admin, is registered on first contact.
    expect((await s.say("maak Lisa beheerder")).intent).toBe("staff_ambiguous");

    const ask = await s.say("maak <at>Lisa</at> beheerder", { mentions: [mentionOfLisa("Lisa")] });
    expect(ask.intent).toBe("confirm_request");
    expect(ask.data.pending).toMatchObject({ type: "set_staff_role", name: "Lisa Bakker", role: "admin" });
    expect((await s.say("ja")).intent).toBe("staff_role_set");
    expect((await s.store.staff.findByIdentity(lisa))?.role).toBe("admin");
    const others = (await s.store.staff.list()).filter((m) => m.displayName === "Lisa Jansen");
    expect(others.map((m) => m.role)).toEqual(["advisor"]);
  });

  it("says a mentioned colleague already has the role instead of adding her twice", async () => {
    await s.store.staff.upsert({ displayName: "Lisa Bakker", role: "advisor", identities: [lisa] }, system);
    const reply = await s.say("voeg <at>Lisa de Vries</at> toe als adviseur", {
      mentions: [mentionOfLisa()],
    });
    expect(reply.intent).toBe("staff_role_unchanged");
    expect(reply.text).toContain("Lisa Bakker is al adviseur");
  });

  it("shows the agenda of the mentioned colleague", async () => {
    const pietMember = await addPiet(s);
    // A second Piet: "afspraken van Piet" by name picks the first, the mention picks the right one.
    await s.store.staff.upsert({ displayName: "Piet Aarts", role: "advisor", identities: [lisa] }, system);
    await book(s, "plan een afspraak met Leudal dinsdag 17 oktober om 10:00");
    await s.say("plan een afspraak met Weert vandaag om 15:00", { as: piet });
    await s.say("ja", { as: piet });

    const mention: MessageMention = {
      id: `matrix:${piet.userId}`,
      name: pietMember.displayName,
      text: "Piet de Vries",
    };
    const reply = await s.say("afspraken van Piet de Vries deze week", { mentions: [mention] });
    expect(reply.intent).toBe("agenda");
    expect(reply.text).toContain("Afspraken van Piet de Vries");
    expect((reply.data.appointments as { bodyCode: string }[]).map((a) => a.bodyCode)).toEqual(["GM0988"]);
  });

  it("reads a mention without a usable account as the name it shows", async () => {
    await s.store.staff.upsert({ displayName: "Lisa Bakker", role: "advisor", identities: [lisa] }, system);
    await s.say("help");
    const reply = await s.say("maak <at>Lisa Bakker</at> beheerder", {
      mentions: [{ id: "29:not-an-identity-key", name: "Lisa Bakker", text: "<at>Lisa Bakker</at>" }],
    });
    expect(reply.intent).toBe("confirm_request");
    expect(reply.data.pending).toMatchObject({ type: "set_staff_role", name: "Lisa Bakker" });
  });
});
