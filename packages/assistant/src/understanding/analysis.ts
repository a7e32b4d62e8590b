import { rejectedKinds } from "./contrast.ts";
import { type CueSet, detectCues } from "./cue.ts";
import {
  bodyPluralCue,
  bookCue,
  calledCue,
  letterCue,
  meetingWordCue,
  municipalityWordCue,
  periodicCue,
  provinceWordCue,
  reminderWordCue,
  rescheduleCue,
  subscribeCue,
  supportDeclinedCue,
  supportOfferedCue,
  surveyWordCue,
  unsubscribeCue,
} from "./cues.ts";
import type { Lang } from "./language.ts";
import { normalizeText } from "./normalize.ts";
import { bodyMentions, findMentions, type Mention, maskMentions } from "./slots/bodies.ts";
import type { MentionedPerson } from "./slots/colleague.ts";
import { extractEmail, extractPhone } from "./slots/contact-details.ts";
import { extractStaffIdentity } from "./slots/staff-identity.ts";
import { extractSurveyValues, ownAnswer, type SurveyValues, withOwnAnswer } from "./slots/survey-values.ts";
import { correctTypos } from "./typos.ts";

const questionStart =
  /^(?:heeft|hebben|has|have|does|do|did|is|zijn|are|wat|what|hoe|how|welke|which|wie|who|kan|can|weet|know|waar|where)\b/;
// "zeg, heeft ...", "hoi! hoe staat ...": a greeting or call for attention before the question.
const greeting =
  /^(?:(?:zeg|hoi|hey|hi|hallo|hello|goedemorgen|goedemiddag|morning|ok|oke|okay|nou|even|snel|quick|vraagje|question)\s+)+/;
// "ik vraag me af of Waalwijk ...", "I wonder whether ...": a question without a question mark.
// "Waddinxveen al gebeld of nog niet", "do they have one or still not": an either-or at the end asks.
const wondering =
  /\b(?:ik vraag me af|vraag me af|i wonder|i m wondering|weet (?:je|jij|u) of|do you know (?:if|whether)|(?:ik )?(?:wil|zou) (?:graag )?(?:even )?weten of|ben benieuwd of|i d like to know|i would like to know|i want to know|i need to know|curious (?:if|whether))\b|\b(?:of (?:nog )?niet|of nee|ja of nee|or (?:still )?not|or no|yes or no)$/;
// "de afspraak", "our meeting": a meeting already made, where "een afspraak" is one to make.
const existingMeeting =
  /^(?:meeting|afspraak|gesprek|overleg|appointment)\b|\b(?:de|het|die|dat|onze|ons|the|our|that|this) (?:\w+ )?(?:afspraak|gesprek|overleg|meeting|appointment|call|sessie|session|bijeenkomst|visit|bezoek)\b/;
// A capitalised first and last name after "is"/"wordt"/"heet", a time word allowed between.
// "contact Aa en Hunze: Wim Lubbers, burgemeester": a name and surname right after a colon.
const personNamed =
  /:\s*\p{Lu}\p{Ll}+\s+(?:(?:van|de|der|den|ter|te|van de|van der|van den)\s+)?\p{Lu}\p{Ll}+|\b(?:is|wordt|heet|was|are|becomes)\s+(?:(?:sinds kort|sinds vorige week|nu|now|since|voortaan|recently|de nieuwe|the new)\s+)?\p{Lu}\p{Ll}+(?:\s+(?:(?:van|de|der|den|ter|te|van de|van der|van den)\s+)?\p{Lu}\p{Ll}+)+/u;
const updateVerb =
  /\b(?:noteer|noteren|update|wijzig|registreer|markeer|record|mark|set|log|note|opslaan|vastleggen|leg|zet|bijwerken|aanpassen|verwerk)\b/;

/** The placeholder a body name becomes before keywords are read. */
export const BODY_PLACEHOLDER = "xbody";

/** What every intent's score can read of a message. */
export type Evidence = {
  cues: CueSet;
  survey: SurveyValues;
  /** Bodies named that are not a province used as a filter. */
  bodyCount: number;
  /** A body is named (not a province used as a filter). */
  hasBody: boolean;
  /** A province is named (as body or filter). */
  provinceNamed: boolean;
  /** A municipality is named. */
  municipalityNamed: boolean;
  isQuestion: boolean;
  hasContactDetails: boolean;
  hasChatIdentity: boolean;
  /** "... is sinds kort Ilse Verbeek", "... is now Ingrid Vermeulen": a person named as what someone is. */
  namesPerson: boolean;
  hasUpdateVerb: boolean;
  wordCount: number;
  /** Many bodies are meant ("gemeenten", "provinces"). */
  plural: boolean;
  /** A body word is used ("gemeente", "provincies"). */
  bodyWord: boolean;
  /** The message is about reminders. */
  reminderContext: boolean;
  /** The message is about a meeting. */
  meetingContext: boolean;
  /** The message reports a call, letter or support decision. */
  recorded: boolean;
  /** A survey value is stated (a protocol status, usage or code-of-conduct status). */
  surveyValue: boolean;
  /** The survey is the subject (a protocol word, the word "uitvraag", or a value). */
  surveyTopic: boolean;
};

/** One message read once, for every intent's score and slots. */
export type Analysis = {
  /** The message with rejected alternatives blanked out ("niet morgen maar vrijdag" reads "vrijdag"). */
  text: string;
  /** The message as written, for notes that quote it. */
  original: string;
  normalized: string;
  /** Normalized, typo-corrected, with body names replaced by the placeholder. */
  keywords: string;
  mentions: Mention[];
  /** The people the message @mentions (platform mentions, not names in the text), in the order they stand. */
  people: readonly MentionedPerson[];
  survey: SurveyValues;
  evidence: Evidence;
  lang: Lang;
};

function isProvincial(m: Mention): boolean {
  return m.status === "found" ? m.body.kind === "province" : m.candidates.some((b) => b.kind === "province");
}

/** Reads a message's body names, cues and survey values; `people` are the colleagues it @mentions. */
export function analyse(
  text: string,
  normalized: string,
  lang: Lang,
  people: readonly MentionedPerson[] = [],
  original: string = text,
): Analysis {
  const mentions = findMentions(text);
  const keywords = correctTypos(normalizeText(maskMentions(text, mentions, ` ${BODY_PLACEHOLDER} `)));
  // "de afspraak met Vaals niet op vrijdag maar op donderdag": a time ruled out for another, of a meeting that
  // exists, is a move ("plan een afspraak, niet morgen maar vrijdag" only corrects itself).
  const timeRejected = [...rejectedKinds(original)].some((kind) => kind === "day" || kind === "clock");
  const read = detectCues(keywords);
  // "Waalwijk meeting -> tomorrow 10:00": an arrow from a meeting to a time moves it.
  const arrow = /->|→|=>/.test(original) && read.has(meetingWordCue);
  const moved = ((timeRejected && existingMeeting.test(keywords)) || arrow) && !read.has(bookCue);
  const cues = moved ? detectCues(keywords, [rescheduleCue]) : read;
  const survey = withOwnAnswer(extractSurveyValues(keywords), text);
  const plural = cues.has(bodyPluralCue);
  const bodies = bodyMentions(text, mentions).filter((m) => !(plural && isProvincial(m)));
  const surveyValue =
    survey.protocol !== undefined || survey.usage !== undefined || survey.codeOfConduct !== undefined;
  const evidence: Evidence = {
    cues,
    survey,
    bodyCount: bodies.length,
    hasBody: bodies.length > 0,
    provinceNamed: mentions.some(isProvincial),
    municipalityNamed: mentions.some((m) => m.status === "found" && m.body.kind === "municipality"),
    isQuestion:
      ownAnswer(text) === undefined &&
      (text.trim().endsWith("?") ||
        questionStart.test(normalized.replace(greeting, "")) ||
        wondering.test(normalized) ||
        // "heeft Drimmelen al een gedragscode? kreeg er net een vraag over": the request is the first sentence.
        /^[^.!?]*\?/.test(text.trim())),
    hasContactDetails: extractEmail(text) !== undefined || extractPhone(text) !== undefined,
    hasChatIdentity: extractStaffIdentity(text) !== undefined,
    namesPerson: personNamed.test(maskMentions(text, mentions, " ")),
    hasUpdateVerb: updateVerb.test(keywords),
    wordCount: normalized.split(" ").length,
    plural,
    bodyWord: plural || cues.has(municipalityWordCue) || cues.has(provinceWordCue),
    reminderContext:
      cues.has(reminderWordCue) ||
      (cues.has(periodicCue) && (cues.has(subscribeCue) || cues.has(unsubscribeCue))),
    meetingContext: cues.has(meetingWordCue),
    recorded:
      cues.has(calledCue) ||
      (cues.has(letterCue) && !cues.has(reminderWordCue)) ||
      cues.has(supportOfferedCue) ||
      cues.has(supportDeclinedCue),
    surveyValue,
    surveyTopic:
      survey.protocolMentioned || survey.codeOfConductMentioned || cues.has(surveyWordCue) || surveyValue,
  };
  return { text, original, normalized, keywords, mentions, people, survey, evidence, lang };
}
