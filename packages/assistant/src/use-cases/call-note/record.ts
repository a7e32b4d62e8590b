import { canWrite } from "@weerbaar/domain";
import { createReply, textReply } from "@weerbaar/reply";
import type { Repositories } from "@weerbaar/store";
import type { NoteWrite, ProposedFact } from "../../conversation/pending.ts";
import { done, type Outcome, type Turn } from "../../conversation/turn.ts";
import { t } from "../../messages/labels.ts";
import { type FactSelection, type Intent, readFactSelection } from "../../understanding/index.ts";
import { applySurveyChange, changesSurvey } from "../survey-change.ts";
import { addFollowUpsIn, confirmActions, contactInput, readOnlyReply, recordOutreachIn } from "../writes.ts";
import { factLine } from "./propose.ts";

/** Writes one fact through the repositories of the note's transaction. */
async function writeFact(repos: Repositories, write: NoteWrite, turn: Turn): Promise<void> {
  const ctx = turn.writeContext;
  switch (write.type) {
    case "survey_told":
      // Read inside the transaction: a second sentence about the same body builds on the first.
      for (const bodyCode of write.bodyCodes) {
        const current = await repos.survey.current(bodyCode);
        const answer = applySurveyChange(current, write, write.note, ctx.channel);
        if (changesSurvey(current, answer)) await repos.survey.record([{ bodyCode, ...answer }], ctx);
      }
      return;
    case "record_outreach":
      return recordOutreachIn(repos, write, turn.now, ctx);
    case "add_contact":
      await repos.contacts.add(contactInput(write), ctx);
      return;
    case "add_follow_up":
      return addFollowUpsIn(repos, write, ctx);
  }
}

/** Writes the chosen facts (numbers 1-based) as one transaction, attributed to the user: all of them or none. */
export async function recordNoteFacts(
  turn: Turn,
  facts: readonly ProposedFact[],
  numbers: number[],
): Promise<Outcome> {
  const { lang } = turn;
  if (!canWrite(turn.staff.role)) return done(readOnlyReply(lang));
  const chosen = numbers.flatMap((n) => facts[n - 1] ?? []);
  await turn.store.transaction(async (tx) => {
    for (const fact of chosen) await writeFact(tx, fact.write, turn);
  });
  const of =
    chosen.length === facts.length
      ? ""
      : t(lang, ` (${chosen.length} van ${facts.length})`, ` (${chosen.length} of ${facts.length})`);
  return done(
    createReply({
      lang,
      intent: "call_note_recorded",
      blocks: [
        { type: "paragraph", text: `${t(lang, "Vastgelegd", "Recorded")}${of}.`, tone: "success" },
        { type: "list", items: chosen.map(factLine) },
      ],
      data: { recorded: numbers, facts: chosen.map((f) => f.write) },
    }),
  );
}

function selectionOf(turn: Turn, count: number, intent: Intent): FactSelection | undefined {
  const read = readFactSelection(turn.text, count);
  if (read) return read;
  if (intent.intent === "confirm") return { kind: "all" };
  if (intent.intent === "cancel") return { kind: "none" };
  if (intent.intent === "choose" && intent.index !== undefined)
    return { kind: "some", numbers: [intent.index] };
  return undefined;
}

/**
 * The answer to a note's proposal: "ja"/"alles" writes every fact, "alleen 1 en 3" those, "nee" none; a number
 * not on the list is asked again. Undefined when the message is no such answer: it starts something new.
 */
export async function continueCallNote(
  turn: Turn,
  facts: ProposedFact[],
  intent: Intent,
): Promise<Outcome | undefined> {
  const { lang } = turn;
  const selection = selectionOf(turn, facts.length, intent);
  if (!selection) return undefined;
  switch (selection.kind) {
    case "none":
      return done(textReply(lang, "cancelled", t(lang, "Oké, niets vastgelegd.", "OK, nothing recorded.")));
    case "all":
      return recordNoteFacts(
        turn,
        facts,
        facts.map((_, i) => i + 1),
      );
    case "some":
      return recordNoteFacts(turn, facts, selection.numbers);
    case "out_of_range":
      return {
        reply: createReply({
          lang,
          intent: "call_note_choose_again",
          blocks: [
            {
              type: "paragraph",
              text: t(
                lang,
                `Er is geen feit ${selection.numbers.join(", ")}: kies uit 1 tot en met ${facts.length}, “ja” voor alles of “nee”.`,
                `There is no fact ${selection.numbers.join(", ")}: choose from 1 to ${facts.length}, “yes” for all or “no”.`,
              ),
            },
          ],
          actions: confirmActions(lang, t(lang, "Ja, alles", "Yes, all of it")),
        }),
        pending: { type: "call_note", facts },
      };
  }
}
