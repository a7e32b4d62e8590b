import { type Body, canWrite, type SurveyAnswer } from "@weerbaar/domain";
import { createReply } from "@weerbaar/reply";
import type { PendingWrite } from "../conversation/pending.ts";
import { done, type Outcome, type Turn } from "../conversation/turn.ts";
import { t } from "../messages/labels.ts";
import type { Intent } from "../understanding/index.ts";
import { askForBody, askWhichBody } from "./ask-back.ts";
import { foundBodies } from "./body-ref.ts";
import { applySurveyChange, changesSurvey } from "./survey-change.ts";
import { askToConfirm, executeWrite, readOnlyReply } from "./writes.ts";

type UpdateIntent = Extract<Intent, { intent: "update_survey" }>;

function names(bodies: readonly Body[]): string {
  return bodies.map((b) => b.name).join(", ");
}

/**
 * Records what staff learned of one or more bodies' protocol. Several bodies ("Nederweert en Vaals") are shown in
 * one confirmation and written together; a corrected name is confirmed first.
 */
export async function updateSurvey(turn: Turn, intent: UpdateIntent): Promise<Outcome> {
  const { lang } = turn;
  if (!canWrite(turn.staff.role)) return done(readOnlyReply(lang));
  if (intent.bodies.length === 0) return askForBody(lang, intent);
  const ambiguous = intent.bodies.find((ref) => ref.status === "ambiguous");
  if (ambiguous?.status === "ambiguous") return askWhichBody(lang, ambiguous.candidates, intent);
  const { bodies, guessed } = foundBodies(intent.bodies);
  if (!intent.protocol && !intent.usage && !intent.codeOfConduct) {
    const name = names(bodies);
    return done(
      createReply({
        lang,
        intent: "update_survey_unclear",
        blocks: [
          {
            type: "paragraph",
            text: t(
              lang,
              `Wat moet ik vastleggen voor ${name}? Bijvoorbeeld: "${bodies[0]?.name} heeft een protocol maar het ligt op de plank".`,
              `What should I record for ${name}? For example: "${bodies[0]?.name} has a protocol but it is dormant".`,
            ),
          },
        ],
      }),
    );
  }
  const changes: { bodyCode: string; answer: SurveyAnswer }[] = [];
  const unchanged: Body[] = [];
  for (const body of bodies) {
    const current = await turn.store.survey.current(body.code);
    const answer = applySurveyChange(current, intent, intent.note, turn.writeContext.channel);
    if (changesSurvey(current, answer)) changes.push({ bodyCode: body.code, answer });
    else unchanged.push(body);
  }
  if (changes.length === 0) {
    const [only] = bodies;
    const current = only ? await turn.store.survey.current(only.code) : undefined;
    return done(
      createReply({
        lang,
        intent: "survey_unchanged",
        blocks: [
          {
            type: "paragraph",
            text: t(
              lang,
              `Dat stond al zo voor ${names(bodies)}.`,
              `That was already recorded for ${names(bodies)}.`,
            ),
          },
        ],
        data: {
          codes: bodies.map((b) => b.code),
          ...(only && current && bodies.length === 1
            ? { code: only.code, protocol: current.protocol, usage: current.usage }
            : {}),
        },
      }),
    );
  }
  const write: PendingWrite = { type: "update_survey", changes };
  const already =
    unchanged.length > 0
      ? t(
          lang,
          ` Voor ${names(unchanged)} stond het al zo.`,
          ` For ${names(unchanged)} it was already recorded.`,
        )
      : "";
  if (guessed) {
    const reason =
      bodies.length === 1
        ? t(lang, `Ik neem aan dat je ${bodies[0]?.name} bedoelt.`, `I assume you mean ${bodies[0]?.name}.`)
        : t(lang, "Ik heb een naam verbeterd; controleer het even.", "I corrected a name; please check.");
    return askToConfirm(turn, write, `${reason}${already}`);
  }
  if (bodies.length > 1) {
    return askToConfirm(
      turn,
      write,
      `${t(lang, `Dit geldt voor ${bodies.length} organisaties.`, `This applies to ${bodies.length} bodies.`)}${already}`,
    );
  }
  return done(await executeWrite(turn, write));
}
