/*
 * Every intent the assistant recognises, one module each. The order is the order of the help and breaks ties
 * between equal scores. Adding an intent: write its module (see README.md, "How to add an intent") and list it.
 */
import { addContact } from "./add-contact.ts";
import { addStaff } from "./add-staff.ts";
import { agenda } from "./agenda.ts";
import { cancel, choose, confirm } from "./answers.ts";
import { bodyStatus } from "./body-status.ts";
import { bookMeeting } from "./book-meeting.ts";
import { callNote } from "./call-note.ts";
import { cancelMeeting } from "./cancel-meeting.ts";
import { chart } from "./chart.ts";
import { help } from "./help.ts";
import { listBodies } from "./list-bodies.ts";
import { listReminders } from "./list-reminders.ts";
import { needsCall } from "./needs-call.ts";
import { recordOutreach } from "./record-outreach.ts";
import { rescheduleMeeting } from "./reschedule-meeting.ts";
import { showContacts } from "./show-contacts.ts";
import { subscribeReminders } from "./subscribe-reminders.ts";
import { surveySummary } from "./survey-summary.ts";
import { unsubscribeReminders } from "./unsubscribe-reminders.ts";
import { updateSurvey } from "./update-survey.ts";

/** The intents recognised by scoring, in help and tie-break order. */
export const scoredIntents = [
  help,
  listBodies,
  surveySummary,
  bodyStatus,
  updateSurvey,
  recordOutreach,
  needsCall,
  showContacts,
  addContact,
  bookMeeting,
  rescheduleMeeting,
  cancelMeeting,
  agenda,
  subscribeReminders,
  unsubscribeReminders,
  listReminders,
  addStaff,
  chart,
] as const;

/** The whole-message answers, tried in this order before anything is scored. */
export const answerIntents = [confirm, cancel, choose] as const;

/** The intents that read a whole message their own way, tried after the answers, before scoring. */
export const wholeMessageIntents = [callNote] as const;

/** Every intent definition. */
export const intentDefinitions = [...answerIntents, ...wholeMessageIntents, ...scoredIntents] as const;
