import { match } from "ts-pattern";
import type { Language } from "../language.ts";
import type { CodeOfConductStatus, ProtocolStatus, ProtocolUsage } from "./survey-status.ts";

/** A protocol status as staff say it: "geen protocol" / "no protocol". */
export function protocolStatusLabel(status: ProtocolStatus, lang: Language): string {
  const label = match(status)
    .with("unknown", () => ({ nl: "onbekend", en: "unknown" }))
    .with("none", () => ({ nl: "geen protocol", en: "no protocol" }))
    .with("in_preparation", () => ({ nl: "protocol in de maak", en: "protocol in preparation" }))
    .with("present", () => ({ nl: "protocol aanwezig", en: "protocol in place" }))
    .exhaustive();
  return label[lang];
}

/** Whether a present protocol is used: "ligt op de plank" / "dormant". */
export function protocolUsageLabel(usage: ProtocolUsage, lang: Language): string {
  const label = match(usage)
    .with("unknown", () => ({ nl: "gebruik onbekend", en: "use unknown" }))
    .with("active", () => ({ nl: "wordt gebruikt", en: "in active use" }))
    .with("dormant", () => ({ nl: "ligt op de plank", en: "dormant (on the shelf)" }))
    .exhaustive();
  return label[lang];
}

/** A code-of-conduct status: "gedragscode aanwezig" / "has a code of conduct". */
export function codeOfConductLabel(status: CodeOfConductStatus, lang: Language): string {
  const label = match(status)
    .with("unknown", () => ({ nl: "gedragscode onbekend", en: "code of conduct unknown" }))
    .with("yes", () => ({ nl: "gedragscode aanwezig", en: "has a code of conduct" }))
    .with("no", () => ({ nl: "geen gedragscode", en: "no code of conduct" }))
    .exhaustive();
  return label[lang];
}
