/**
 * Everyday Dutch and English words that must never be read as a typo of a body name. Short filler
 * words are listed for clarity (they are too short to be corrected anyway); the longer ones were found
 * by measuring which frequent words lie within one or two edits of a name ("worden" → Woerden,
 * "woningen" → Groningen, "reden" → Rheden, "dingen" → Dongen, "peilingen" → Teylingen).
 */
export const stopWords: ReadonlySet<string> = new Set(
  `
  de het een en of in op van met voor naar bij aan uit om te is zijn was waren heeft hebben had
  die dat dit deze wie wat waar welke hoe niet geen wel ook nog maar als dan dus want omdat
  ik jij je u hij zij ze wij we jullie hun hen ons onze mijn
  the a an and or of in on at to for with by from is are was were be been has have had not no
  what which who where when how this that these those there their they them your you our

  about above after again against along among another around because before being below
  between could every first other should since still their there these thing think those
  though three through under until where which while would years

  aantal afspraak afspraken alleen altijd andere anders bellen beter dagen daarom donderdag
  dinsdag maandag woensdag vrijdag zaterdag zondag ervoor eerder gebeld gemeente gemeenten
  griffier graag hebben heeft kunnen laatst moeten morgen nieuwe omdat onder ouder ouders
  plannen protocol provincie provincies staat stappenplan tussen vandaag volgende volgens wordt
  zonder zullen

  dingen worden werden woorden woningen houden fouten reden heden laten laden lagen jaren leden
  kamen kapen maken meiden zeiden weiden lieden leider leiders leidend leidden luiden duiden
  duiken dienen dieren diepen jongen longen tongen zongen rongen dwongen drongen dronken
  kappen kasten lasten passen tassen wassen massen gassen punten potten pitten velden vellen
  vasten tasten voorste voorschot noordelijk noordelijke middelbare vaderland interland
  schaden scharen schapen schalen schamen lossen losse rampen lampen klaren boeken boeket
  remmen sommen muizen luizen huilen huiden suizen drummen brommen vierden voerden roerden
  koningen meningen leningen tellingen peilingen veilingen stellingen penningen hellingen
  dalingen weerde wieden wieren verre
  reuse loser lesser looser laden aspen asset ashen stain stern bread blade burden ought
  fasten hasten putter wetland feudal heist
`
    .split(/\s+/)
    .filter((word) => word.length > 0),
);
