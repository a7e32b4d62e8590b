import { isCueWord } from "../cue.ts";
import { functionWords } from "../function-words.ts";
import { vocabularies } from "../vocabulary/index.ts";
import { answerWord } from "./answer-words.ts";
import { findMentions } from "./bodies.ts";
import { namesOption, readChoice } from "./choice.ts";

// Whole-message answers. A message is an answer when every word is answer vocabulary and one is a strong yes/no.
const strongYes = new Set(
  "ja jawel jep jup yes y j yep yeah yup absoluut absolutely definitely certainly lovely great brilliant ok oke okay okee okido okidoki okiedokie oki okie lgtm right good klopt prima akkoord correct sure confirm confirmed bevestig bevestigen jazeker zeker top perfect precies inderdaad indeed exactly agreed fine alright goed doen affirmative aye yeh graag".split(
    " ",
  ),
);
const yesFiller = new Set(
  "dat is that s thats it right doe maar go on ahead do hoor joh graag please helemaal sounds good zo all dank je bedankt thanks thank you dit die lijkt me mij prima klinkt sla op opslaan save bewaar for thing one vastleggen weten hem looks look lijkt gerust u uw gaat me to put in zet er erin noteer carry continue proceed door verder ziet uit like doorzetten doorgaan doorvoeren about zelfs dankjewel dankuwel then".split(
    " ",
  ),
);
const strongNo = new Set(
  "nee neej neeh nein neuh no n nope nop nah nvm annuleer annuleren cancel nevermind stop stoppen abort afbreken quit fout wrong incorrect niet".split(
    " ",
  ),
);
const noFiller = new Set(
  "laat maar zitten toch dank je bedankt thanks thank you never mind forget it that this dat klopt is not do doe doen niet liever rather hou vergeet het scratch hoeft hoor joh leave drop skip dan s right save opslaan sla op bewaren one record noteer vastleggen please graag bedenk bedacht changed mind".split(
    " ",
  ),
);
const refusalPhrases = new Set([
  "laat maar",
  "never mind",
  "laat maar zitten",
  "hou maar",
  "ho maar",
  "vergeet het",
  "vergeet maar",
  "toch niet",
  "liever niet",
  "rather not",
  "i d rather not",
  "i would rather not",
  "i prefer not",
  "no need",
  "hoeft niet",
  "do not",
  "do not bother",
  "niet nodig",
  "leave it",
  "skip",
  "let it be",
  "laat dan maar",
  "laat ook maar",
  "laat ook maar zitten",
  "laat maar even zitten",
  "not now",
  "better not",
  "actually better not",
  "nu niet",
  "niet nu",
  "nu even niet",
  "schrap maar",
  "schrap dat",
  "schrap het",
  "forget about it",
  "never mind",
  "not that one",
  "nope not that one",
  "liever een andere",
  "een andere",
  "another one",
  // "kap maar", "let's not", "nvm", "ik bedenk me": stopping, said short.
  "kap maar",
  "kap ermee",
  "stop maar",
  "let s not",
  "lets not",
  "let s not do that",
  "let s not do it",
  "nvm",
  "ik bedenk me",
  "ik heb me bedacht",
  "changed my mind",
  "i changed my mind",
  "i ve changed my mind",
  "weg ermee",
  "gooi maar weg",
  "gooi het weg",
  "gooi het maar weg",
  // "bin it", "trash that", "toss it": throwing the proposal away.
  ...[
    "scrap",
    "ditch",
    "discard",
    "bin",
    "trash",
    "toss",
    "chuck",
    "drop",
    "skip",
    "scratch",
    "forget",
  ].flatMap((verb) => ["it", "that", "this"].map((what) => `${verb} ${what}`)),
]);

// "nou", "oh", "well": a word before the answer that changes nothing.
const interjections = new Set(
  "nou oh o eh uh uhm hmm hm well ah ach ho whoa wacht wait hey just actually eigenlijk even effe".split(" "),
);
// Words an answer goes on with ("ja, sla het maar op", "nee, dat bedoelde ik niet"), besides function words.
const answerTail = new Set(
  "opslaan sla save bewaar bewaren doen doe bedoel bedoelde bedoeld meant mean goed good fine klopt right wrong fout zo so prima top gedaan done hoeft nodig needed necessary meer after all d toch dan ga gang go ahead zelf sorry wait anymore any more helemaal later myself mistake vergissing foutje moment now nu correct orde".split(
    " ",
  ),
);

// "geen bezwaar", "no problem": agreement said with a negation, so a yes and never a no.
const agreementPhrase =
  /^(?:no problems?|geen probleem|geen problemen|no worries|no issues?|geen issues?|geen punt|geen bezwaar|no objections?|niks mis mee|niets mis mee|nothing wrong with (?:it|that)|(?:niks|niets) (?:op )?aan te merken|(?:niks|niets) (?:meer )?aan (?:te )?veranderen|nothing (?:to|i d|i would) (?:change|add|correct)|no (?:changes|corrections|remarks|comments))\b/;

// "go on", "leg maar vast", "sla het op", "save it", "works for me": a yes said as the go-ahead itself. Read as "ja",
// so what follows still has to ask for nothing else ("sla het op als belnotitie bij Venlo" stays a request).
const goAhead =
  /^(?:in orde|(?:dat )?is goed|go (?:on|ahead)|carry on|ga (?:je gang|maar door|door|verder)|(?:that )?works for me|fine by me|werkt voor mij|sla (?:(?:het|dat|dit|alles|maar|dan|gerust) )*op|leg (?:(?:het|dat|dit|alles|maar|dan|gerust) )*vast|zet (?:(?:het|dat|dit|alles|maar|dan|gerust|er) )*(?:erin|in)|(?:save|store|log) (?:it|that|this|everything)|put (?:it|that|this) in)\b/;

// "don't store any of it", "zet het er maar niet in", "niet opslaan": the write itself refused.
const refusedWrite =
  /^(?:(?:please|pls|alsjeblieft) )?(?:do not|don t|never) (?:save|store|record|log|put|add|keep|write|enter|note)\b|^(?:zet|sla|leg|schrijf|voer|noteer) (?:(?:het|dat|dit|er|maar|dan|toch|even|alsjeblieft|liever) )*niet\b|^(?:(?:liever|toch|maar) )?niet (?:opslaan|vastleggen|bewaren|noteren|invoeren|toevoegen|erin zetten)\b/;

// "top, dankjewel!", "brilliant, thanks a lot": praise and thanks for what was done, no yes to a question.
const praise = new Set(
  "top perfect lovely great brilliant super prima mooi fijn geweldig excellent nice awesome".split(" "),
);
const thanking = new Set("dank dankjewel dankuwel bedankt thanks thank thx cheers".split(" "));
const thanksTail = new Set("je u wel you a lot veel hoor".split(" "));

/** Whether a message only praises and thanks: a thanks, answered as one, not a yes to act on. */
function onlyThanks(normalized: string): boolean {
  const tokens = normalized.split(" ").filter(Boolean);
  return (
    tokens.some((t) => thanking.has(t)) &&
    tokens.every((t) => praise.has(t) || thanking.has(t) || thanksTail.has(t))
  );
}

// "that's kind, but no", "bedankt, maar nee": a polite no, the thanks before it asking nothing.
const politeNo = /^(.+) (?:but|maar) (?:no|nee|nope)(?: (?:thanks|thank you|dank je|dank u|bedankt))?$/;
const politeWords = new Set(
  "kind nice sweet lief aardig vriendelijk sorry thanks thank bedankt dank offer aanbod appreciated appreciate".split(
    " ",
  ),
);

// "verkeerde gemeente", "wrong person": why the answer is no. The word after it names what was wrong, nothing asked.
const wrongWords = new Set("verkeerde verkeerd foute fout wrong".split(" "));

/** Whether the token at i says what was wrong: a wrong-word or the one word it qualifies. */
function isWhyWrong(tokens: readonly string[], i: number): boolean {
  return wrongWords.has(tokens[i] ?? "") || wrongWords.has(tokens[i - 1] ?? "");
}

/** A word that adds nothing to a yes or no: an answer word (typos allowed), a function word, or a tail word. */
function isLight(token: string, strong: ReadonlySet<string>, filler: ReadonlySet<string>): boolean {
  return (
    answerWord(token, strong) !== undefined ||
    answerWord(token, filler) !== undefined ||
    functionWords.has(token) ||
    answerTail.has(token)
  );
}

function answerOf(
  raw: string,
  normalized: string,
  strong: ReadonlySet<string>,
  filler: ReadonlySet<string>,
): boolean {
  const tokens = normalized.split(" ").filter(Boolean);
  if (tokens.length === 0 || tokens.length > 12) return false;
  const words = tokens.map((t) => answerWord(t, strong) ?? answerWord(t, filler));
  if (
    tokens.length <= 6 &&
    tokens.some((t) => answerWord(t, strong) !== undefined) &&
    words.every((w) => w !== undefined)
  ) {
    return true;
  }
  // An answer word first, then words that ask for nothing else: "ja hoor, zo is het goed", "ja, klopt als een bus",
  // "no, leave it, I'll do it later". Not a question ("ja, wat kun je nog meer?"), no number, no body, no word of
  // another request ("ja, en plan ook een afspraak").
  if (raw.trim().endsWith("?") || /\d/.test(normalized)) return false;
  const start = tokens.findIndex((t) => !interjections.has(t));
  const first = tokens[start];
  if (first === undefined || answerWord(first, strong) === undefined) return false;
  const rest = tokens.slice(start + 1);
  const light = (t: string) => isLight(t, strong, filler);
  // "stop, verkeerde afspraak", "cancel, wrong meeting": a no and why, nothing asked.
  if (rest.every((t, i) => light(t) || (strong === strongNo && isWhyWrong(rest, i)))) return true;
  // Beyond those words only after a plain yes or no ("stop the remiders" is no answer), and "no idea" is none.
  // "no idea", "no more digests", "no longer": no answer to the question, a statement or a request of its own.
  if (
    !plainYesOrNo.has(first) ||
    ["idea", "idee", "more", "meer", "longer", "langer"].includes(rest[0] ?? "")
  ) {
    return false;
  }
  // "nee, de derde" is a choice; "nee, niet de eerste" says which, so no plain no ("verkeerde gemeente" says why).
  if (readChoice(rest.join(" ")) !== undefined) return false;
  if (namesOption(rest.filter((_, i) => !isWhyWrong(rest, i)))) return false;
  const heavy = rest.filter((t, i) => !light(t) && !(strong === strongNo && isWhyWrong(rest, i)));
  return heavy.length <= 3 && heavy.every((t) => !isRequestWord(t)) && findMentions(raw).length === 0;
}

const plainYesOrNo = new Set(
  "ja jawel jep jup yes yep yeah yup ok oke okay okee sure nee neen neuh no nope nah".split(" "),
);

/** A word that asks for something of its own ("afspraak", "herinneringen", "protocol"). */
function isRequestWord(token: string): boolean {
  return (
    (token.length >= 5 && isCueWord(token)) || vocabularies.some((v) => v.valueOfToken(token) !== undefined)
  );
}

/** A whole-message yes: "ja", "klopt", "doe maar", "yes, that's right", "👍". */
export function isConfirmation(raw: string, written: string): boolean {
  // "in orde, sla maar op", "is goed, ga je gang", "go on then": the go-ahead is one yes.
  const normalized = written.replace(goAhead, "ja");
  if (/^\s*(?:👍|✅|✔️?|👌)+\s*$/u.test(raw)) return true;
  const agreed = agreementPhrase.exec(normalized);
  if (agreed) {
    const rest = normalized.slice(agreed[0].length).split(" ").filter(Boolean);
    return rest.every((t) => isLight(t, strongYes, yesFiller));
  }
  if (onlyThanks(normalized)) return false;
  // "yes, wrong one": a yes that says something is wrong is no yes to act on.
  if (/\b(?:niet|not|no|nee|wrong|fout|verkeerde?|incorrect)\b/.test(normalized)) return false;
  if (
    [
      "doe maar",
      "go ahead",
      "do it",
      "sounds good",
      "is goed",
      "dat is goed",
      "that s right",
      "ga je gang",
      "go for it",
      "dat is hem",
      "dat is m",
      "that s the one",
      "that s it",
      "graag",
      "ja graag",
    ].includes(normalized)
  )
    return true;
  return answerOf(raw, normalized, strongYes, yesFiller);
}

/** A whole-message no: "nee", "laat maar", "annuleer", "no, forget it", "👎". */
export function isRefusal(raw: string, normalized: string): boolean {
  if (/^\s*(?:👎|❌|✖️?|🚫)+\s*$/u.test(raw)) return true;
  if (refusalPhrases.has(normalized)) return true;
  const words = normalized.split(" ");
  const unprefixed = words
    .slice(
      Math.max(
        0,
        words.findIndex((t) => !interjections.has(t)),
      ),
    )
    .join(" ");
  if (refusalPhrases.has(unprefixed)) return true;
  const asksNothing = (rest: readonly string[]) =>
    rest.length <= 5 &&
    rest.every((t, i) => functionWords.has(t) || noFiller.has(t) || answerTail.has(t) || isWhyWrong(rest, i));
  const question = raw.trim().endsWith("?");
  const refused = refusedWrite.exec(unprefixed);
  if (refused && !question && findMentions(raw).length === 0) {
    if (asksNothing(unprefixed.slice(refused[0].length).split(" ").filter(Boolean))) return true;
  }
  const polite = politeNo.exec(unprefixed);
  const politeLead = polite?.[1]?.split(" ") ?? [];
  if (
    politeLead.length <= 5 &&
    politeLead.some((t) => politeWords.has(t)) &&
    politeLead.every((t) => politeWords.has(t) || functionWords.has(t))
  )
    return true;
  // "laat maar zitten, hoeft niet meer", "never mind, not needed": a refusal phrase, then nothing that asks.
  // The longest phrase: "laat maar even zitten, …" is not "laat maar" and five words more.
  const phrase = [...refusalPhrases]
    .filter((p) => unprefixed.startsWith(`${p} `))
    .reduce<string | undefined>((longest, p) => (p.length > (longest?.length ?? 0) ? p : longest), undefined);
  if (phrase && !question && asksNothing(unprefixed.slice(phrase.length).split(" ").filter(Boolean)))
    return true;
  if (agreementPhrase.test(normalized)) return false;
  return answerOf(raw, normalized, strongNo, noFiller);
}
