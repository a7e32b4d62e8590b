import { type OutreachEvent, type SupportKind, supportKindLabel } from "@weerbaar/domain";
import type { Lang } from "@weerbaar/reply";
import { match } from "ts-pattern";
import { t } from "../messages/labels.ts";

/** "gebeld" / "called", "ondersteuning aangeboden: training" / "support offered: training". */
export function outreachEventLabel(
  event: Pick<OutreachEvent, "type"> & { support?: readonly SupportKind[]; reached?: boolean },
  lang: Lang,
): string {
  return match(event.type)
    .with("letter_sent", () => t(lang, "brief verstuurd", "letter sent"))
    .with("called", () =>
      event.reached === false
        ? t(lang, "gebeld, niet bereikt", "called, not reached")
        : t(lang, "gebeld", "called"),
    )
    .with("meeting_planned", () => t(lang, "afspraak gepland", "meeting planned"))
    .with("meeting_held", () => t(lang, "gesprek gevoerd", "meeting held"))
    .with("support_offered", () => {
      const kinds = (event.support ?? []).map((k) => supportKindLabel(k, lang)).join(", ");
      return `${t(lang, "ondersteuning aangeboden", "support offered")}${kinds ? `: ${kinds}` : ""}`;
    })
    .with("support_declined", () => t(lang, "ondersteuning afgeslagen", "support declined"))
    .exhaustive();
}
