import { canWrite } from "@weerbaar/domain";
import { done, type Outcome, type Turn } from "../conversation/turn.ts";
import { t } from "../messages/labels.ts";
import { createReply } from "../reply/reply.ts";
import type { Intent } from "../understanding/index.ts";
import { requireBody } from "./body-ref.ts";
import { applySurveyChange, changesSurvey } from "./survey-change.ts";
import { readOnlyReply, writeUnlessGuessed } from "./writes.ts";

type UpdateIntent = Extract<Intent, { intent: "update_survey" }>;

/** Records what staff learned of a body's protocol; asks to confirm when the name was a guess. */
export async function updateSurvey(turn: Turn, intent: UpdateIntent): Promise<Outcome> {
  if (!canWrite(turn.staff.role)) return done(readOnlyReply(turn.lang));
  const resolved = requireBody(turn, intent.body, intent);
  if (!resolved.ok) return resolved.outcome;
  const { lang } = turn;
  if (!intent.protocol && !intent.usage && !intent.codeOfConduct) {
    return done(
      createReply({
        lang,
        intent: "update_survey_unclear",
        blocks: [
          {
            type: "paragraph",
            text: t(
              lang,
              `Wat moet ik vastleggen voor ${resolved.body.name}? Bijvoorbeeld: "${resolved.body.name} heeft een protocol maar het ligt op de plank".`,
              `What should I record for ${resolved.body.name}? For example: "${resolved.body.name} has a protocol but it is dormant".`,
            ),
          },
        ],
      }),
    );
  }
  const current = await turn.store.survey.current(resolved.body.code);
  const answer = applySurveyChange(current, intent, intent.note, turn.writeContext.channel);
  if (!changesSurvey(current, answer)) {
    return done(
      createReply({
        lang,
        intent: "survey_unchanged",
        blocks: [
          {
            type: "paragraph",
            text: t(
              lang,
              `Dat stond al zo voor ${resolved.body.name}.`,
              `That was already recorded for ${resolved.body.name}.`,
            ),
          },
        ],
        data: { code: resolved.body.code, protocol: current.protocol, usage: current.usage },
      }),
    );
  }
  const write = { type: "update_survey" as const, bodyCode: resolved.body.code, answer };
  return writeUnlessGuessed(turn, write, resolved);
}
