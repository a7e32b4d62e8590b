import { normalizeText, tokenize } from "./normalize.ts";

/** A language the assistant speaks. */
export type Lang = "nl" | "en";

// Function words and domain words that occur in one language only; shared words ("in", "is") are left out.
const dutchWords = new Set(
  `de het een en van niet geen welke welk hoe wat wie waar wanneer heeft hebben met voor op ik je jij u we wij
  er zijn maar nog ook dat die deze naar om bij aan uit mijn mij me ons onze is als dan wel al kan kun kunt moet
  moeten wil wilt graag even alsjeblieft aub bedankt dank ja nee klopt doe laat toch hier daar elke iedere
  gemeente gemeenten gemeentes provincie provincies afspraak afspraken gesprek gebeld bellen brief gestuurd
  toon geef laat zien stuur herinnering herinneringen gedragscode stappenplan draaiboek protocollen hoeveel
  procent overzicht vandaag morgen volgende week deze annuleer annuleren verzet verplaats plan inplannen wordt
  ligt plank gebruik gebruikt onbekend bereikt gehoor griffier burgemeester wethouder raadslid contactpersoon
  voeg toe toevoegen tweede eerste derde maandag dinsdag woensdag donderdag vrijdag zaterdag zondag uur
  ervoor staat zonder wordt gewerkt maak voorbereiding niks niets meer hulp kaart grafiek voortgang zet help`
    .split(/\s+/)
    .filter(Boolean),
);
const englishWords = new Set(
  `the a an and of not no which how what who where when has have had with for on i you we they are be been
  but still also that this these those to at from my me our us your if then can could should would will
  please thanks thank yes yeah yep nope right sure okay do does did let here there every each
  municipality municipalities province provinces meeting meetings appointment called call letter sent
  show give send reminder reminders code conduct plan schedule book reschedule move cancel many much percent
  percentage overview today tomorrow next week this used unused dormant active reached answer clerk mayor
  alderman councillor contact contacts add new second first third monday tuesday wednesday thursday friday
  saturday sunday status doing without any them it its is was were nobody someone who whom map chart progress
  turn off stop about know anything help`
    .split(/\s+/)
    .filter(Boolean),
);

for (const word of [...dutchWords]) {
  if (englishWords.has(word)) {
    dutchWords.delete(word);
    englishWords.delete(word);
  }
}

/** Detects the language of a message; ties (and messages without cue words) go to the hint, else Dutch. */
export function detectLanguage(text: string, hint?: Lang): Lang {
  return languageOfNormalized(normalizeText(text), hint);
}

/** detectLanguage for a text already through normalizeText. */
export function languageOfNormalized(normalized: string, hint?: Lang): Lang {
  const tokens = tokenize(normalized);
  let dutch = 0;
  let english = 0;
  for (const token of tokens) {
    if (dutchWords.has(token)) dutch += 1;
    if (englishWords.has(token)) english += 1;
  }
  if (dutch === english) return hint ?? "nl";
  return dutch > english ? "nl" : "en";
}
