import { createReply } from "@weerbaar/reply";
import type { Outcome, Turn } from "../../conversation/turn.ts";
import { t } from "../../messages/labels.ts";
import type { Intent } from "../../understanding/index.ts";
import type { WhenResult } from "../../understanding/when/index.ts";
import { saveWhen } from "./saved-when.ts";

/** Asks for the one missing part of a meeting time (day, hour, or both), keeping what is known in the dialog. */
export function askWhen(
  turn: Turn,
  resume: Intent,
  when: WhenResult,
  options: { appointmentId?: string; problem?: string } = {},
): Outcome {
  const { lang } = turn;
  const question = options.problem
    ? options.problem
    : options.appointmentId
      ? t(lang, "Naar wanneer wil je de afspraak verplaatsen?", "When do you want to move the meeting to?")
      : !when.hasDate && when.hasTime
        ? t(lang, "Op welke dag?", "On which day?")
        : when.hasDate && !when.hasTime
          ? t(lang, "Hoe laat?", "At what time?")
          : t(
              lang,
              "Wanneer? Noem een dag en een tijd, bijvoorbeeld donderdag om 10 uur.",
              "When? Give a day and a time, for example Thursday at 10am.",
            );
  return {
    reply: createReply({
      lang,
      intent: "ask_meeting_time",
      blocks: [
        { type: "paragraph", text: question, ...(options.problem ? { tone: "warning" as const } : {}) },
      ],
      data: { missing: !when.hasDate ? (when.hasTime ? "date" : "date_time") : "time" },
    }),
    pending: {
      type: "meeting",
      step: {
        type: "ask_when",
        resume,
        when: saveWhen(when),
        ...(options.appointmentId ? { appointmentId: options.appointmentId } : {}),
      },
    },
  };
}
