import type { Lang } from "../language.ts";
import type { BodyRef } from "../slots/schemas.ts";
import { type NoteOpening, noteOpenings } from "../vocabulary/call-note-words.ts";
import { factKind, type NoteFact } from "./note-facts.ts";
import { readSentence } from "./read-sentence.ts";
import { mayHoldSentences, type NoteSentence, splitSentences } from "./sentences.ts";

/** A note read sentence by sentence: its facts in order, the sentences that gave none, the bodies those name. */
export type CallNoteReading = { facts: NoteFact[]; unused: string[]; named: BodyRef[] };

const labelPattern = noteOpenings.find((o) => o.opening === "note")?.pattern;

/** What the note's opening reports, read after a label: "Notitie: gesprek met Venray." is a meeting held. */
function openingOf(sentence: NoteSentence | undefined): { opening?: NoteOpening; labelled: boolean } {
  if (!sentence) return { labelled: false };
  const label = labelPattern?.exec(sentence.text);
  const text = label ? sentence.text.slice(label[0].length).trim() : sentence.text;
  const opening = noteOpenings.find((o) => o.opening !== "note" && o.pattern.test(text))?.opening;
  return { ...(opening ? { opening } : {}), labelled: label !== null && label !== undefined };
}

/** "Gesprek met Venray. … Gebeld met de griffier.": one meeting, one call per note, whichever sentences say so. */
function isRepeatedEvent(facts: readonly NoteFact[], reading: NoteFact["reading"]): boolean {
  if (reading.intent !== "record_outreach") return false;
  if (reading.event === "support_offered" || reading.event === "support_declined") return false;
  return facts.some((f) => f.reading.intent === "record_outreach" && f.reading.event === reading.event);
}

/** Adds "Haar nummer is 06 …" to the contact before it; false when there is none to add it to. */
function addDetails(facts: NoteFact[], sentence: string, details: NoteFact["reading"]): boolean {
  if (details.intent !== "add_contact") return false;
  const previous = facts.findLast((f) => f.reading.intent === "add_contact");
  if (previous?.reading.intent !== "add_contact") return false;
  const reading = previous.reading;
  previous.reading = {
    ...reading,
    ...(reading.email === undefined && details.email !== undefined ? { email: details.email } : {}),
    ...(reading.phone === undefined && details.phone !== undefined ? { phone: details.phone } : {}),
  };
  previous.sentence = `${previous.sentence} ${sentence}`;
  return true;
}

/**
 * Reads a message as a call note, or undefined when it is not one: a note has two sentences or more, and either
 * opens as a note ("Gesprek met …", "Notitie:", "Call with …") with a fact in it, or holds facts of more than one
 * kind (a survey value and a contact, …). A single sentence is never a note: it keeps its single-message meaning.
 */
export function readCallNote(text: string, lang: Lang): CallNoteReading | undefined {
  if (!mayHoldSentences(text)) return undefined;
  const sentences = splitSentences(text);
  if (sentences.length < 2) return undefined;
  const { opening, labelled } = openingOf(sentences[0]);
  const facts: NoteFact[] = [];
  const unused: string[] = [];
  const named: BodyRef[] = [];
  sentences.forEach((sentence, i) => {
    const read = readSentence(sentence.text, lang, i === 0 ? opening : undefined);
    let used = read.heading;
    for (const reading of read.readings) {
      if (reading.intent === "add_contact" && reading.name === undefined) {
        used = addDetails(facts, sentence.text, reading) || used;
      } else if (isRepeatedEvent(facts, reading)) {
        used = true;
      } else {
        facts.push({ sentence: sentence.text, reading });
        used = true;
      }
    }
    if (read.readings.length === 0) named.push(...read.bodies);
    if (!used) unused.push(sentence.text);
  });
  const kinds = new Set(facts.map((f) => factKind(f.reading)));
  if (opening !== undefined || labelled ? facts.length === 0 : kinds.size < 2) return undefined;
  return { facts, unused, named };
}
