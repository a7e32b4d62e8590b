import type { Intent } from "../../understanding/index.ts";
import { isCalendarLinkRequest } from "./agenda.ts";

// Asking when we meet a body is an agenda question, though the NLU reads a lone body name as a status question.
const whenDoWeMeet =
  /\b(?:wanneer\s+(?:spreken|zien|bezoeken|ontmoeten)\s+we|wanneer\s+is\s+(?:de|het|onze)\s+(?:afspraak|gesprek)|when\s+(?:do|will)\s+we\s+(?:meet|see|visit))\b/i;
const meetingWords = /\b(?:afspraken|meetings|appointments|agenda)\b/i;

function rangeOf(text: string): Extract<Intent, { intent: "agenda" }>["range"] {
  if (/\b(?:volgende|komende)\s+week\b|\bnext\s+week/i.test(text)) return "next_week";
  if (/\bdeze\s+week\b|\bthis\s+week/i.test(text)) return "this_week";
  if (/\bvandaag\b|\btoday/i.test(text)) return "today";
  if (/\bmorgen\b|\btomorrow/i.test(text)) return "tomorrow";
  return undefined;
}

/**
 * Corrects the NLU for meeting questions it does not know (understanding/ is not changed for them):
 * "wanneer spreken we Roermond?" becomes an agenda for the body, "next week's meetings" (unknown) an agenda for
 * the range, and a calendar-link request an agenda intent, which the agenda use case answers with the link.
 */
export function refineMeetingIntent(text: string, intent: Intent): Intent {
  if (isCalendarLinkRequest(text) && intent.intent !== "agenda") return { intent: "agenda" };
  if (whenDoWeMeet.test(text) && intent.intent === "body_status" && intent.body) {
    return { intent: "agenda", body: intent.body };
  }
  if (intent.intent === "unknown" && meetingWords.test(text)) {
    const range = rangeOf(text);
    return range ? { intent: "agenda", range } : { intent: "agenda" };
  }
  return intent;
}
