import { done, type Outcome, type Turn } from "../conversation/turn.ts";
import { t } from "../messages/labels.ts";
import { textReply } from "../reply/reply.ts";

/** An honest answer for a recognised request whose use case is not built yet. */
export function notYetAvailable(turn: Turn, intent: string): Outcome {
  return done(
    textReply(
      turn.lang,
      intent,
      t(
        turn.lang,
        "Dat begrijp ik, maar dat kan ik nog niet: deze functie komt in een volgende versie.",
        "I understand, but I cannot do that yet: this feature comes in a later version.",
      ),
      { recognised: intent, available: false },
    ),
  );
}
