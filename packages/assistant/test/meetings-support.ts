import type { StaffMember } from "@weerbaar/domain";
import type { Scenario } from "./scenario.ts";

/** Piet, a second advisor, reachable on Matrix. */
export const piet = { platform: "matrix" as const, userId: "@piet:weerbaar.test" };

/** Adds Piet de Vries to the team and returns him. */
export function addPiet(s: Scenario): Promise<StaffMember> {
  return s.store.staff.upsert(
    { displayName: "Piet de Vries", role: "advisor", identities: [piet] },
    { actorId: "system", channel: "test" },
  );
}

/** Anna's staff record (created by her first message). */
export async function annaStaff(s: Scenario): Promise<StaffMember> {
  await s.say("help");
  const anna = (await s.store.staff.list()).find((m) => m.displayName === "@anna:weerbaar.test");
  if (!anna) throw new Error("anna is not known");
  return anna;
}

/** Books a meeting through the conversation: the request and the "ja". */
export async function book(s: Scenario, text: string): Promise<string> {
  const ask = await s.say(text);
  if (ask.intent !== "confirm_request")
    throw new Error(`expected a confirmation, got ${ask.intent}: ${ask.text}`);
  const booked = await s.say("ja");
  if (booked.intent !== "meeting_booked")
    throw new Error(`expected a booking, got ${booked.intent}: ${booked.text}`);
  return String(booked.data.appointmentId);
}
