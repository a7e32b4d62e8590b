import type { SupportKind } from "@weerbaar/domain";

const supportPatterns: readonly (readonly [RegExp, SupportKind])[] = [
  [
    /\b(?:moderat\w*|gespreksleid\w*|gespreksleider|facilitat\w*|begeleiding van (?:het|een) gesprek|dialoogsessie|moderate|moderating)\b/,
    "moderation",
  ],
  [
    /\b(?:hulp|help|ondersteuning|support|assistance) (?:bij|with|for|met) (?:het |een |de |a |the |their )?(?:opstellen van (?:een |het )?)?(?:agressie ?)?(?:protocol|stappenplan|draaiboek)\w*/,
    "protocol_help",
  ],
  [/\b(?:protocol|stappenplan|draaiboek) ?(?:hulp|help|ondersteuning|support)\b/, "protocol_help"],
  [
    /\b(?:hulp|help|ondersteuning|support|assistance) (?:bij|with|for|met) (?:het |een |de |a |the |their )?(?:opstellen van (?:een |de )?)?(?:gedragscode|code of conduct)\w*/,
    "code_of_conduct_help",
  ],
  [/\b(?:gedragscode|code of conduct) ?(?:hulp|help|ondersteuning|support)\b/, "code_of_conduct_help"],
  [/\b(?:training\w*|trainen|cursus\w*|workshop\w*|scholing|course|weerbaarheidstraining)\b/, "training"],
];

/** The kinds of support a normalized text offers, in a fixed order. */
export function extractSupportKinds(normalized: string): SupportKind[] | undefined {
  const kinds = supportPatterns.filter(([pattern]) => pattern.test(normalized)).map(([, kind]) => kind);
  const unique = [...new Set(kinds)];
  return unique.length > 0 ? unique : undefined;
}
