import { createReply } from "@weerbaar/reply";
import type { Outcome, Turn } from "../conversation/turn.ts";
import { t } from "../messages/labels.ts";
import { type Intent, paraphraseReading } from "../understanding/index.ts";

type ClarifyIntent = Extract<Intent, { intent: "clarify" }>;

function opening(turn: Turn, intent: ClarifyIntent): string {
  const { lang } = turn;
  const words = intent.unexplained.map((w) => `"${w}"`).join(", ");
  if (intent.reason === "unknown_place") {
    return t(
      lang,
      `Ik ken ${words} niet als provincie. Bedoel je:`,
      `I do not know ${words} as a province. Do you mean:`,
    );
  }
  if (intent.reason === "unexplained_words" && words) {
    return t(
      lang,
      `Ik weet niet zeker wat je met ${words} bedoelt. Bedoel je:`,
      `I am not sure what you mean by ${words}. Do you mean:`,
    );
  }
  return t(
    lang,
    "Ik weet niet zeker wat je bedoelt. Bedoel je:",
    "I am not sure what you mean. Do you mean:",
  );
}

/** Asks which of two or three readings was meant, rather than answering a broader or different question. */
export function clarify(turn: Turn, intent: ClarifyIntent): Outcome {
  const { lang } = turn;
  const labels = intent.readings.map((r) => paraphraseReading(r, lang));
  return {
    reply: createReply({
      lang,
      intent: "clarify",
      blocks: [
        { type: "paragraph", text: opening(turn, intent) },
        { type: "list", ordered: true, items: labels },
      ],
      actions: labels.map((label, i) => ({ label, value: String(i + 1) })),
      data: {
        reason: intent.reason,
        readings: intent.readings.map((r) => r.intent),
        unexplained: intent.unexplained,
      },
    }),
    pending: { type: "choose_reading", readings: intent.readings },
  };
}
