// Capitalised words at the start of a command, roles and calendar words: never part of a person's name.
const vocabulary = new Set(
  `voeg toe toevoegen add new nieuw nieuwe contact contactpersoon contactpersonen aan to for bij van of the de het
  een a an is en and met with als as named genaamd naam name griffier burgemeester wethouder raadslid statenlid
  gedeputeerde gemeentesecretaris secretaris veiligheidsadviseur mayor clerk town alderman councillor councilor
  council member deputy safety officer gemeente provincie municipality province sla op save noteer registreer
  graag please telefoon phone email mail tel e nummer number adres address hij zij she he ze they wij we ik i
  maandag dinsdag woensdag donderdag vrijdag monday tuesday wednesday thursday friday januari februari maart
  april mei juni juli augustus september oktober november december january february march may june july august
  october contacts details gegevens contactgegevens nieuwe beleidsmedewerker veiligheid`
    .split(/\s+/)
    .filter(Boolean),
);

/** Whether a lowercased word is command or role vocabulary rather than part of a person's name. */
export function isNameVocabulary(word: string): boolean {
  return vocabulary.has(word);
}
