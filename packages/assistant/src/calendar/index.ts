/** Calendars of meetings: ICS feeds and JSON export. */
export type { CalendarDirectory } from "./directory.ts";
export { calendarFeed } from "./feed.ts";
export { appointmentUid, type IcsOptions, renderAppointmentsIcs } from "./ics.ts";
export { appointmentsJson, type ExportedAppointment } from "./json.ts";
export type { ExportedPerson } from "./people.ts";
