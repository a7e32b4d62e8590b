import { type Body, canWrite, contactRoleLabel, findBodyByCode } from "@weerbaar/domain";
import { type Block, createReply } from "@weerbaar/reply";
import { contextBody } from "../../conversation/context.ts";
import { dialogKey } from "../../conversation/dialog-key.ts";
import type { NoteWrite, ProposedFact } from "../../conversation/pending.ts";
import { done, type Outcome, type Turn } from "../../conversation/turn.ts";
import { t } from "../../messages/labels.ts";
import { askWhichBody } from "../ask-back.ts";
import { followUpDayLabel } from "../follow-up-labels.ts";
import { outreachEventLabel } from "../outreach-labels.ts";
import { applySurveyChange, changesSurvey, surveyChangeLines } from "../survey-change.ts";
import { confirmActions, readOnlyReply } from "../writes.ts";
import { type CallNoteIntent, type PlannedFact, planNote } from "./plan.ts";

const names = (codes: readonly string[]) => codes.map((c) => findBodyByCode(c)?.name ?? c).join(", ");
const capitalised = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** What a fact writes, in the user's language, or undefined when the store already holds it. */
async function labelOf(turn: Turn, write: NoteWrite): Promise<string | undefined> {
  const { lang, store } = turn;
  switch (write.type) {
    case "survey_told": {
      const lines: string[] = [];
      for (const code of write.bodyCodes) {
        const current = await store.survey.current(code);
        const after = applySurveyChange(current, write, write.note, turn.writeContext.channel);
        if (changesSurvey(current, after)) lines.push(...surveyChangeLines(current, after, lang));
      }
      if (lines.length === 0) return undefined;
      return `${t(lang, "uitvraag", "survey")}: ${[...new Set(lines)].join("; ")} (${names(write.bodyCodes)})`;
    }
    case "add_contact": {
      const known = await store.contacts.list({ bodyCode: write.bodyCode });
      if (known.some((c) => c.name.toLowerCase() === write.name.toLowerCase())) return undefined;
      const details = [
        write.name,
        contactRoleLabel(write.role, lang),
        ...(write.email ? [write.email] : []),
        ...(write.phone ? [write.phone] : []),
      ];
      return `${t(lang, "contact", "contact")}: ${details.join(", ")} (${names([write.bodyCode])})`;
    }
    case "record_outreach":
      return `${outreachEventLabel({ type: write.event, support: write.support, reached: write.reached }, lang)} (${names(write.bodyCodes)})`;
    case "add_follow_up":
      return `${t(lang, "opvolging op", "follow-up on")} ${followUpDayLabel(write.dueOn, lang)} (${names(write.bodyCodes)})`;
  }
}

/** "gesprek gevoerd (Venray) — “Gesprek met griffier Marieke Peters.”" */
export function factLine(fact: ProposedFact): string {
  return `${capitalised(fact.label)} — “${fact.sentence}”`;
}

function askForNoteBody(turn: Turn, intent: CallNoteIntent): Outcome {
  const { lang } = turn;
  return {
    reply: createReply({
      lang,
      intent: "ask_body",
      blocks: [
        {
          type: "paragraph",
          text: t(
            lang,
            "Deze notitie noemt geen gemeente of provincie. Over welke gaat het? Ik heb nog niets vastgelegd.",
            "This note names no municipality or province. Which one is it about? Nothing is recorded yet.",
          ),
        },
      ],
      data: { note: true },
    }),
    pending: { type: "ask_body", resume: intent },
  };
}

function askWhichNoteBody(turn: Turn, intent: CallNoteIntent, candidates: Body[]): Outcome {
  const { lang } = turn;
  const asked = askWhichBody(lang, candidates, intent);
  const lead: Block = {
    type: "paragraph",
    text: t(
      lang,
      "Over welke gemeente of provincie gaat deze notitie? Ik heb nog niets vastgelegd.",
      "Which municipality or province is this note about? Nothing is recorded yet.",
    ),
  };
  return { ...asked, reply: { ...asked.reply, blocks: [lead, ...asked.reply.blocks.slice(1)] } };
}

/**
 * A call note: proposes every fact it found, numbered and quoted with its sentence, for the user to confirm all,
 * some ("alleen 1 en 3") or none; nothing is written yet. Asks for the body first when the note does not settle it.
 */
export async function proposeCallNote(turn: Turn, intent: CallNoteIntent): Promise<Outcome> {
  const { lang } = turn;
  if (!canWrite(turn.staff.role)) return done(readOnlyReply(lang));
  const context = await contextBody(turn.store, dialogKey(turn.message));
  const plan = planNote(intent, { context, now: turn.now, lang });
  if (plan.status === "ask") return askForNoteBody(turn, intent);
  if (plan.status === "choose") return askWhichNoteBody(turn, intent, plan.candidates);

  const proposed: ProposedFact[] = [];
  const known: PlannedFact[] = [];
  for (const fact of plan.facts) {
    const label = await labelOf(turn, fact.write);
    if (label) proposed.push({ ...fact, label });
    else known.push(fact);
  }
  const blocks: Block[] = [];
  if (plan.fromContext) {
    blocks.push({
      type: "paragraph",
      tone: "warning",
      text: t(
        lang,
        `De notitie noemt geen gemeente; ik ga uit van ${plan.fromContext.name}, waar dit gesprek over ging.`,
        `The note names no municipality; I take it to be about ${plan.fromContext.name}, which this conversation was about.`,
      ),
    });
  }
  if (plan.guessed.length > 0) {
    const guessed = plan.guessed.map((b) => b.name).join(", ");
    blocks.push({
      type: "paragraph",
      tone: "warning",
      text: t(lang, `Ik neem aan dat je ${guessed} bedoelt.`, `I assume you mean ${guessed}.`),
    });
  }
  if (proposed.length > 0) {
    blocks.push({
      type: "list",
      title: t(
        lang,
        proposed.length === 1
          ? "Dit haal ik uit je notitie:"
          : `Dit haal ik uit je notitie (${proposed.length}):`,
        proposed.length === 1
          ? "This is what I take from your note:"
          : `This is what I take from your note (${proposed.length}):`,
      ),
      ordered: true,
      items: proposed.map(factLine),
    });
  }
  if (known.length > 0) {
    blocks.push({
      type: "list",
      title: t(lang, "Stond al zo:", "Already recorded:"),
      items: known.map((f) => `“${f.sentence}”`),
    });
  }
  if (plan.unused.length > 0) {
    blocks.push({
      type: "list",
      title: t(lang, "Niet gebruikt:", "Not used:"),
      items: plan.unused.map((s) => `“${s}”`),
    });
  }
  const data = {
    facts: proposed.map((f) => f.write),
    known: known.map((f) => f.write),
    unused: plan.unused,
    ...(plan.fromContext ? { fromContext: plan.fromContext.code } : {}),
  };
  if (proposed.length === 0) {
    blocks.unshift({
      type: "paragraph",
      text: t(
        lang,
        "Ik vond niets nieuws in deze notitie om vast te leggen.",
        "I found nothing new in this note to record.",
      ),
    });
    return done(createReply({ lang, intent: "call_note_nothing_new", blocks, data }));
  }
  blocks.push({
    type: "paragraph",
    text:
      proposed.length === 1
        ? t(lang, "Vastleggen? (ja/nee)", "Record it? (yes/no)")
        : t(
            lang,
            "Alles vastleggen? Antwoord ja, nee, of welke: bijvoorbeeld “alleen 1 en 3”.",
            "Record all of it? Answer yes, no, or which ones: for example “only 1 and 3”.",
          ),
  });
  return {
    reply: createReply({
      lang,
      intent: "call_note_proposal",
      title: t(lang, "Notitie", "Note"),
      blocks,
      actions: confirmActions(lang, t(lang, "Ja, alles", "Yes, all of it")),
      data,
    }),
    pending: { type: "call_note", facts: proposed },
  };
}
