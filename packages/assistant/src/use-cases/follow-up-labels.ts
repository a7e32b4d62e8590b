import { amsterdamInstant, formatAmsterdam } from "@weerbaar/domain";
import type { Lang } from "@weerbaar/reply";

/** "woensdag 15 november 2023" / "Wednesday 15 November 2023": the day a follow-up is due. */
export function followUpDayLabel(dueOn: string, lang: Lang): string {
  const [year = 0, month = 1, day = 1] = dueOn.split("-").map(Number);
  return formatAmsterdam(amsterdamInstant(year, month, day, 12), lang, "weekday-date");
}
