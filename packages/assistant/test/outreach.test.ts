import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createScenario, type Scenario } from "./scenario.ts";

describe("outreach and contacts in conversation", () => {
  let s: Scenario;
  beforeEach(async () => {
    s = await createScenario({ now: "2023-10-02T08:00:00Z" });
  });
  afterEach(() => s.close());

  it("records a call and moves the stage", async () => {
    const reply = await s.say("Venlo is gebeld");
    expect(reply.intent).toBe("outreach_recorded");
    const [event] = await s.store.outreach.list({ bodyCode: "GM0983" });
    expect(event).toMatchObject({ type: "called", reached: true });
  });

  it("lists who still needs a call after a letter, oldest first", async () => {
    await s.say("brief verstuurd aan Leudal");
    s.clock.set("2023-10-09T08:00:00Z");
    await s.say("brief verstuurd aan Venlo");
    await s.say("Peel en Maas heeft een brief gehad");
    await s.say("Peel en Maas is gebeld");
    s.clock.set("2023-10-20T08:00:00Z");
    const reply = await s.say("wie moeten we nog bellen?");
    expect(reply.intent).toBe("needs_call");
    expect(reply.data.codes).toEqual(["GM1640", "GM0983"]);
  });

  it("records support offered with its kinds", async () => {
    await s.say("Leudal: ondersteuning aangeboden, een training en hulp bij het protocol");
    const [event] = await s.store.outreach.list({ bodyCode: "GM1640" });
    expect(event?.type).toBe("support_offered");
    expect(event?.type === "support_offered" && [...event.support].sort()).toEqual([
      "protocol_help",
      "training",
    ]);
  });

  it("adds a contact and answers who the clerk is", async () => {
    const added = await s.say(
      "voeg contact toe aan Leudal: Jan Jansen, griffier, jan@leudal.nl, 0475 123456",
    );
    expect(added.intent).toBe("contact_added");
    const reply = await s.say("wie is de griffier van Leudal?");
    expect(reply.data.contacts).toEqual([{ name: "Jan Jansen", role: "clerk", email: "jan@leudal.nl" }]);
    const none = await s.say("wie is de burgemeester van Leudal?");
    expect(none.data.contacts).toEqual([]);
  });

  it("subscribes, lists and stops reminders per channel", async () => {
    const sub = await s.say("abonneer dit kanaal op herinneringen", { channelId: "room-1" });
    expect(sub.data.kinds).toEqual(["meetings", "follow_ups", "digest"]);
    await s.say("subscribe this channel to the weekly digest", { channelId: "room-3" });
    const languages = (await s.store.subscriptions.list()).map((x) => `${x.channelId} ${x.kind} ${x.lang}`);
    expect(languages.sort()).toEqual([
      "room-1 digest nl",
      "room-1 follow_ups nl",
      "room-1 meetings nl",
      "room-3 digest en",
    ]);
    expect((await s.say("welke herinneringen staan er?", { channelId: "room-2" })).data.kinds).toEqual([]);
    await s.say("stop met herinneringen hier", { channelId: "room-1" });
    expect((await s.say("welke herinneringen staan er?", { channelId: "room-1" })).data.kinds).toEqual([]);
  });
});
