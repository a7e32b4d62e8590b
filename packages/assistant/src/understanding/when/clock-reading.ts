import { NUMBER_WORD_SOURCE, numberFrom } from "../vocabulary/time-words.ts";

/** A clock time as written: the hour is 0-23 and `meridiem` is set only when the text settles am/pm. */
export type ClockReading = { hour: number; minute: number; meridiem?: "am" | "pm"; length: number };

const NUM = `(?:${NUMBER_WORD_SOURCE}|\\d{1,2})`;
const AMPM = "(a\\.m\\.|p\\.m\\.|am|pm)";
const END = "(?![\\w:/]|[.,-]\\d)";

const HALF_PHRASE = new RegExp(`^(?:(kwart|${NUM})\\s+(over|voor)\\s+)?half\\s+(${NUM})${END}`, "i");
// English "half past two", "a quarter to eleven", "ten past four pm": minutes past or to the hour named.
const PAST_TO_PHRASE = new RegExp(
  `^(?:a\\s+)?(quarter|half|${NUM})(?:\\s+minutes?)?\\s+(past|to)\\s+(${NUM})(?:\\s*${AMPM})?${END}`,
  "i",
);
const OVER_VOOR_PHRASE = new RegExp(`^(kwart|${NUM})\\s+(over|voor)\\s+(${NUM})(?:\\s+uur)?${END}`, "i");
const COLON = new RegExp(`^(\\d{1,2})[:.](\\d{2})(?:\\s*(?:uur|u)\\b)?(?:\\s*${AMPM})?${END}`, "i");
const DUTCH_U = /^(\d{1,2})u(\d{2})?(?![\w:/]|[.,-]\d)/i;
const WITH_AMPM = new RegExp(`^(${NUM})\\s*${AMPM}${END}`, "i");
const WITH_UUR = new RegExp(`^(${NUM})\\s+uur${END}`, "i");
const BARE = new RegExp(`^(${NUM})${END}`, "i");
const BARE_BEFORE_DASH = new RegExp(`^(${NUM})(?![\\w:/]|[.,]\\d)`, "i");

/** Dutch "half vier" is 3:30: the hour named is the one being approached. */
function phraseTime(
  hourWord: string,
  minutesAfterPreviousHour: number,
): { hour: number; minute: number } | undefined {
  const named = numberFrom(hourWord);
  if (named === undefined || named < 1 || named > 12) return undefined;
  const total = (named - 1) * 60 + minutesAfterPreviousHour;
  const hour = Math.floor(total / 60);
  return { hour: hour === 0 ? 12 : hour, minute: total % 60 };
}

function offsetMinutes(word: string): number | undefined {
  if (word.toLowerCase() === "kwart") return 15;
  const value = numberFrom(word);
  return value !== undefined && value >= 1 && value <= 29 ? value : undefined;
}

function withMeridiem(
  hour: number,
  minute: number,
  marker: string | undefined,
  length: number,
): ClockReading | undefined {
  if (marker === undefined) {
    if (hour > 23 || minute > 59) return undefined;
    return hour >= 13 ? { hour, minute, meridiem: "pm", length } : { hour, minute, length };
  }
  if (hour < 1 || hour > 12 || minute > 59) return undefined;
  const pm = marker.toLowerCase().startsWith("p");
  return { hour: (hour % 12) + (pm ? 12 : 0), minute, meridiem: pm ? "pm" : "am", length };
}

function readHalf(text: string): ClockReading | undefined {
  const match = HALF_PHRASE.exec(text);
  if (!match?.[3]) return undefined;
  const offset = match[1] ? offsetMinutes(match[1]) : 0;
  if (offset === undefined) return undefined;
  const signed = match[2]?.toLowerCase() === "voor" ? -offset : offset;
  const time = phraseTime(match[3], 30 + signed);
  return time && { ...time, length: match[0].length };
}

function readPastTo(text: string): ClockReading | undefined {
  const match = PAST_TO_PHRASE.exec(text);
  if (!match?.[1] || !match[2] || !match[3]) return undefined;
  const word = match[1].toLowerCase();
  const offset = word === "quarter" ? 15 : word === "half" ? 30 : offsetMinutes(word);
  const past = match[2].toLowerCase() === "past";
  if (offset === undefined || (word === "half" && !past)) return undefined;
  // "from 10 to 11" is a range; minutes to the hour are written in words ("ten to eleven").
  if (!past && /^\d/.test(word)) return undefined;
  const time = phraseTime(match[3], past ? 60 + offset : 60 - offset);
  if (!time) return undefined;
  return match[4]
    ? withMeridiem(time.hour, time.minute, match[4], match[0].length)
    : { ...time, length: match[0].length };
}

function readOverVoor(text: string): ClockReading | undefined {
  const match = OVER_VOOR_PHRASE.exec(text);
  if (!match?.[1] || !match[3]) return undefined;
  const offset = offsetMinutes(match[1]);
  if (offset === undefined) return undefined;
  const afterPrevious = match[2]?.toLowerCase() === "voor" ? 60 - offset : 60 + offset;
  const time = phraseTime(match[3], afterPrevious);
  return time && { ...time, length: match[0].length };
}

function readColon(text: string): ClockReading | undefined {
  const match = COLON.exec(text);
  if (!match?.[1] || !match[2]) return undefined;
  const reading = withMeridiem(Number(match[1]), Number(match[2]), match[3], match[0].length);
  // "07:30" with its leading zero is a morning the writer meant, not a bare hour.
  if (reading && !reading.meridiem && match[1].startsWith("0")) return { ...reading, meridiem: "am" };
  return reading;
}

function readDutchU(text: string): ClockReading | undefined {
  const match = DUTCH_U.exec(text);
  if (!match?.[1]) return undefined;
  return withMeridiem(Number(match[1]), Number(match[2] ?? "0"), undefined, match[0].length);
}

function readWithAmPm(text: string): ClockReading | undefined {
  const match = WITH_AMPM.exec(text);
  const hour = match?.[1] ? numberFrom(match[1]) : undefined;
  if (!match || hour === undefined) return undefined;
  return withMeridiem(hour, 0, match[2], match[0].length);
}

function readWithUur(text: string): ClockReading | undefined {
  const match = WITH_UUR.exec(text);
  const hour = match?.[1] ? numberFrom(match[1]) : undefined;
  if (!match || hour === undefined) return undefined;
  return withMeridiem(hour, 0, undefined, match[0].length);
}

/** Reads one clock time at the very start of `text` ("half vier", "13u30", "10.30 uur", "2 pm", "half past two"). */
export function readClock(text: string): ClockReading | undefined {
  return (
    readPastTo(text) ??
    readHalf(text) ??
    readOverVoor(text) ??
    readColon(text) ??
    readDutchU(text) ??
    readWithAmPm(text) ??
    readWithUur(text)
  );
}

/** Reads a lone hour ("om 4", "van 2 tot 3"), only trusted where the words around it say it is a time. */
export function readBareHour(text: string, rangeStart = false): ClockReading | undefined {
  const match = (rangeStart ? BARE_BEFORE_DASH : BARE).exec(text);
  const hour = match?.[1] ? numberFrom(match[1]) : undefined;
  if (!match || hour === undefined || hour > 23) return undefined;
  return withMeridiem(hour, 0, undefined, match[0].length);
}
