// Whole-message answers. A message is an answer when every word is answer vocabulary and one is a strong yes/no.
const strongYes = new Set(
  "ja jawel yes y j yep yeah yup ok oke okay okee okido klopt prima akkoord correct sure confirm confirmed bevestig bevestigen jazeker zeker top perfect precies inderdaad indeed exactly agreed fine alright goed doen".split(
    " ",
  ),
);
const yesFiller = new Set(
  "dat is that s thats it right doe maar go on ahead do hoor joh graag please helemaal sounds good zo all dank je bedankt thanks thank you dit die lijkt me mij prima klinkt".split(
    " ",
  ),
);
const strongNo = new Set(
  "nee neuh no n nope nah annuleer annuleren cancel nevermind stop stoppen abort afbreken quit fout wrong incorrect niet".split(
    " ",
  ),
);
const noFiller = new Set(
  "laat maar zitten toch dank je bedankt thanks thank you never mind forget it that this dat klopt is not do doe doen niet liever rather hou vergeet het scratch hoeft hoor joh".split(
    " ",
  ),
);
const refusalPhrases = new Set([
  "laat maar",
  "never mind",
  "forget it",
  "laat maar zitten",
  "hou maar",
  "vergeet het",
  "vergeet maar",
  "scratch that",
  "toch niet",
  "liever niet",
  "rather not",
  "no need",
  "hoeft niet",
  "do not",
]);

function answerOf(normalized: string, strong: ReadonlySet<string>, filler: ReadonlySet<string>): boolean {
  const tokens = normalized.split(" ").filter(Boolean);
  if (tokens.length === 0 || tokens.length > 6) return false;
  return tokens.some((t) => strong.has(t)) && tokens.every((t) => strong.has(t) || filler.has(t));
}

/** A whole-message yes: "ja", "klopt", "doe maar", "yes, that's right", "👍". */
export function isConfirmation(raw: string, normalized: string): boolean {
  if (/^\s*(?:👍|✅|✔️?|👌)+\s*$/u.test(raw)) return true;
  if (/\b(?:niet|not|no|nee)\b/.test(normalized)) return false;
  if (
    ["doe maar", "go ahead", "do it", "sounds good", "is goed", "dat is goed", "that s right"].includes(
      normalized,
    )
  )
    return true;
  return answerOf(normalized, strongYes, yesFiller);
}

/** A whole-message no: "nee", "laat maar", "annuleer", "no, forget it", "👎". */
export function isRefusal(raw: string, normalized: string): boolean {
  if (/^\s*(?:👎|❌|✖️?|🚫)+\s*$/u.test(raw)) return true;
  if (refusalPhrases.has(normalized)) return true;
  return answerOf(normalized, strongNo, noFiller);
}
