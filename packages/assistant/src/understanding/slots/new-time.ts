/*
 * What a request to move a meeting says about the new time. The words before "naar"/"to" name the meeting as it
 * stands ("mijn afspraak van donderdag naar vrijdag", "my Thursday meeting to Friday"), and a time ruled out
 * ("kan niet op donderdag", "can't be on Thursday") is not the one asked for.
 */

// "niet op donderdag", "not on Thursday", "can't be on the 3rd": a day or time the meeting cannot move to.
const ruledOut =
  /\b(?:niet|not|can't|cannot|can not|won't)\s+(?:meer\s+|be\s+|work\s+)?(?:op|om|on|at)\s+\S+/giu;
// "een uur naar achteren", "naar voren": a direction of a shift, not the new time.
// "kan dinsdag niet", "kan om 10 uur niet": the day or time before the negation.
const ruledOutBefore = /\b(?:kan|kunnen|gaat|lukt)\s+(?:op\s+|om\s+)?(\S+)\s+niet\b/giu;
const target = /\b(?:naar|to)\b(?!\s+(?:achteren|voren)\b)/iu;

/** The part of a reschedule request that gives the new time: from "naar"/"to" on, without times ruled out. */
export function newTimeText(text: string): string {
  const allowed = text.replace(ruledOut, " ").replace(ruledOutBefore, " ");
  const at = target.exec(allowed)?.index;
  return (at === undefined ? allowed : allowed.slice(at)).replace(/\s+/g, " ").trim();
}
