import type { Cue } from "./cues.ts";
import type { IntentName } from "./intent.ts";
import type { SurveyValues } from "./slots/survey-values.ts";

/** What the scorer knows of a message besides its cues. */
export type Evidence = {
  cues: ReadonlySet<Cue>;
  survey: SurveyValues;
  /** Bodies named that are not a province used as a filter. */
  bodyCount: number;
  /** A province is named (as body or filter). */
  provinceNamed: boolean;
  /** Only municipalities are named (no province). */
  municipalityNamed: boolean;
  isQuestion: boolean;
  hasContactDetails: boolean;
  hasChatIdentity: boolean;
  hasUpdateVerb: boolean;
  wordCount: number;
};

/** Scored intents, best first. */
export type Scores = {
  intent: Exclude<IntentName, "unknown" | "confirm" | "cancel" | "choose">;
  score: number;
}[];

function surveyValue(e: Evidence): boolean {
  return (
    e.survey.protocol !== undefined || e.survey.usage !== undefined || e.survey.codeOfConduct !== undefined
  );
}

function surveyTopic(e: Evidence): boolean {
  return (
    e.survey.protocolMentioned || e.survey.codeOfConductMentioned || e.cues.has("survey") || surveyValue(e)
  );
}

/** Scores every intent that can be recognised from keywords; whole-message answers are decided before. */
export function scoreIntents(e: Evidence): Scores {
  const c = e.cues;
  const has = (cue: Cue) => (c.has(cue) ? 1 : 0);
  const body = e.bodyCount > 0;
  const plural = c.has("bodyPlural");
  const bodyWord = plural || c.has("municipalityWord") || c.has("provinceWord");
  const reminderContext =
    c.has("reminderWord") || (c.has("periodic") && (c.has("subscribe") || c.has("unsubscribe")));
  const meetingContext = c.has("meetingWord");
  const recorded =
    c.has("called") ||
    (c.has("letter") && !c.has("reminderWord")) ||
    c.has("supportOffered") ||
    c.has("supportDeclined");

  const scores: Record<Scores[number]["intent"], number> = {
    help: 3.2 * has("help") - (body ? 2 : 0) - (surveyValue(e) ? 1 : 0),
    list_bodies:
      (bodyWord && (c.has("which") || c.has("howMany")) ? 2.5 : 0) +
      (plural && surveyValue(e) ? 2 : 0) +
      (plural && !c.has("which") && !c.has("howMany") && e.provinceNamed && !body ? 1.5 : 0) +
      (c.has("which") && surveyValue(e) ? 1 : 0) -
      (c.has("percent") ? 3 : 0) -
      (c.has("summary") && !surveyValue(e) ? 1.5 : 0) -
      (body ? 2 : 0) -
      (c.has("needsCall") ? 3 : 0) -
      (c.has("chart") || c.has("map") ? 3 : 0) -
      (meetingContext ? 2 : 0) -
      (c.has("reminderWord") ? 3 : 0),
    survey_summary:
      3.5 * has("percent") +
      (c.has("summary") ? 3 : 0) +
      (c.has("perProvince") ? 1 : 0) +
      (c.has("howMany") && surveyTopic(e) && !surveyValue(e) ? 2.5 : 0) +
      (surveyTopic(e) ? 0.5 : 0) -
      (body && e.municipalityNamed ? 2.5 : 0) -
      (c.has("chart") || c.has("map") ? 3 : 0) -
      (c.has("display") && c.has("progress") && !c.has("percent") ? 1.5 : 0) -
      (reminderContext ? 4 : 0) -
      (meetingContext ? 2 : 0),
    body_status:
      (body ? 1.5 : 0) +
      (body && c.has("statusQuestion") ? 2 : 0) +
      (body && e.isQuestion && surveyTopic(e) && !e.hasUpdateVerb ? 2 : 0) +
      (body && e.wordCount <= 3 ? 1 : 0) -
      (recorded ? 2 : 0) -
      (meetingContext ? 1.5 : 0) -
      (c.has("roleWord") || c.has("contactWord") ? 1.5 : 0),
    update_survey:
      (body && surveyValue(e) ? 3 : 0) +
      (e.hasUpdateVerb && surveyValue(e) ? 1 : 0) -
      (e.isQuestion && !e.hasUpdateVerb ? 2.5 : 0) -
      (plural ? 1.5 : 0) -
      (c.has("statusQuestion") && !e.hasUpdateVerb ? 1 : 0),
    record_outreach:
      (c.has("called") ? 3 : 0) +
      (c.has("letter") ? 2.5 : 0) +
      (meetingContext && c.has("meetingHeld") ? 4 : 0) +
      (c.has("supportOffered") ? 4 : 0) +
      (c.has("supportDeclined") ? 4 : 0) +
      (body ? 0.5 : 0) -
      (c.has("needsCall") ? 3 : 0) -
      (e.isQuestion && !body ? 1.5 : 0) -
      (reminderContext ? 3 : 0) -
      (c.has("contactWord") && !recorded ? 1 : 0),
    needs_call: (c.has("needsCall") ? 4 : 0) + (plural ? 0.5 : 0) - (body && e.municipalityNamed ? 2 : 0),
    show_contacts:
      (c.has("who") && c.has("roleWord") ? 3.5 : 0) +
      (c.has("contactWord") ? 2.5 : 0) +
      (c.has("roleWord") && body ? 1 : 0) +
      (c.has("roleWord") && body && e.isQuestion && !c.has("add") ? 1.5 : 0) -
      (c.has("add") ? 2 : 0) -
      (e.hasContactDetails ? 3 : 0) -
      (c.has("needsCall") ? 3 : 0) -
      (recorded ? 1.5 : 0) -
      (meetingContext ? 1.5 : 0),
    add_contact:
      (c.has("add") && (c.has("contactWord") || c.has("roleWord")) ? 3.5 : 0) +
      (e.hasContactDetails ? 2.5 : 0) +
      (c.has("add") && body ? 0.5 : 0) -
      (c.has("staffRole") && !c.has("roleWord") ? 2.5 : 0) -
      (meetingContext && !c.has("contactWord") ? 2 : 0),
    book_meeting:
      (meetingContext && c.has("book") ? 3.5 : 0) +
      (c.has("book") && body && !c.has("reminderWord") && !c.has("agendaWord") ? 1.5 : 0) +
      (meetingContext && body ? 0.5 : 0) +
      (meetingContext && body && c.has("timeExpression") && !c.has("agendaWord") ? 2 : 0) -
      (c.has("reschedule") ? 2.5 : 0) -
      (c.has("cancelMeeting") ? 2.5 : 0) -
      (c.has("meetingHeld") ? 3 : 0) -
      (reminderContext ? 3 : 0) -
      (c.has("who") ? 1 : 0),
    reschedule_meeting:
      (c.has("reschedule") && (meetingContext || body) ? 4.5 : 0) -
      (c.has("cancelMeeting") ? 1 : 0) -
      (reminderContext ? 3 : 0),
    cancel_meeting:
      (c.has("cancelMeeting") && meetingContext ? 4.5 : 0) +
      (c.has("cancelMeeting") && body ? 2.5 : 0) -
      (reminderContext ? 4 : 0) -
      (c.has("reschedule") ? 1 : 0),
    agenda:
      (c.has("agendaWord") ? 3 : 0) +
      (c.has("range") && meetingContext ? 1 : 0) +
      (c.has("range") && c.has("agendaWord") ? 0.5 : 0) -
      (c.has("book") && !c.has("agendaWord") ? 2 : 0) -
      (c.has("reschedule") || c.has("cancelMeeting") ? 2 : 0) -
      (reminderContext ? 3 : 0) -
      (c.has("meetingHeld") ? 3 : 0),
    subscribe_reminders:
      (reminderContext && c.has("subscribe") ? 4 : 0) +
      (c.has("periodic") && c.has("subscribe") ? 2.5 : 0) +
      (c.has("reminderWord") ? 1 : 0) -
      (c.has("unsubscribe") ? 4 : 0) -
      (c.has("listReminders") ? 2 : 0),
    unsubscribe_reminders:
      ((reminderContext || c.has("periodic")) && c.has("unsubscribe") ? 5 : 0) -
      (c.has("listReminders") ? 1 : 0),
    list_reminders: c.has("listReminders") && c.has("reminderWord") ? 5.5 : 0,
    add_staff:
      (c.has("staffRole") && (c.has("add") || e.hasChatIdentity) ? 4 : 0) +
      (c.has("makeRole") ? 4.5 : 0) +
      (e.hasChatIdentity ? 2 : 0) +
      (c.has("staffWord") && c.has("add") ? 1.5 : 0) -
      (body ? 2 : 0) -
      (c.has("roleWord") ? 2 : 0),
    chart:
      (c.has("chart") || c.has("map") ? 5 : 0) +
      // "laat de voortgang per provincie zien": showing progress is a chart.
      (c.has("display") && c.has("progress") ? 4.5 : 0) -
      (reminderContext ? 3 : 0),
  };
  return (Object.entries(scores) as [Scores[number]["intent"], number][])
    .map(([intent, score]) => ({ intent, score }))
    .sort((a, b) => b.score - a.score);
}
