import { contactRoles } from "../vocabulary/contact-roles.ts";
import { staffRoles } from "../vocabulary/staff-roles.ts";
import { MONTHS, WEEKDAY_NAMES } from "../vocabulary/time-words.ts";

// Capitalised words at the start of a command, titles ("Dhr."), role and calendar words: never part of a name.
const commandWords = `voeg toe toevoegen add new nieuw nieuwe contact contactpersoon contactpersonen aan to for bij van
  of the de het een a an is en and met with als as named genaamd naam name town council member safety officer
  gemeente provincie municipality province sla op save noteer registreer graag please telefoon phone email mail
  tel e nummer number adres address hij zij she he ze they wij we ik i contacts details gegevens contactgegevens
  beleidsmedewerker veiligheid dhr mevr mw mr mrs ms dr drs ir`;

const vocabulary = new Set([
  ...commandWords.split(/\s+/).filter(Boolean),
  ...contactRoles.words.flatMap((w) => w.split(" ")),
  ...staffRoles.words.flatMap((w) => w.split(" ")),
  ...WEEKDAY_NAMES.nl,
  ...WEEKDAY_NAMES.en,
  ...Object.keys(MONTHS).filter((m) => m.length > 3 || m === "mei" || m === "may"),
]);

/** Whether a lowercased word is command or role vocabulary rather than part of a person's name. */
export function isNameVocabulary(word: string): boolean {
  return vocabulary.has(word);
}
