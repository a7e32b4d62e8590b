import { bodyMentions, type Mention, toBodyRef } from "./bodies.ts";
import type { BodyRef } from "./schemas.ts";

// "met Leudal", "with the municipality of Venlo", "bij de gemeente Weert": who a meeting is with.
const meetingPartnerBefore =
  /\b(?:met|with|bij)\s+(?:(?:de|het|the)\s+)?(?:(?:gemeente|provincie|municipality|province)\s+(?:of\s+)?)?$/i;
// "in Roermond", "te Venlo", "at Maastricht": where it takes place.
const placeBefore = /\b(?:in|te|at)\s+$/i;

/** The body a meeting is with, and a body named as its place ("met Leudal … in Roermond"). */
export function meetingBodies(
  text: string,
  mentions: readonly Mention[],
): { body?: Mention; place?: Mention } {
  const named = bodyMentions(text, mentions);
  const before = (m: Mention) => text.slice(0, m.start);
  const isPlace = (m: Mention) => placeBefore.test(before(m));
  const body =
    named.find((m) => meetingPartnerBefore.test(before(m))) ?? named.find((m) => !isPlace(m)) ?? named[0];
  const place = named.find((m) => m !== body && m.status === "found" && isPlace(m));
  return { ...(body ? { body } : {}), ...(place ? { place } : {}) };
}

/** The meeting's body as a slot. */
export function meetingBodySlot(text: string, mentions: readonly Mention[]): { body?: BodyRef } {
  const { body } = meetingBodies(text, mentions);
  return body ? { body: toBodyRef(body) } : {};
}
