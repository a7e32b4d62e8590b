import type { Body } from "@weerbaar/domain";
import { createReply, type Lang } from "@weerbaar/reply";
import type { Outcome } from "../conversation/turn.ts";
import { kindLabel, t } from "../messages/labels.ts";
import type { Intent } from "../understanding/index.ts";

/** Asks which of several bodies with one name is meant ("gemeente of provincie Utrecht?"). */
export function askWhichBody(lang: Lang, candidates: readonly Body[], resume: Intent): Outcome {
  const label = (b: Body) =>
    `${kindLabel(b.kind, lang)} ${b.name}${b.kind === "municipality" ? ` (${b.provinceName})` : ""}`;
  return {
    reply: createReply({
      lang,
      intent: "choose_body",
      blocks: [
        { type: "paragraph", text: t(lang, "Welke bedoel je?", "Which one do you mean?") },
        { type: "list", ordered: true, items: candidates.map(label) },
      ],
      actions: candidates.map((b, i) => ({ label: label(b), value: String(i + 1) })),
      data: { candidates: candidates.map((b) => b.code) },
    }),
    pending: { type: "choose_body", candidates: candidates.map((b) => b.code), resume },
  };
}

/** Asks which body a request is about when no name was given or recognised. */
export function askForBody(lang: Lang, resume: Intent): Outcome {
  return {
    reply: createReply({
      lang,
      intent: "ask_body",
      blocks: [
        {
          type: "paragraph",
          text: t(
            lang,
            "Over welke gemeente of provincie gaat het?",
            "Which municipality or province is it about?",
          ),
        },
      ],
    }),
    pending: { type: "ask_body", resume },
  };
}
