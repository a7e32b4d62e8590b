import { textReply } from "@weerbaar/reply";
import { done, type Outcome, type Turn } from "../../conversation/turn.ts";
import { t } from "../../messages/labels.ts";
import type { Intent } from "../../understanding/index.ts";
import { mergeWhen, parseWhen, type WhenResult } from "../../understanding/when/index.ts";
import { bookMeeting } from "./book.ts";
import { cancelMeeting, rescheduleMeeting } from "./change.ts";
import { executeMeetingWrite } from "./confirm.ts";
import type { MeetingStep } from "./pending-meeting.ts";
import { loadWhen } from "./saved-when.ts";

function dropped(turn: Turn): Outcome {
  return done(
    textReply(turn.lang, "cancelled", t(turn.lang, "Oké, niets vastgelegd.", "OK, nothing recorded.")),
  );
}

/** Is this message an answer to "wanneer?" rather than a new request? */
function answersWhen(turn: Turn, intent: Intent, read: WhenResult): boolean {
  const found =
    read.hasDate ||
    read.hasTime ||
    read.end !== undefined ||
    read.durationMinutes !== undefined ||
    read.shift !== undefined;
  if (!found) return false;
  if (intent.intent === "unknown" || intent.intent === "choose") return true;
  const matched = read.matchedText.join(" ").length;
  return matched >= turn.text.replace(/[?.!]/g, "").trim().length - 12;
}

/** Answers within an open meeting dialog, or undefined when the message starts something new. */
export async function continueMeetingDialog(
  turn: Turn,
  step: MeetingStep,
  intent: Intent,
): Promise<Outcome | undefined> {
  if (intent.intent === "cancel") return dropped(turn);
  if (step.type === "confirm") {
    return intent.intent === "confirm" ? executeMeetingWrite(turn, step.write) : undefined;
  }
  if (step.type === "choose_appointment") {
    if (intent.intent !== "choose" || intent.index === undefined) return undefined;
    const appointmentId = step.candidates[intent.index - 1];
    if (!appointmentId) return undefined;
    if (step.resume.intent === "reschedule_meeting")
      return rescheduleMeeting(turn, step.resume, { appointmentId });
    if (step.resume.intent === "cancel_meeting") return cancelMeeting(turn, step.resume, { appointmentId });
    return undefined;
  }
  const read = parseWhen(turn.text, { now: turn.now, lang: turn.lang });
  if (!answersWhen(turn, intent, read)) return undefined;
  const when = mergeWhen(loadWhen(step.when), read);
  const { resume } = step;
  if (resume.intent === "book_meeting") {
    return bookMeeting(turn, { ...resume, whenText: `${resume.whenText} ${turn.text}`.slice(0, 2000) }, when);
  }
  if (resume.intent === "reschedule_meeting") {
    return rescheduleMeeting(turn, resume, {
      ...(step.appointmentId ? { appointmentId: step.appointmentId } : {}),
      when,
    });
  }
  return undefined;
}
