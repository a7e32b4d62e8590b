// A scenario that leaves rows in every table of the store, with the text a backup must carry unchanged: tabs,
// line breaks, backslashes, quotes, "\N", SQL and emoji.
import type { Store } from "../src/index.ts";
import { aBooking, aChartFile, anAdvisor } from "./builders.ts";
import { console1 } from "./engines.ts";

/** Text that COPY's escapes, CSV and SQL quoting all have to get right. */
export const AWKWARD_TEXT =
  'tab\there, regel 1\nregel 2\r\nback\\slash \\N "quotes" \'; drop table bodies; -- 🛡️ ë';

/** Writes at least one row to every table through the store's own API. */
export async function fillEveryTable(store: Store): Promise<void> {
  const anna = await store.staff.upsert(
    {
      id: "staff-anna",
      displayName: "Anna de Vries",
      role: "admin",
      identities: [
        { platform: "teams", aadObjectId: "aad-anna", tenantId: "tenant-1" },
        { platform: "matrix", userId: "@anna:weerbaar.test" },
      ],
    },
    console1,
  );
  const bram = await anAdvisor(store, "Bram Bakker");
  await store.survey.record(
    [
      { bodyCode: "GM1640", protocol: "present", usage: "dormant", codeOfConduct: "yes", note: AWKWARD_TEXT },
      { bodyCode: "GM0014", protocol: "none", usage: "unknown", codeOfConduct: "no", source: "import x.csv" },
      { bodyCode: "PV31", protocol: "in_preparation", usage: "unknown", codeOfConduct: "unknown" },
    ],
    console1,
  );
  await store.outreach.record({ type: "letter_sent", bodyCode: "GM1640", note: AWKWARD_TEXT }, console1);
  await store.outreach.record(
    { type: "support_offered", bodyCode: "GM1640", support: ["training"] },
    console1,
  );
  await store.followUps.add({ bodyCode: "GM1640", dueOn: "2023-11-15", note: AWKWARD_TEXT }, console1);
  const contact = await store.contacts.add(
    { bodyCode: "GM1640", name: "Els Jacobs", role: "clerk", email: "griffie@leudal.nl" },
    console1,
  );
  const meeting = await store.appointments.book(
    aBooking(anna.id, {
      attendees: [
        { type: "contact", contactId: contact.id },
        { type: "staff", staffId: bram.id },
      ],
      notes: AWKWARD_TEXT,
    }),
    console1,
  );
  await store.appointments.reschedule(
    meeting.id,
    { start: new Date("2023-10-27T11:30:00Z"), end: new Date("2023-10-27T12:30:00Z"), reason: "ziek" },
    console1,
  );
  await store.conversations.save(
    "console:anna",
    { dialog: "confirm", text: AWKWARD_TEXT },
    { ttlMs: 3_600_000 },
  );
  await store.subscriptions.subscribe(
    { platform: "teams", channelId: "19:team", kind: "weekly", lang: "nl" },
    console1,
  );
  await store.deliveries.enqueue(
    {
      key: "weekly:2024-10-07:19:team",
      platform: "teams",
      channelId: "19:team",
      dueAt: new Date("2024-10-07T07:00:00Z"),
      payload: { text: AWKWARD_TEXT },
    },
    console1,
  );
  await store.conversationRefs.save(
    "19:team",
    { serviceUrl: "https://smba.example/", conversation: { id: "19:team" } },
    console1,
  );
  await store.calendarTokens.rotate(anna.id, console1);
  await store.kv.set("matrix.syncToken", AWKWARD_TEXT);
  await store.kv.markProcessed("$event:weerbaar.test");
  await store.leases.acquire("reminders", "replica-1", 60_000);
  await store.files.put(aChartFile({ fileName: AWKWARD_TEXT }), { retentionMs: 86_400_000 });
}
