/** Whether the text places the time in the morning or in the afternoon/evening, and where it says so. */
export type DayPartHint = { part: "morning" | "afternoon"; index: number; text: string };

const AFTERNOON =
  /(?:['’]s|\bs)[\s-]*(?:middags|avonds)\b|\b(?:van|morgen|\w*dag)?(?:middag|avond)\b|\bin\s+the\s+(?:afternoon|evening)\b|\b(?:this\s+)?(?:afternoon|evening)\b|\btonight\b/i;
const MORNING =
  /(?:['’]s|\bs)[\s-]*(?:ochtends|morgens)\b|\b(?:van|morgen|\w*dag)?ochtend\b|\b\w+dagmorgen\b|\b(?:in\s+the\s+|this\s+)?morning\b/i;

/** Finds "'s middags", "vanavond", "in the morning" and the like; the first one written wins. */
export function findDayPart(text: string): DayPartHint | undefined {
  const afternoon = AFTERNOON.exec(text);
  const morning = MORNING.exec(text);
  const hints: DayPartHint[] = [];
  if (afternoon) hints.push({ part: "afternoon", index: afternoon.index, text: afternoon[0] });
  if (morning) hints.push({ part: "morning", index: morning.index, text: morning[0] });
  return hints.sort((a, b) => a.index - b.index)[0];
}
