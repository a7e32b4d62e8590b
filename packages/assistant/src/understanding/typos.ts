import { distance } from "fastest-levenshtein";

// Keywords worth correcting (5+ letters). Only these are targets: a typo can become a keyword, never a name.
const keywords = `
protocol protocollen agressieprotocol stappenplan draaiboek playbook gedragscode conduct integriteitscode
gemeente gemeenten gemeentes municipality municipalities provincie provincies province provinces
welke which hoeveel percentage procent percent overzicht overview samenvatting summary voortgang progress
status ervoor gebeld opgebeld called phoned bereikt reached voicemail brief brieven letter letters verstuurd
gestuurd verzonden afspraak afspraken gesprek gesprekken meeting meetings appointment appointments overleg
kennismaking geweest plaatsgevonden gevoerd aangeboden offered ondersteuning support afgeslagen declined
afgewezen geweigerd interesse behoefte interested bellen contact contacten contactpersoon contactpersonen
contactgegevens telefoonnummer mailadres griffier burgemeester wethouder raadslid statenlid gedeputeerde
gemeentesecretaris secretaris veiligheidsadviseur mayor clerk alderman councillor deputy toevoegen
inplannen plannen schedule verzetten verplaatsen verschuiven reschedule postpone annuleren annuleer
afzeggen cancel agenda planning calendar vandaag today morgen tomorrow volgende herinnering herinneringen
reminder reminders melding meldingen notificaties notifications digest weekoverzicht wekelijks dagelijks
weekly daily nabellen terugbellen phone subscribe unsubscribe uitzetten aanzetten stoppen abonnementen subscriptions adviseur advisor
beheerder admin assistent assistant viewer collega medewerker colleague grafiek diagram chart kaart
landkaart moderatie gespreksleiding moderation training trainingen cursus workshop slapend dormant actief
active gebruikt gebruik plank voorbereiding preparation onbekend unknown zonder without hebben heeft
maandag dinsdag woensdag donderdag vrijdag monday tuesday wednesday thursday friday
`
  .split(/\s+/)
  .filter((w) => w.length >= 5);

const keywordSet = new Set(keywords);

// Ordinary words one edit away from a keyword; they must stay what they are.
const protectedWords = new Set(
  `heeft hebben heb hadden heeften gemeld gesteld gebeurd gebeuren welk welkom brieven letter later
  latest planning plannen planned plant plan staat staan status stats state hoeveelheid contacts contract
  meetings meeting meten called calling caller cancel cancer actief active action actions actieve
  morgens morgen morning mormon verstuurd verstuur gestuurd stuurde zonder zonde zondag reached reaches
  reacties reactie places placed weekly weekend weken where there their these those which while whole
  wordt worden woord protocollen kaarten kaartje mayors clerks brief briefje briefing deputy deputies
  gebruikt gebruik gebruiker gebruikers toevoegen toegevoegd`
    .split(/\s+/)
    .filter(Boolean),
);

/** The keyword a mistyped token most likely was, or the token itself. */
export function correctToken(token: string): string {
  if (token.length < 5 || keywordSet.has(token) || protectedWords.has(token) || /\d/.test(token))
    return token;
  const allowed = token.length >= 8 ? 2 : 1;
  let best = token;
  let bestDistance = allowed + 1;
  for (const keyword of keywords) {
    if (Math.abs(keyword.length - token.length) > allowed) continue;
    const d = distance(token, keyword);
    if (d < bestDistance) {
      best = keyword;
      bestDistance = d;
    }
  }
  return best;
}

/** Corrects every keyword-like token of a normalized text. */
export function correctTypos(normalized: string): string {
  return normalized
    .split(" ")
    .map((token) => correctToken(token))
    .join(" ");
}
