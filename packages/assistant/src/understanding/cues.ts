/*
 * The cues several intents score on. A cue that signals one intent only lives in that intent's module
 * (intents/*.ts); a cue generated from a vocabulary comes from its table (vocabulary/*.ts).
 */
import { defineCue } from "./cue.ts";
import { contactRoles } from "./vocabulary/contact-roles.ts";
import { outOfScopeTopics } from "./vocabulary/out-of-scope.ts";
import { callNotReached, outreachEvents } from "./vocabulary/outreach-events.ts";
import { staffRoles } from "./vocabulary/staff-roles.ts";
import { MONTH_SOURCE, WEEKDAY_NAMES, WORKDAY_SOURCE } from "./vocabulary/time-words.ts";
import { protocolUsage } from "./vocabulary/usage-words.ts";

/** "welke", "which", "lijst", "toon": asks for a list. */
export const whichCue = defineCue("which", [
  /\bwelke\b/,
  /\bwhich\b/,
  /\bwhat (?:municipalities|provinces|councils)\b/,
  /\blijst\b/,
  /\blist\b/,
  /\btoon\b/,
  /\bgeef\b/,
  /\bnoem\b/,
  /\bshow\b/,
  /\bgive\b/,
  /\bwaar (?:is|zijn) (?:nog )?geen\b/,
]);

/** "hoeveel", "how many": asks for a count. */
export const howManyCue = defineCue("howMany", [
  /\bhoeveel\b/,
  /\bhow many\b/,
  /\bhow much\b/,
  /\baantal\b/,
  /\bnumber of\b/,
  /\bcount\b/,
]);

/** "gemeente", "municipality". */
export const municipalityWordCue = defineCue(
  "municipalityWord",
  [/\bgemeente(?:n|s)?\b/, /\bmunicipalit(?:y|ies)\b/, /\bcouncils?\b/],
  ["gemeente", "gemeenten", "gemeentes", "municipality", "municipalities"],
);

/** "provincie", "province". */
export const provinceWordCue = defineCue(
  "provinceWord",
  [/\bprovincie(?:s)?\b/, /\bprovinces?\b/],
  ["provincie", "provincies", "province", "provinces"],
);

/** A plural body word: the message is about many bodies. */
export const bodyPluralCue = defineCue("bodyPlural", [
  /\bgemeenten\b/,
  /\bgemeentes\b/,
  /\bmunicipalities\b/,
  /\bprovincies\b/,
  /\bprovinces\b/,
]);

/** "alle", "every": every body is asked for, so an unfiltered list is what was meant. */
export const everyBodyCue = defineCue("everyBody", [
  /\balle\b/,
  /\ball\b/,
  /\bevery\b/,
  /\belke\b/,
  /\biedere\b/,
  /\beach\b/,
  /\b(?:welke|which|what) (?:gemeenten|gemeentes|municipalities|provincies|provinces) (?:zijn|are|liggen|lie|there)\b/,
  /\b(?:gemeenten|gemeentes|municipalities|provincies|provinces) (?:zijn er|are there)\b/,
]);

/** "per provincie": a breakdown by province. */
export const perProvinceCue = defineCue("perProvince", [
  /\bper provincie\b/,
  /\bper province\b/,
  /\bby province\b/,
  /\bprovincie per provincie\b/,
  /\bper prov\b/,
]);

/** A meeting word: "afspraak", "gesprek", "meeting". */
export const meetingWordCue = defineCue(
  "meetingWord",
  [
    /\bafspra(?:ak|ken)\w*/,
    /\bgesprek(?:ken)?\b/,
    /\bmeetings?\b/,
    /\bappointments?\b/,
    /\boverleg\b/,
    /\bkennismaking\w*/,
    /\bbezoek\b/,
    /\bvisit\b/,
    /\bsessie\b/,
    /\bsession\b/,
    /\bcall\b/,
    /\bconversations?\b/,
    /\btalks?\b/,
    /\bgesprekje\b/,
    /\bbespreking\w*/,
    /\bbijeenkomst\w*/,
    /\bsit down\b/,
    /\bom tafel\b/,
    /\bkick ?off\b/,
  ],
  ["afspraak", "afspraken", "gesprek", "gesprekken", "kennismaking"],
);

/** Something this assistant does not do: travel, the weather, ordering, press releases. */
export const outOfScopeCue = defineCue("outOfScope", outOfScopeTopics.patterns);

/** A reminder word: "herinnering", "melding", "digest", "seintje", "heads-up". */
export const reminderWordCue = defineCue(
  "reminderWord",
  [
    /\bherinner\w*/,
    // "opvolgherinneringen", "afspraakherinnering": Dutch writes the kind and the word as one.
    /\b\w+herinnering\w*/,
    /\b\w+melding\w*/,
    /\b(?:maandag\w*|wekelijks\w*|dagelijks\w*|weekly|daily|monday|monday s) (?:samenvatting|overzicht|summary|overview|update|mail|e ?mail)\b/,
    /\breminders?\b/,
    /\bremind\b/,
    /\bmelding\w*/,
    /\bnotificat\w*/,
    /\bnotifications?\b/,
    /\bdigests?\b/,
    /\bweekoverzicht\b/,
    /\bweekly (?:overview|summary|digest|update)\b/,
    /\bdaily (?:overview|summary|digest|update)\b/,
    /\balerts?\b/,
    /\bseinen\b/,
    /\bseintjes?\b/,
    /\bnudges?\b/,
    /\bheads up\b/,
    /\bpingen\b/,
    /\bping\w*/,
    /\babonnement\w*/,
    // "mijn abbo's": the short form of "abonnementen".
    /\babb?o s\b/,
    /\babb?os\b/,
    /\bgeabonneerd\b/,
    /\bsubscriptions?\b/,
    /\bsubscribed\b/,
    // "waar krijg ik allemaal berichten over", "welke berichten ontvangen we": messages the channel receives are
    // reminders; "stuur een bericht naar de griffier" is not one.
    /\b(?:krijg|krijgen|ontvang|ontvangen) (?:ik|we|wij|jullie) (?:\w+ ){0,2}berichten\b/,
    /\bberichten (?:\w+ ){0,3}(?:krijg|krijgen|ontvang|ontvangen) (?:ik|we|wij)\b/,
  ],
  [
    "herinnering",
    "herinneringen",
    "melding",
    "meldingen",
    "notificaties",
    "reminder",
    "reminders",
    "notifications",
  ],
);

/** "elke maandag", "weekly": something recurring. */
export const periodicCue = defineCue("periodic", [
  // "elke maandagochtend": a weekday with its part of the day is one word in Dutch.
  /\belke (?:maandag|dinsdag|woensdag|donderdag|vrijdag)(?:ochtend|middag|avond|morgen)?\b/,
  /\biedere (?:maandag|dinsdag|woensdag|donderdag|vrijdag)(?:ochtend|middag|avond|morgen)?\b/,
  /\belke (?:ochtend|dag|week|morgen)\b/,
  /\biedere (?:ochtend|dag|week)\b/,
  /\bwekelijks\w*/,
  /\bdagelijks\w*/,
  /\bevery (?:monday|tuesday|wednesday|thursday|friday|morning|day|week)\b/,
  /\bweekly\b/,
  /\bdaily\b/,
  // "stuur het overzicht op maandag" recurs; "een afspraak op maandag om half 3" (a date, a clock) happens once.
  /\bop maandag(?:en)?\b(?! (?:\d|om|rond|tegen|van \d|tussen|de \d))/,
  /\bon mondays\b/,
]);

/** "stuur", "zet aan", "subscribe": starting something. */
export const subscribeCue = defineCue("subscribe", [
  /\bstuur\b/,
  /\bsturen\b/,
  /\bsend\b/,
  /\bzet .* aan\b/,
  /\baanzetten\b/,
  /\bturn(?:ing|s)? on\b/,
  /\bswitch(?:ing|es)? on\b/,
  /\bsubscribe\b/,
  /\bopt (?:me |us |this channel )?in\b/,
  /\bschrijf (?:me|mij|ons|dit kanaal) in\b/,
  // "geef me een seintje", "zou je me een seintje willen geven", "give me a heads up".
  /\bgeeft? (?:\w+ ){0,3}(?:seintje|herinnering|melding)\w*/,
  /\b(?:seintje|herinnering|melding)\w* (?:\w+ ){0,2}(?:geven|sturen)\b/,
  /\bgive (?:\w+ ){0,3}(?:heads up|nudge|reminder|ping)\b/,
  /\babonneer\w*/,
  /\baanmelden\b/,
  /\bschakel .* in\b/,
  /\binschakelen\b/,
  /\bmeld me aan\b/,
  /\bactiveer\w*/,
  /\benable\b/,
  /\bontvangen\b/,
  /\breceive\b/,
  /\bget\b/,
  // "het zou fijn zijn als ik een seintje krijg", "ik wil dat we het overzicht krijgen": receiving as the wish;
  // "ik krijg te veel meldingen" states, and "krijg ik ...?" asks.
  /\b(?:als|dat|zodat) (?:ik|we|wij|dit kanaal|het kanaal) (?:\w+ ){0,4}(?:krijg|krijgen|krijgt|ontvang|ontvangt|ontvangen)\b/,
  // "voortaan krijg ik graag ...", "from now on this channel gets the weekly digest".
  /\b(?:voortaan|vanaf nu|from now on|going forward)\b.*\b(?:krijg\w*|ontvang\w*|gets?|receives?)\b/,
  /\b(?:krijg\w*|ontvang\w*|gets?|receives?)\b.*\b(?:voortaan|vanaf nu|from now on|going forward)\b/,
  /\bwil\b/,
  /\bwant\b/,
  /\b(?:i d|i would) like\b/,
  /\bherinner me\b/,
  /\bremind me\b/,
  /\bping me\b/,
  /\bsign (?:me|us|this channel) up\b/,
  /\bgraag\b/,
  /\bplease\b/,
  /\bturn (?:\w+ ){1,3}on\b/,
  /\bswitch (?:\w+ ){1,3}on\b/,
  /\b(?:herinner\w*|melding\w*|notificat\w*|reminders?|notifications?|alerts?) (?:\w+ ){0,4}(?:aan|on)\b/,
  // "weekoverzicht aan voor dit kanaal", "digest on please": only as the end of the request, for "the digest on
  // Monday" names a day.
  /\b(?:digests?|(?:week|dag|maand)overzicht\w*|weekly (?:digest|overview|summary|update)|seintjes?|nudges?) (?:\w+ ){0,3}(?:aan|on)(?= (?:voor|for|in|hier|here|please|alsjeblieft|graag|again|weer)\b|$)/,
]);

/** "zet uit", "stop", "niet meer": stopping something. */
export const unsubscribeCue = defineCue("unsubscribe", [
  // "digest can go, ta", "stop reminding me about follow ups", "mag ik van al die meldingen af?".
  /\bcan go\b(?! ahead)/,
  /\bstop reminding\b/,
  /\bmag (?:ik|we) (?:\w+ ){0,4}af\b/,
  // "ik wil af van die afspraakherinneringen", "daar wil ik vanaf".
  /\b(?:wil|willen) (?:\w+ ){0,2}af van\b/,
  /\b(?:wil|willen) (?:ik|we) (?:\w+ )?vanaf\b/,
  /\bzet .* uit\b/,
  /\buitzetten\b/,
  /\bturn(?:ing|s)? off\b/,
  /\bswitch(?:ing|es)? off\b/,
  /\bunsubscribe\b/,
  /\bopt (?:\w+ ){0,3}out\b/,
  /\bschrijf (?:me|mij|ons|dit kanaal) uit\b/,
  /\buitschrijven\b/,
  // "die seintjes mogen uit", "dat weekoverzicht mag weg", "die kunnen weg".
  /\b(?:mag|mogen) (?:\w+ ){0,2}(?:uit|weg)\b/,
  /\b(?:kan|kunnen) (?:\w+ )?weg\b/,
  // "ik wil van de follow-up herinneringen af", "hoe kom ik van die meldingen af", "ik wil er vanaf": only with a
  // wish or way out ("haal de afspraak van de agenda af" moves a meeting); "van nu af aan" is "from now on".
  /\b(?:wil|willen|wilt|kom|komen|ben|zijn) (?:\w+ ){0,2}van (?:\w+ ){1,4}af\b(?! aan\b)|\bvan (?:\w+ ){1,4}af (?:willen|wil|wilt|zijn|komen)\b/,
  /\ber ?(?:van ?)?af (?:willen|wil|zijn|komen)\b|\b(?:wil|willen) (?:\w+ )?er ?van ?af\b/,
  // "the weekly digest, I'd like that gone", "get rid of the nudges", "take me off every reminder list".
  /\b(?:like|want|need) (?:\w+ ){0,3}gone\b/,
  /\bget rid of\b/,
  /\btake (?:me|us|this channel) off\b/,
  /\bremove (?:me|us|this channel) from\b/,
  // "stopp alle herinneringen": the doubled p of "stoppen".
  /\bstopp?\b/,
  /\bstoppen\b/,
  /\bgeen .* meer\b/,
  /\bniet meer\b/,
  /\bniet langer\b/,
  /\bno more\b/,
  /\bnooit meer\b/,
  /\bnever (?:\w+ ){0,5}again\b/,
  /\bno longer\b/,
  /\bany ?more\b/,
  /\bany longer\b/,
  /\bdo not want\b/,
  /\bwil .* niet\b/,
  /\bdisable\b/,
  /\bopzeggen\b/,
  /\bafmelden\b/,
  /\bmeld me af\b/,
  /\buitschakelen\b/,
  /\bschakel .* uit\b/,
  // "als je de meldingen stopzet", "wil ik stopgezet hebben".
  /\bstop ?(?:ge)?zet(?:ten|t)?\b/,
  /\bmeld .* af\b/,
  /\bkill\b/,
  /\bhou op\b/,
  /\bmute\b/,
  /\bdeactiveer\w*/,
  /\bturn(?:ing|s)? (?:\w+ ){1,3}off\b/,
  /\bswitch(?:ing|es)? (?:\w+ ){1,3}off\b/,
  // "turn reminders of": "off" mistyped; no sentence ends in "turn ... of".
  /\b(?:turn|switch)(?:ing|s|es)? (?:\w+ ){1,3}of$/,
  /\b(?:herinner\w*|melding\w*|notificat\w*|reminders?|notifications?|alerts?) (?:\w+ ){0,3}(?:uit|off)\b/,
  // "weekoverzicht uit aub", "digest off": only as the end of the request ("het overzicht uit Brabant" is not).
  /\b(?:digests?|(?:week|dag|maand)overzicht\w*|weekly (?:digest|overview|summary|update)|seintjes?|nudges?) (?:\w+ ){0,3}(?:uit|off)(?= (?:voor|for|in|hier|here|please|alsjeblieft|graag|svp)\b|$)/,
]);

/** "wie", "who": asks for a person. */
export const whoCue = defineCue("who", [
  /\bwie\b/,
  /\bwho\b/,
  /\bwho s\b/,
  /\bwhom\b/,
  /\bnaam van\b/,
  // "ik zoek de griffier van Bodegraven-Reeuwijk", "looking for the clerk of ...".
  /\bik zoek\b/,
  /\blooking for\b/,
  /\bname of\b/,
  /\bhoe heet\b/,
  /\bwhat (?:was|is|s) (?:their|his|her|the) name\b/,
]);

/** "voeg toe", "add", "nieuw": adding something. */
export const addCue = defineCue("add", [
  /\bvoeg\b/,
  /\btoevoegt\b/,
  /\btoevoegen\b/,
  /\btoegevoegd\b/,
  /\bvoeg .* toe\b/,
  /\badd\b/,
  /\bnieuwe?\b/,
  /\bnew\b/,
  /\bsla (?:.* )?op\b/,
  /\bvastleggen\b/,
  /\bleg (?:.* )?vast\b/,
  /\bopslaan\b/,
  /\bsave\b/,
  /\bregistreer\b/,
  /\bregister\b/,
  /\bnoteer\b/,
  /\bnote down\b/,
  /\b(?:note|record|log|keep) (?:\w+ ){0,3}as (?:a )?contact\b/,
  /\bnoteer (?:\w+ ){0,3}als contact\w*/,
  /\bzet .* erin\b/,
  // "contactpersoon erbij voor Rheden: ...": one more.
  /\berbij\b/,
  /\bstore\b/,
  /\bmaak .* aan\b/,
  /\bcreate\b/,
]);

/** "contactpersoon", "telefoonnummer", "contact details". */
export const contactWordCue = defineCue(
  "contactWord",
  [
    /\bcontact(?:en|s)?\b/,
    /\bcontactperso(?:on|nen)\b/,
    /\bcontactgegevens\b/,
    /\bgegevens van\b/,
    /\bdetails (?:of|for) (?:the|our|their)\b/,
    /\bgo ?to (?:person|contact)\b/,
    /\bcontact ?person\b/,
    /\bcontact details\b/,
    /\baanspreekpunt\b/,
    /\btelefoonnummer\w*/,
    /\bnummer\b/,
    /\bmailadres\w*/,
    /\be ?mail ?adres\w*/,
    /\bphone number\b/,
    /\bemail address\b/,
    // "email town clerk Utrechtse Heuvelrug", "email of the alderman of Uitgeest": the address asked, tersely.
    /^(?:e ?mail|phone|telefoon)(?: address| adres| number| nummer)? (?:of |van )?(?:the |de )?\w+/,
    /\bpeople at\b/,
    /\bwho do we know\b/,
    /\bwie kennen we\b/,
    // "wie hebben we in beeld bij Geertruidenberg", "who do we usually deal with at Edam-Volendam".
    /\b(?:wie|niemand|iemand) (?:\w+ ){0,4}in beeld\b/,
    /\bwho do we (?:usually |normally |mostly )?(?:deal with|talk to|speak (?:to|with)|work with)\b/,
    // "wie hebben we in ons adresboek voor ...", "who should I talk to at Delft", "anyone we know in Doetinchem".
    /\badres ?boek\b|\baddress ?book\b/,
    /\bwho (?:should|could|can|do) (?:i|we) (?:talk|speak) (?:to|with)\b/,
    /\b(?:anyone|anybody|someone) we know\b/,
  ],
  ["contact", "contacten", "contacts", "contactpersoon", "contactpersonen", "telefoonnummer", "mailadres"],
);

/** "uitvraag", "survey". */
export const surveyWordCue = defineCue("survey", [/\buitvraag\b/, /\bsurvey\b/]);

/** "laat zien", "toon", "show": displaying something. */
export const displayCue = defineCue("display", [
  /\blaat\b.*\bzien\b/,
  /\bshow\b/,
  /\btoon\b/,
  /\bteken(?:en)?\b/,
  /\bdraw\b/,
  /\bvisuali\w*/,
  /\bgeef\b/,
]);

/** "voortgang", "progress". */
export const progressCue = defineCue("progress", [/\bvoortgang\b/, /\bprogress\b/]);

/** A contact role ("griffier", "burgervader", "aov'er"): from the contact-role vocabulary. */
export const roleWordCue = defineCue("roleWord", contactRoles.patterns);

/** A staff role ("beheerder", "adviseur"): from the staff-role vocabulary. */
export const staffRoleCue = defineCue("staffRole", staffRoles.patterns);

/** Words about a protocol's use: from the usage vocabulary. */
export const usageWordCue = defineCue("usageWord", protocolUsage.patterns);

/** A call was made (a call that reached nobody is one too): from the outreach-event vocabulary. */
export const calledCue = defineCue("called", [
  ...outreachEvents.patternsOf("called"),
  ...callNotReached.patterns,
]);
/** A letter was sent. */
export const letterCue = defineCue("letter", outreachEvents.patternsOf("letter_sent"));
/** A meeting took place. */
export const meetingHeldCue = defineCue("meetingHeld", outreachEvents.patternsOf("meeting_held"));
/** Support was offered. */
export const supportOfferedCue = defineCue("supportOffered", outreachEvents.patternsOf("support_offered"));
/** Support was declined. */
export const supportDeclinedCue = defineCue("supportDeclined", outreachEvents.patternsOf("support_declined"));
/** A call reached nobody. */
export const notReachedCue = defineCue("notReached", callNotReached.patterns);

/** A day or clock time: from the time vocabulary. */
export const timeExpressionCue = defineCue(
  "timeExpression",
  [
    new RegExp(`\\b(?:${WORKDAY_SOURCE})(?:ochtend|middag|avond|morgen)?\\b`),
    /\b\d{1,2}(?: \d{2})? ?(?:uur|u|am|pm)\b/,
    /\b\d{1,2}u\d{2}\b/,
    /\bom \d{1,2}\b/,
    /\bat \d{1,2}\b/,
    /\b(?:kwart|half) (?:over |voor |past |to )?(?:\d{1,2}|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/,
    /\bquarter (?:past|to) \w+/,
    /\bhalf past \w+/,
    new RegExp(`\\b\\d{1,2} (?:${MONTH_SOURCE})\\w*`),
    /\b\d{1,2} \d{1,2}(?: \d{2,4})? om\b/,
    /\b(?:morgen|tomorrow|overmorgen|volgende week|next week)\b/,
    /\bover (?:een|twee|drie|vier|\d) (?:week|weken)\b/,
    /\bin (?:a|one|two|three|four|\d) weeks?\b/,
    /\b(?:a|one|two|three|four|\d) weeks? from (?:now|today)\b/,
  ],
  [...WEEKDAY_NAMES.nl.slice(0, 5), ...WEEKDAY_NAMES.en.slice(0, 5), "volgende"],
);

/** "plan", "boek", "schedule": arranging something new. */
export const bookCue = defineCue("book", [
  // "kunnen we overmorgen om 3 uur bij Rotterdam langs?": a visit proposed.
  /\b(?:kunnen|kan|zullen|zal|gaan) (?:we|wij|ik) (?:\w+ ){0,6}langs(?:gaan|komen)?\b/,
  /\bplan\b/,
  /\bplannen\b/,
  /\binplannen\b/,
  /\bingepland\b/,
  /\bboek\b/,
  /\bboeken\b/,
  /\bbook\b/,
  /\bschedule\b/,
  /\bset up\b/,
  /\barrange\b/,
  /\borgani[sz]e\b/,
  /\bmaak\b/,
  /\bmaken\b/,
  /\bprik\b/,
  /\bzet\b/,
  /\bafspreken\b/,
  /\bnieuwe afspraak\b/,
  /\bnew meeting\b/,
  /\bput\b/,
  /\bcan we meet\b/,
  /\bwil .* afspraak\b/,
  /\b(?:ik|we|wij) (?:wil|willen|zou|zouden) (?:\w+ ){0,4}(?:afspraak|gesprek|overleg)\b/,
  /\b(?:een )?(?:afspraak|gesprek) (?:\w+ ){0,2}(?:willen|inplannen|maken)\b/,
  /\b(?:like|want|wish|would love) to meet\b/,
  /\btouch base\b/,
  /\bsit down with\b/,
  /\bpencil (?:\w+ )?in\b/,
]);

/** "verzet", "verplaats", "move", "naar vrijdag": moving something to another time. */
export const rescheduleCue = defineCue(
  "reschedule",
  [
    /\bverzet\w*/,
    /\bverplaats\w*/,
    /\bverschuif\w*/,
    /\bverschuiven\b/,
    // "lukt het om het gesprek naar de dag erna te schuiven", "vervroeg de afspraak met een kwartier".
    /\bschuiven\b/,
    /\bvervroeg\w*/,
    // Not a typo keyword: "schuin" (italic) stays what it is.
    /\bschuif(?:t|en)?\b/,
    /\bopschuiven\b/,
    /\bmaak (?:er|het) (?:\w+ ){1,5}van\b/,
    /\breschedul\w*/,
    /\bshift\b/,
    // "kan niet op donderdag, zet hem op vrijdag": the meeting meant is put elsewhere.
    /\bzet (?:hem|het|die|deze|haar) (?:maar |dan |even )?(?:op|naar)\b/,
    new RegExp(`\\bmake it (?:on )?(?:${WORKDAY_SOURCE}|tomorrow|next)\\b`),
    new RegExp(`\\bmaak (?:er|het) (?:${WORKDAY_SOURCE}|morgen)\\w* van\\b`),
    /\bmove\b/,
    /\bmoved\b/,
    /\bpush\b/,
    /\bpostpone\w*/,
    /\bander (?:tijdstip|moment)\b/,
    /\bandere (?:dag|datum|tijd)\b/,
    /\buitstellen\b/,
    /\bverander\w* .*\b(?:tijd|datum|afspraak)\b/,
    /\bchange the (?:time|date)\b/,
    new RegExp(`\\bnaar (?:${WORKDAY_SOURCE}|morgen|volgende)\\b`),
    new RegExp(`\\bto (?:${WORKDAY_SOURCE}|tomorrow|next)\\b`),
    /\binstead\b/,
    /\bin plaats van\b/,
    /\b(?:uur|uren|uurtje|minuten|min|kwartier|kwartiertje|dag|dagen|week|weken|hours?|minutes?|mins?|days?|weeks?|quarter|half) (?:later|eerder|vroeger|earlier|sooner|langer|korter|longer|shorter)\b/,
    // "naar over een week", "to a week from now": to a relative day.
    /\bnaar over\b/,
    /\bto (?:a|one|two|three|\d) weeks? from now\b/,
    // "een uur naar achteren", "forward by 30 minutes": a shift with its direction in words.
    /\bnaar (?:achteren|voren)\b/,
    /\b(?:back|forward) (?:by )?(?:an?|one|two|three|four|five|six|\d+|half an?) (?:hours?|minutes?|mins?|days?|weeks?|quarter)\b/,
    // "de afspraak met Zwolle moet naar 3 december": an existing meeting that has to go elsewhere.
    /\b(?:moet|moeten|kan|kunnen|mag|gaat) (?:\w+ ){0,2}naar (?:de |het )?(?:\d|volgende|een andere|later)/,
    // "kan het overleg met Zoetermeer naar vr 11 uur": a day abbreviated.
    /\bnaar (?:ma|di|wo|do|vr)\b/,
    /\bnaar (?:de )?\d{1,2} (?:jan|feb|maart|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec)\w*/,
    // "kan de afspraak naar 14:30?": a new clock time.
    /\bnaar (?:\d{1,2} \d{2}|\d{1,2} uur|half \w+|kwart (?:over|voor) \w+)\b/,
  ],
  ["verzetten", "verplaatsen", "verschuiven", "reschedule", "postpone"],
);

/** "annuleer", "zeg af", "cancel": calling something off. */
export const cancelMeetingCue = defineCue(
  "cancelMeeting",
  [
    /\bafzeggen\b/,
    /\bzeg(?:gen|t)?\b.*\baf\b/,
    /\bafgezegd\b/,
    /\bannuleer\w*/,
    /\bannuler\w*/,
    /\bgeannuleerd\b/,
    // "de meeting met Aalten is gecanceld", "het bezoek aan Ede kan van de kalender".
    /\bgecancel(?:d|ed)\b/,
    // "haal de afspraak maar weg", "knock the meeting off the calendar", "als je de afspraak afzegt".
    /\bhaal (?:\w+ ){0,4}weg\b/,
    /\b(?:afspraak|meeting|gesprek|overleg) (?:\w+ )?weg\b/,
    /\bscrub\b/,
    /\boff (?:the|my|our) (?:calendar|agenda|diary|schedule)\b/,
    /\bafzegt\b/,
    /\bvan de (?:kalender|agenda|planning)\b/,
    /\bcancel\w*/,
    /\bcall(?:ing|ed|s)? (?:\w+ ){0,4}off\b/,
    /\bstrike\b/,
    /\bscrap\w*/,
    /\b(?:gaat|gaan|kan|kunnen) (?:\w+ )?niet door(?:gaan)?\b/,
    /\bafbla(?:zen|as)\b/,
    /\bafgeblazen\b/,
    /\bstreep\b.*\bdoor\b/,
    /\bdoor(?:strepen|gestreept)\b/,
    /\b(?:kan|mag) weg\b/,
    /\bcan go\b(?! ahead)/,
    /\b(?:is|are|will|can|could) (?:not|no longer) (?:be )?(?:going ahead|go ahead|happening|happen|taking place|take place)\b/,
    /\bcannot (?:go ahead|happen|take place)\b/,
    /\bnot happening\b/,
    /\b(?:van de baan|off the table)\b/,
    /\b(?:is|are) (?:\w+ )?off\b/,
    /\bvervalt\b/,
    /\bhoeft niet (?:meer|door te gaan)\b/,
    /\bkan (?:er ?)?uit\b/,
    // "Zutphen afspraak eruit", "meeting w/ Ouder-Amstel off": terse, the verb left out.
    /\beruit\b/,
    /\boff$/,
    /\b(?:is not|isn t|not) needed any ?more\b/,
    /\bvervallen\b/,
    /\buit (?:de|mijn|onze|je) (?:agenda|planning)\b/,
    /\bout of (?:the|my|our) (?:calendar|agenda|diary|schedule)\b/,
    /\blaten (?:we )?(?:\w+ )?schieten\b/,
    /\bscratch\b/,
    /\bschrap\w*/,
    /\bverwijder\w*/,
    /\bdelete\b/,
    /\bremove\b/,
    /\bdrop(?:ping|ped)?\b/,
  ],
  ["annuleren", "annuleer", "afzeggen", "cancel"],
);

/** "agenda", "welke afspraken", "what's on": asks what is planned. */
export const agendaWordCue = defineCue("agendaWord", [
  /\bagenda\b/,
  /\bplanning\b/,
  /\brooster\b/,
  /\bcalendar\b/,
  /\bmy schedule\b/,
  /\bschedule for\b/,
  /\bwat staat er\b/,
  /\bwat heb ik\b/,
  /\bwhat s on\b/,
  /\bon the (?:schedule|agenda|calendar)\b/,
  /\bdiary\b/,
  /\beverything i have\b/,
  // Not "what do we have on Rijssen-Holten?": a body after "on" asks what we know of it.
  /\bwhat (?:do|does) (?:\w+ )?have (?:on |planned )?(?:today|tomorrow|this|next|on(?! xbody))\b/,
  /\b(?:anything|something) (?:\w+ )?(?:planned|scheduled|booked|pencil+ed)\b/,
  /\bwat (?:is|staat) er (?:\w+ ){0,2}(?:ingepland|gepland)\b/,
  // "heb ik morgen een afspraak met Roermond?", "do I have a meeting with Dronten tomorrow?": asks what is planned.
  /\b(?:heb ik|hebben we|hebben wij|do i have|do we have|have i got|have we got) (?:\w+ ){0,2}(?:een |a |any )?(?:afspraak|afspraken|meeting|meetings|appointment|appointments|gesprek|gesprekken|bijeenkomst|bijeenkomsten|sessie|sessies|session|sessions)\b/,
  /\b(?:welke|which|what) (?:bijeenkomsten|sessies|sessions|gesprekken) (?:heb|hebben|have|has|do|staan)\b/,
  /\bwanneer zitten we (?:\w+ ){0,3}om tafel\b/,
  /\b(?:iets|wat) (?:\w+ )?(?:gepland|ingepland|staan)\b/,
  /\bwhat (?:s|is|are) (?:\w+ )?planned\b/,
  /\bwhat is on\b/,
  /\bop het programma\b/,
  // "what's Daan got on tomorrow", "do we also have something with Terschelling coming up?".
  /\bwhat s \w+ got on\b/,
  /\b(?:something|anything) (?:\w+ ){0,3}coming up\b/,
  // "what has Wessel got on this week", "nothing planned for next week, right?", "wat ik vandaag heb staan".
  /\bwhat (?:has|does) \w+ (?:got|have) on\b/,
  /\bwhat \w+ (?:has|have) (?:planned|scheduled)\b/,
  /\b(?:do i|do we|have i got|have we got) (?:\w+ )?(?:have )?anything\b/,
  /\bnothing (?:\w+ )?(?:planned|scheduled|booked|on)\b/,
  /\bwat (?:\w+ ){0,3}(?:heb|hebben) (?:ik |we )?(?:\w+ ){0,2}staan\b/,
  /\bwhat do i have\b/,
  /\bwhat have i got\b/,
  /\bmijn afspraken\b/,
  /\bmy (?:meetings|appointments)\b/,
  /\bafspraken (?:staan|hebben|heb)\b/,
  /\bwelke afspraken\b/,
  /\bwhich (?:meetings|appointments)\b/,
  /\bwhat meetings\b/,
  /\bwhat appointments\b/,
  /\bupcoming\b/,
  /\bkomende afspraken\b/,
  /\bgeplande?\b/,
  /\bscheduled\b/,
  /\bwanneer (?:is|zijn|hebben) (?:we|de|ons|onze|mijn|het)\b/,
  /\bwhen (?:is|are|do) (?:our|the|my|we)\b/,
  /\bafspraken\b/,
]);
