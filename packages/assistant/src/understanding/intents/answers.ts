import { BodyKind } from "@weerbaar/domain";
import { z } from "zod";
import { defineAnswer } from "../define-intent.ts";
import { isConfirmation, isRefusal } from "../slots/answers.ts";
import { readChoice } from "../slots/choice.ts";

/** A whole-message yes: "ja", "klopt", "doe maar", "👍". */
export const confirm = defineAnswer({
  name: "confirm",
  schema: z.object({ intent: z.literal("confirm") }),
  recognize: (raw, normalized) =>
    isConfirmation(raw, normalized) ? { intent: "confirm" as const } : undefined,
  confidence: 1,
  examples: { nl: ["ja", "klopt", "doe maar"], en: ["yes", "that's right", "go ahead"] },
});

/** A whole-message no: "nee", "laat maar", "👎". */
export const cancel = defineAnswer({
  name: "cancel",
  schema: z.object({ intent: z.literal("cancel") }),
  recognize: (raw, normalized) => (isRefusal(raw, normalized) ? { intent: "cancel" as const } : undefined),
  confidence: 1,
  examples: { nl: ["nee", "laat maar"], en: ["no", "never mind"] },
});

/** A numbered or kind answer to the assistant's question: "2", "de tweede", "de provincie". */
export const choose = defineAnswer({
  name: "choose",
  schema: z.object({
    intent: z.literal("choose"),
    index: z.number().int().min(1).optional(),
    kind: BodyKind.optional(),
  }),
  recognize: (raw, normalized) => {
    const choice = readChoice(normalized, raw);
    return choice ? { intent: "choose" as const, ...choice } : undefined;
  },
  confidence: 0.9,
  examples: {
    nl: [
      { text: "de tweede", slots: { index: 2 } },
      { text: "de provincie", slots: { kind: "province" } },
    ],
    en: [
      { text: "2", slots: { index: 2 } },
      { text: "the second one", slots: { index: 2 } },
    ],
  },
});
