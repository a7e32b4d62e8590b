/*
 * The facts of one sentence of a note. A sentence is read as a single message is (analyse: body names, typo
 * corrections, cues, survey values) and its facts are built by the intent modules of the same meaning, so "Ze
 * hebben een protocol maar het ligt op de plank" yields what "Leudal heeft een protocol maar het ligt op de plank"
 * yields, only without a body. What is new here is only which facts a sentence holds: a note's sentences name no
 * body and give no command, so the single-message scores (which need both) cannot decide it.
 */
import { type Analysis, analyse } from "../analysis.ts";
import {
  calledCue,
  contactWordCue,
  letterCue,
  meetingHeldCue,
  meetingWordCue,
  notReachedCue,
  supportDeclinedCue,
  supportOfferedCue,
} from "../cues.ts";
import { addContact } from "../intents/add-contact.ts";
import { updateSurvey } from "../intents/update-survey.ts";
import type { Lang } from "../language.ts";
import { normalizeText } from "../normalize.ts";
import { bodySlots, firstBodySlot, textWithoutBodies } from "../slots/bodies.ts";
import type { BodyRef, RecordableOutreach } from "../slots/schemas.ts";
import { extractSupportKinds } from "../slots/support-kinds.ts";
import {
  followUpDays,
  followUpWords,
  type NoteOpening,
  supportNotWanted,
  supportWanted,
} from "../vocabulary/call-note-words.ts";
import { contactRoles } from "../vocabulary/contact-roles.ts";
import type { NoteReading } from "./note-facts.ts";

type ContactReading = Extract<NoteReading, { intent: "add_contact" }>;
type OutreachReading = Extract<NoteReading, { intent: "record_outreach" }>;

// A note's own words are not typo targets: read on the corrected text ("verzonden") and on the text as typed,
// which the corrector may have moved to a neighbouring keyword ("hoeft" is one letter from "heeft").
const matches = (patterns: readonly RegExp[], a: Analysis) =>
  patterns.some((p) => p.test(a.keywords) || p.test(a.normalized));

/** "Volgens de griffier …": a lone capitalised word that opens a sentence is not a name. */
function isSentenceOpener(a: Analysis, name: string): boolean {
  return !name.includes(" ") && a.text.trimStart().startsWith(name);
}

function contactOf(a: Analysis): ContactReading | undefined {
  const built = addContact.build(a);
  const name = built.name && !isSentenceOpener(a, built.name) ? built.name : undefined;
  const { name: _, ...rest } = built;
  const details = built.email !== undefined || built.phone !== undefined;
  if (name && (built.role || details || a.evidence.cues.has(contactWordCue))) return { ...rest, name };
  // "Haar nummer is 06 …": details without a name, for the contact before it (see read-note.ts).
  if (!name && details) return rest;
  return undefined;
}

/** "griffier Marieke Peters, burgemeester Hans de Wit en wethouder Kees Bos": one contact per part. */
function contactsOf(a: Analysis, lang: Lang): ContactReading[] {
  if (contactRoles.all(a.keywords).length >= 2) {
    const parts = a.text.split(/\s*(?:[,;]|\ben\b|\band\b)\s*/).filter((part) => part.trim() !== "");
    const each = parts.map((part) => {
      const read = analyse(part, normalizeText(part), lang);
      return read.evidence.cues.has(contactWordCue) || contactRoles.earliest(read.keywords)
        ? contactOf(read)
        : undefined;
    });
    const named = each.filter((c): c is ContactReading => c?.name !== undefined && c.role !== undefined);
    // A part without the body's name is about the body its sentence names.
    const { body } = firstBodySlot(a.text, a.mentions);
    if (named.length >= 2) return named.map((c) => (c.body || !body ? c : { ...c, body }));
  }
  const one = contactOf(a);
  return one ? [one] : [];
}

function outreach(a: Analysis, event: RecordableOutreach, reached?: boolean): OutreachReading {
  return {
    intent: "record_outreach",
    bodies: bodySlots(a.text, a.mentions),
    event,
    ...(reached !== undefined ? { reached } : {}),
    note: a.text.trim(),
  };
}

const supportWord = /\b(?:ondersteuning|hulp|steun|support|help|assistance)\b/;
const clauseBreak = /\s*(?:[,;]|\bmaar\b|\bwel\b|\bbut\b|\bhowever\b)\s*/;

/** Support wanted (`support_offered` with its kinds) or declined ("geen behoefte aan ondersteuning"). */
function supportOf(a: Analysis, lang: Lang): OutreachReading[] {
  const c = a.evidence.cues;
  const kinds = extractSupportKinds(a.keywords);
  const notWanted = matches(supportNotWanted.patterns, a);
  const wanted = c.has(supportOfferedCue) || matches(supportWanted.patterns, a);
  // "Ze willen geen training, wel hulp bij de gedragscode": each clause its own decision.
  if (kinds && notWanted && wanted && clauseBreak.test(a.text)) {
    const clauses = a.text.split(clauseBreak).filter((clause) => /\p{L}/u.test(clause));
    const each = clauses.map((clause) => analyse(clause, normalizeText(clause), lang));
    const readings = each.flatMap((clause): OutreachReading[] => {
      const own = extractSupportKinds(clause.keywords);
      if (!own) return [];
      if (matches(supportNotWanted.patterns, clause) || /\b(?:geen|niet|no|not)\b/.test(clause.normalized)) {
        return [outreach(a, "support_declined")];
      }
      return [{ ...outreach(a, "support_offered"), support: own }];
    });
    if (readings.length > 0) return readings;
  }
  if (c.has(supportDeclinedCue) || (notWanted && (kinds || supportWord.test(a.normalized)))) {
    return [outreach(a, "support_declined")];
  }
  if (kinds && wanted) return [{ ...outreach(a, "support_offered"), support: kinds }];
  return [];
}

/**
 * The survey value of a sentence, less what only its support implies: "help with their code of conduct" is help
 * wanted, not a code of conduct in place ("with" reads as having one).
 */
function surveyOf(a: Analysis, support: readonly OutreachReading[]): NoteReading | undefined {
  const built = updateSurvey.build(a);
  const kinds = new Set(support.flatMap((s) => s.support ?? []));
  const { protocol, codeOfConduct, ...rest } = built;
  const keepProtocol = protocol && !(kinds.has("protocol_help") && protocol === "present" && !built.usage);
  const keepCode = codeOfConduct && !(kinds.has("code_of_conduct_help") && codeOfConduct === "yes");
  const reading = {
    ...rest,
    ...(keepProtocol ? { protocol } : {}),
    ...(keepCode ? { codeOfConduct } : {}),
  };
  return reading.protocol || reading.usage || reading.codeOfConduct ? reading : undefined;
}

/** The events a sentence reports: a meeting held, a call, a letter. */
function eventsOf(a: Analysis, opening: NoteOpening | undefined): OutreachReading[] {
  const c = a.evidence.cues;
  const events: OutreachReading[] = [];
  if (c.has(meetingWordCue) && c.has(meetingHeldCue)) events.push(outreach(a, "meeting_held"));
  else if (c.has(calledCue) || opening === "called")
    events.push(outreach(a, "called", !c.has(notReachedCue)));
  else if (opening === "meeting_held") events.push(outreach(a, "meeting_held"));
  if (c.has(letterCue)) events.push(outreach(a, "letter_sent"));
  return events;
}

/** What one sentence of a note gives: its facts, the bodies it names, and whether it is only a heading. */
export type SentenceReading = {
  readings: NoteReading[];
  bodies: BodyRef[];
  /** "Note: Gennep.", "Venray:": nothing but a body's name (and a label). */
  heading: boolean;
};

const label =
  /^\s*(?:notitie|notities|verslag|note|notes|call notes?|meeting notes?|summary|over|about|re)\b/gi;

/**
 * The facts of one sentence, in the order they are proposed: outreach events, contacts, a survey value, support
 * wanted or declined, a follow-up. `opening` is what the note's opening reports, given for its first sentence
 * ("Gesprek met …" is a meeting held).
 */
export function readSentence(sentence: string, lang: Lang, opening?: NoteOpening): SentenceReading {
  const a = analyse(sentence, normalizeText(sentence), lang);
  const bodies = bodySlots(a.text, a.mentions);
  const later = matches(followUpWords.patterns, a) && matches(followUpDays.patterns, a);
  // Something still to do ("stuur begin december een brief") did not happen yet.
  const readings: NoteReading[] = later ? [] : eventsOf(a, opening);
  readings.push(...contactsOf(a, lang));
  const support = supportOf(a, lang);
  const survey = a.evidence.surveyValue && !a.evidence.isQuestion ? surveyOf(a, support) : undefined;
  if (survey) readings.push(survey);
  readings.push(...support);
  if (later) {
    readings.push({
      intent: "follow_up",
      bodies,
      whenText: textWithoutBodies(a.text, a.mentions),
      note: a.text.trim(),
    });
  }
  const rest = normalizeText(textWithoutBodies(a.text, a.mentions)).replace(label, "").trim();
  return { readings, bodies, heading: bodies.length > 0 && rest.split(" ").filter(Boolean).length <= 1 };
}
