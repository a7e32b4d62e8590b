import type { Appointment } from "@weerbaar/domain";
import type { Repositories, WriteContext } from "@weerbaar/store";

/**
 * "Het gesprek met Leudal is geweest": marks the body's latest meeting that has started and is not cancelled as
 * held. The store then records the `meeting_held` outreach event itself; undefined when there is no such meeting
 * (or it was already held), and the caller records the event on its own.
 */
export async function markLatestMeetingHeld(
  repos: Repositories,
  bodyCode: string,
  now: Date,
  ctx: WriteContext,
): Promise<Appointment | undefined> {
  const started = await repos.appointments.list({ bodyCode, to: new Date(now.getTime() + 1) });
  const latest = started.filter((a) => a.start.getTime() <= now.getTime()).at(-1);
  if (!latest || latest.status === "held") return undefined;
  return repos.appointments.markHeld(latest.id, ctx);
}
