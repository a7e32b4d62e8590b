import type { ReminderTopic } from "./schemas.ts";

const kindPatterns: readonly (readonly [RegExp, ReminderTopic])[] = [
  [/\b(?:afspra(?:ak|ken)|afspraak\w+|gesprek(?:ken)?|meetings?|appointments?|agenda)\b/, "meetings"],
  [
    /\b(?:follow ?ups?|opvolging|opvolgen|opvolg\w+|acties|actiepunten|nabellen|terugbellen|to ?dos?|open (?:punten|actions|items))\b/,
    "follow_ups",
  ],
  [
    /\b(?:overzicht|weekoverzicht|digest|samenvatting|summary|overview|stand van zaken|weekly update|update)\b/,
    "digest",
  ],
];

/** The reminder kinds a normalized text names, in a fixed order. */
export function extractReminderTopics(normalized: string): ReminderTopic[] | undefined {
  const kinds = kindPatterns.filter(([pattern]) => pattern.test(normalized)).map(([, kind]) => kind);
  return kinds.length > 0 ? kinds : undefined;
}
