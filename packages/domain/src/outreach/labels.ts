import { match } from "ts-pattern";
import type { Language } from "../language.ts";
import type { OutreachStage, SupportKind } from "./outreach.ts";

/** An outreach stage as staff say it: "brief verstuurd" / "letter sent". */
export function outreachStageLabel(stage: OutreachStage, lang: Language): string {
  const label = match(stage)
    .with("not_contacted", () => ({ nl: "nog niet benaderd", en: "not contacted yet" }))
    .with("letter_sent", () => ({ nl: "brief verstuurd", en: "letter sent" }))
    .with("called", () => ({ nl: "gebeld", en: "called" }))
    .with("meeting_planned", () => ({ nl: "gesprek gepland", en: "meeting planned" }))
    .with("meeting_held", () => ({ nl: "gesprek gevoerd", en: "meeting held" }))
    .with("follow_up", () => ({ nl: "vervolg", en: "follow-up" }))
    .exhaustive();
  return label[lang];
}

/** A kind of support as staff say it: "gespreksbegeleiding" / "moderating a conversation". */
export function supportKindLabel(kind: SupportKind, lang: Language): string {
  const label = match(kind)
    .with("moderation", () => ({ nl: "gespreksbegeleiding", en: "moderating a conversation" }))
    .with("protocol_help", () => ({ nl: "hulp bij een protocol", en: "help with a protocol" }))
    .with("code_of_conduct_help", () => ({
      nl: "hulp bij een gedragscode",
      en: "help with a code of conduct",
    }))
    .with("training", () => ({ nl: "training", en: "training" }))
    .exhaustive();
  return label[lang];
}
