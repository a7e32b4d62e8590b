// Call notes and what they leave in the store, for the call-note conversations.
import type { Store } from "@weerbaar/store";

/** The note of issue 16: a meeting with Venray's clerk, named only by her e-mail address. */
export const VENRAY_NOTE =
  "Gesprek met griffier Marieke Peters (m.peters@venray.nl). Ze hebben een protocol uit 2019 maar het ligt op de plank. De burgemeester wil een training voor de raad. Bel half november terug.";

/** The same note without any body's name, not even in an e-mail address. */
export const NAMELESS_NOTE =
  "Gesprek met griffier Marieke Peters. Ze hebben een protocol uit 2019 maar het ligt op de plank. Bel half november terug.";

/** A note of the given sentences. */
export const aNote = (...sentences: string[]): string => sentences.join(" ");

/** Everything a note can write for a body, and the audit rows of the store. */
export async function writtenFor(store: Store, bodyCode: string) {
  return {
    survey: await store.survey.history(bodyCode),
    contacts: await store.contacts.list({ bodyCode }),
    outreach: await store.outreach.list({ bodyCode }),
    followUps: await store.followUps.list({ bodyCode }),
    audit: await store.audit.list(),
  };
}
