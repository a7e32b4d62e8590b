import type { ReminderTopic } from "./schemas.ts";

const kindPatterns: readonly (readonly [RegExp, ReminderTopic])[] = [
  [
    /\b(?:afspra(?:ak|ken)|afspraak\w+|gesprek(?:ken)?|vergadering(?:en)?|bijeenkomst(?:en)?|meetings?|appointments?|agenda)\b/,
    "meetings",
  ],
  [
    // "terugbelafspraken" (the glossary's word for a follow-up) and "folow-up" (mistyped) are follow-ups too.
    /\b(?:fol+ow ?ups?|opvolging|opvolgen|opvolg\w+|acties|actiepunten|nabel\w*|terugbel\w*|to ?dos?|open (?:punten|actions|items))\b/,
    "follow_ups",
  ],
  [
    /\b(?:overzicht|weekoverzicht|dagoverzicht|digest|samenvatting|summary|overview|stand van zaken|weekly update|update)\b/,
    "digest",
  ],
];

/** The reminder kinds a normalized text names, in a fixed order. */
export function extractReminderTopics(normalized: string): ReminderTopic[] | undefined {
  const kinds = kindPatterns.filter(([pattern]) => pattern.test(normalized)).map(([, kind]) => kind);
  return kinds.length > 0 ? kinds : undefined;
}
