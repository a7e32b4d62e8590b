// The curated public API of @weerbaar/domain: import from "@weerbaar/domain", never from deep paths.

// Appointments
export {
  Appointment,
  AppointmentStatus,
  Attendee,
  MAX_MEETING_MS,
  Reschedule,
} from "./appointments/appointment.ts";
export {
  AppointmentChangeError,
  type AppointmentChangeProblem,
  type CancelChange,
  cancel,
  markHeld,
  type RescheduleChange,
  reschedule,
} from "./appointments/changes.ts";
export {
  type ConflictQuery,
  findConflicts,
  involvesStaff,
  overlaps,
  type TimeRange,
} from "./appointments/conflicts.ts";

// Bodies
export {
  Body,
  BodyCode,
  BodyKind,
  Municipality,
  MunicipalityCode,
  Province,
  ProvinceCode,
} from "./bodies/body.ts";
// The typo distance of body names, also used by the assistant's keyword corrector: one measure of a typing error.
export { osaDistance } from "./bodies/edit-distance.ts";
export {
  allBodies,
  bodiesInProvince,
  bodyAliases,
  findBodyByCode,
  municipalities,
  provinces,
} from "./bodies/reference-data.ts";
export {
  type BodyMatch,
  type BodyMention,
  type BodyResolution,
  findBodyMentions,
  type ResolveBodyOptions,
  resolveBody,
} from "./bodies/resolve-body.ts";

// Contacts
export { Contact, ContactRole } from "./contacts/contact.ts";
export { contactRoleLabel } from "./contacts/role-label.ts";

// Demo data (clearly marked, for a first run)
export { buildDemoDataSet, type DemoDataSet } from "./demo/demo-data-set.ts";
export { DEMO_ACTOR_ID, DEMO_EMAIL_DOMAIN, DEMO_NAME_SUFFIX, DEMO_NOTE_PREFIX } from "./demo/marks.ts";

// Follow-up tasks
export { CalendarDay, FollowUpTask } from "./follow-ups/follow-up-task.ts";

// Language
export { type Bilingual, Language } from "./language.ts";
export { outreachStageLabel, supportKindLabel } from "./outreach/labels.ts";
// Outreach
export { OutreachEvent, type OutreachEventType, OutreachStage, SupportKind } from "./outreach/outreach.ts";
export {
  currentOutreachStage,
  latestEventOfType,
  latestSupportDecision,
  outreachStageRank,
  type SupportDecision,
  stageShownBy,
} from "./outreach/stage.ts";
export {
  type CallCandidate,
  type FollowUp,
  type NeedsFollowUpOptions,
  needsFollowUp,
  type OutreachEventsByCode,
  type WhoNeedsACallOptions,
  whoNeedsACall,
} from "./outreach/worklists.ts";

// Reminders
export {
  DAY_BEFORE_REMINDER_HOUR,
  meetingReminderSchedule,
  outcomeReminderDue,
  ReminderKind,
  type ScheduledReminder,
} from "./reminders/reminder-rules.ts";

// Staff
export { IdentityKey, identityKey, parseAdminList, parseIdentityKey } from "./staff/identity-key.ts";
export { canManageStaff, canWrite } from "./staff/permissions.ts";
export { staffRoleLabel } from "./staff/role-label.ts";
export { ChatIdentity, StaffMember, StaffRole } from "./staff/staff.ts";

// Survey
export { compareBodiesByProvinceAndName, compareDutchNames, dutchSortName } from "./survey/body-order.ts";
export { describeChange, type SurveyFieldChange } from "./survey/describe-change.ts";
export { codeOfConductLabel, protocolStatusLabel, protocolUsageLabel } from "./survey/labels.ts";
export { roundedPercentages } from "./survey/percentages.ts";
export {
  type BodyWithStatus,
  filterBodies,
  matchesSurveyFilter,
  SurveyFilter,
  statusOf,
} from "./survey/survey-filter.ts";
export {
  CodeOfConductStatus,
  currentSurveyStatus,
  isDormant,
  ProtocolStatus,
  ProtocolUsage,
  SurveyAnswer,
  SurveyEvent,
  type SurveyStatus,
  unknownSurveyStatus,
} from "./survey/survey-status.ts";
export {
  type ProvinceSurveyBreakdown,
  type Share,
  type SurveyBreakdown,
  type SurveySummary,
  type SurveySummaryScope,
  summarizeSurvey,
} from "./survey/survey-summary.ts";

// Time (Europe/Amsterdam)
export {
  AMSTERDAM,
  type AmsterdamFields,
  type AmsterdamFormatStyle,
  addAmsterdamDays,
  amsterdamDateKey,
  amsterdamFields,
  amsterdamInstant,
  amsterdamWallClock,
  formatAmsterdam,
  inAmsterdam,
  startOfAmsterdamDay,
  startOfAmsterdamWeek,
  toAmsterdam,
} from "./time/amsterdam.ts";
export {
  dutchPublicHolidays,
  easterSunday,
  type PublicHoliday,
  type PublicHolidayKey,
  publicHolidayOn,
} from "./time/holidays.ts";
export { type DayOfYear, MonthPart, monthPartDay } from "./time/month-part.ts";
export {
  describeOfficeHoursProblem,
  OFFICE_CLOSES_HOUR,
  OFFICE_OPENS_HOUR,
  type OfficeHoursProblem,
  officeHoursProblems,
} from "./time/office-hours.ts";
export { addWorkingDays, isWorkingDay, nextWorkingMorning, workingDaysBetween } from "./time/working-days.ts";
