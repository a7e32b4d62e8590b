/**
 * How demo data is told apart from real data. Every demo row carries one of these marks, so every view shows it and
 * `demo clear` can find exactly those rows: the author (survey events, outreach events, meetings' organizer, audit
 * rows) is the demo staff member, contacts have an address on the reserved `.invalid` top-level domain (RFC 2606),
 * and notes, names and places say "demo".
 */

/**
 * The staff id that authors every demo row. Not a plain `demo`: the console chat accepts any `--user` as a staff
 * id, and someone trying things out with `--user demo` must not become the demo author.
 */
export const DEMO_ACTOR_ID = "weerbaar-demo";

/** The demo staff member's display name, shown wherever a reply names the author ("Bijgewerkt: … (Demo)"). */
export const DEMO_STAFF_NAME = "Demo";

/** The domain of every demo contact's e-mail address; `.invalid` never resolves, so no demo mail reaches anyone. */
export const DEMO_EMAIL_DOMAIN = "demo.invalid";

/** The start of every demo note (survey, outreach, meeting). */
export const DEMO_NOTE_PREFIX = "[DEMO]";

/** The end of every demo contact name and meeting place. */
export const DEMO_NAME_SUFFIX = "(demo)";

/** A note marked as demo: "[DEMO] Protocol ligt op de plank." */
export function demoNote(text: string): string {
  return `${DEMO_NOTE_PREFIX} ${text}`;
}

/** A name or place marked as demo: "Anna de Vries (demo)". */
export function demoName(text: string): string {
  return `${text} ${DEMO_NAME_SUFFIX}`;
}
