import { calendarFeed } from "@weerbaar/assistant";
import { openStore, type Store } from "@weerbaar/store";
import pino from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTeamsBot } from "../src/bot.ts";
import { NOW } from "./support/harness.ts";
import { scriptedAssistant } from "./support/scripted-assistant.ts";

describe("the team calendar feed, wired as main.ts wires it", () => {
  let store: Store;
  let server: { url: string; close: () => Promise<void> };
  beforeEach(async () => {
    store = await openStore("sqlite::memory:", { now: () => NOW });
    const bot = createTeamsBot({
      assistant: scriptedAssistant(),
      store,
      auth: { mode: "local" },
      allowedTenants: [],
      logger: pino({ level: "silent" }),
      now: () => NOW,
      calendar: (token) => calendarFeed(store, token),
    });
    server = await bot.listen();
  });
  afterEach(async () => {
    await server.close();
    await store.close();
  });

  it("serves the booked meetings for a rotated token, and stops serving the old token after a rotation", async () => {
    const ctx = { actorId: "test", channel: "test" };
    const anna = await store.staff.upsert({ displayName: "Anna", role: "admin" }, ctx);
    const meeting = await store.appointments.book(
      {
        bodyCode: "GM1640",
        organizerId: anna.id,
        start: new Date("2023-10-26T11:30:00Z"),
        end: new Date("2023-10-26T12:30:00Z"),
        location: "Leudalplein 1",
      },
      ctx,
    );
    const token = await store.calendarTokens.rotate(anna.id, ctx);
    const feed = await fetch(`${server.url}/calendar/${token}.ics`);
    expect(feed.status).toBe(200);
    const ics = await feed.text();
    expect(ics).toContain(`UID:${meeting.id}@weerbaar`);
    expect(ics).toContain("DTSTART;TZID=Europe/Amsterdam:20231026T133000");
    expect(ics).toContain("LOCATION:Leudalplein 1");
    const rotated = await store.calendarTokens.rotate(anna.id, ctx);
    expect((await fetch(`${server.url}/calendar/${token}.ics`)).status).toBe(404);
    expect((await fetch(`${server.url}/calendar/${rotated}.ics`)).status).toBe(200);
  });
});
