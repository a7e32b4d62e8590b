import {
  canManageStaff,
  canWrite,
  contactRoleLabel,
  findBodyByCode,
  identityKey,
  parseIdentityKey,
  staffRoleLabel,
} from "@weerbaar/domain";
import { type Action, type Block, createReply, type Lang, type Reply, textReply } from "@weerbaar/reply";
import type { ContactInput, Repositories, WriteContext } from "@weerbaar/store";
import { match } from "ts-pattern";
import type { NoteWrite, PendingWrite } from "../conversation/pending.ts";
import { done, type Outcome, type Turn } from "../conversation/turn.ts";
import { t } from "../messages/labels.ts";
import { followUpDayLabel } from "./follow-up-labels.ts";
import { markLatestMeetingHeld } from "./meetings/held.ts";
import { outreachEventLabel } from "./outreach-labels.ts";
import { surveyChangeLines } from "./survey-change.ts";

const bodyName = (code: string) => findBodyByCode(code)?.name ?? code;

/** What a write will change, in the user's language. */
export async function describeWrite(turn: Turn, write: PendingWrite): Promise<Block[]> {
  const { lang } = turn;
  return match(write)
    .with({ type: "update_survey" }, async (w) => {
      const blocks: Block[] = [];
      for (const change of w.changes) {
        blocks.push({
          type: "list" as const,
          title: `${t(lang, "Uitvraag", "Survey")} ${bodyName(change.bodyCode)}`,
          items: surveyChangeLines(await turn.store.survey.current(change.bodyCode), change.answer, lang),
        });
      }
      return blocks;
    })
    .with({ type: "record_outreach" }, (w) => [
      {
        type: "list" as const,
        title: outreachEventLabel({ type: w.event, support: w.support, reached: w.reached }, lang),
        items: w.bodyCodes.map(bodyName),
      },
    ])
    .with({ type: "add_contact" }, (w) => [
      {
        type: "facts" as const,
        facts: [
          { label: t(lang, "Contact bij", "Contact at"), value: bodyName(w.bodyCode) },
          { label: t(lang, "Naam", "Name"), value: w.name },
          { label: t(lang, "Rol", "Role"), value: contactRoleLabel(w.role, lang) },
          ...(w.email ? [{ label: "E-mail", value: w.email }] : []),
          ...(w.phone ? [{ label: t(lang, "Telefoon", "Phone"), value: w.phone }] : []),
        ],
      },
    ])
    .with({ type: "add_follow_up" }, (w) => [
      {
        type: "facts" as const,
        facts: [
          { label: t(lang, "Opvolging bij", "Follow-up with"), value: w.bodyCodes.map(bodyName).join(", ") },
          { label: t(lang, "Op", "On"), value: followUpDayLabel(w.dueOn, lang) },
          ...(w.note ? [{ label: t(lang, "Notitie", "Note"), value: w.note }] : []),
        ],
      },
    ])
    .with({ type: "add_staff" }, (w) => [
      {
        type: "facts" as const,
        facts: [
          { label: t(lang, "Medewerker", "Staff member"), value: w.name },
          { label: t(lang, "Rol", "Role"), value: staffRoleLabel(w.role, lang) },
          { label: t(lang, "Account", "Account"), value: `${w.identity.platform}:${w.identity.id}` },
        ],
      },
    ])
    .with({ type: "set_staff_role" }, (w) => [
      {
        type: "facts" as const,
        facts: [
          { label: t(lang, "Medewerker", "Staff member"), value: w.name },
          { label: t(lang, "Nieuwe rol", "New role"), value: staffRoleLabel(w.role, lang) },
        ],
      },
    ])
    .exhaustive();
}

type OutreachWrite = Extract<NoteWrite, { type: "record_outreach" }>;
type ContactWrite = Extract<NoteWrite, { type: "add_contact" }>;
type FollowUpWrite = Extract<NoteWrite, { type: "add_follow_up" }>;

/** Records the event for each body through the repositories of an open transaction. */
export async function recordOutreachIn(
  repos: Repositories,
  w: OutreachWrite,
  now: Date,
  ctx: WriteContext,
): Promise<void> {
  for (const bodyCode of w.bodyCodes) {
    // A held meeting records its own meeting_held event: one event per meeting, not two.
    if (w.event === "meeting_held" && (await markLatestMeetingHeld(repos, bodyCode, now, ctx))) continue;
    const base = { bodyCode, occurredAt: now, ...(w.note ? { note: w.note } : {}) };
    await repos.outreach.record(
      match(w.event)
        .with("called", (type) => ({ ...base, type, reached: w.reached ?? true }))
        .with("support_offered", (type) => ({ ...base, type, support: w.support ?? [] }))
        .with("letter_sent", "meeting_held", "support_declined", (type) => ({ ...base, type }))
        .exhaustive(),
      ctx,
    );
  }
}

/** The contact a write adds. */
export function contactInput(w: ContactWrite): ContactInput {
  return {
    bodyCode: w.bodyCode,
    name: w.name,
    role: w.role,
    ...(w.email ? { email: w.email } : {}),
    ...(w.phone ? { phone: w.phone } : {}),
  };
}

/** Adds the follow-up task of each body through the repositories of an open transaction. */
export async function addFollowUpsIn(
  repos: Repositories,
  w: FollowUpWrite,
  ctx: WriteContext,
): Promise<void> {
  for (const bodyCode of w.bodyCodes) {
    await repos.followUps.add({ bodyCode, dueOn: w.dueOn, ...(w.note ? { note: w.note } : {}) }, ctx);
  }
}

/** The yes/no buttons of a confirmation; their values are what a user would type. */
export function confirmActions(lang: Lang, yesLabel = t(lang, "Ja", "Yes")): Action[] {
  return [
    { label: yesLabel, value: t(lang, "ja", "yes"), style: "positive" },
    { label: t(lang, "Nee", "No"), value: t(lang, "nee", "no"), style: "destructive" },
  ];
}

/** Writes at once, or first asks to confirm when the body's name was a corrected typo. */
export async function writeUnlessGuessed(
  turn: Turn,
  write: PendingWrite,
  resolved: { body: { name: string }; fuzzy: boolean },
): Promise<Outcome> {
  if (!resolved.fuzzy) return done(await executeWrite(turn, write));
  const { lang } = turn;
  const name = resolved.body.name;
  return askToConfirm(
    turn,
    write,
    t(lang, `Ik neem aan dat je ${name} bedoelt.`, `I assume you mean ${name}.`),
  );
}

/** Asks the user to confirm a write, showing what will change. */
export async function askToConfirm(turn: Turn, write: PendingWrite, reason?: string): Promise<Outcome> {
  const { lang } = turn;
  const blocks: Block[] = [];
  if (reason) blocks.push({ type: "paragraph", text: reason, tone: "warning" });
  blocks.push(...(await describeWrite(turn, write)));
  blocks.push({ type: "paragraph", text: t(lang, "Klopt dit? (ja/nee)", "Is this right? (yes/no)") });
  return {
    reply: createReply({
      lang,
      intent: "confirm_request",
      blocks,
      actions: confirmActions(lang, t(lang, "Ja, vastleggen", "Yes, record it")),
      data: { pending: write },
    }),
    pending: { type: "confirm", write },
  };
}

/** The answer for a user who may only read. */
export function readOnlyReply(lang: Lang): Reply {
  return textReply(
    lang,
    "forbidden",
    t(
      lang,
      "Je hebt alleen leesrechten: vraag een beheerder om dit vast te leggen.",
      "You can only read: ask an admin to record this.",
    ),
  );
}

/** Carries out a (confirmed) write in one transaction; the store audits it with the author. */
export async function executeWrite(turn: Turn, write: PendingWrite): Promise<Reply> {
  const { lang, store, writeContext: ctx, now } = turn;
  if (!canWrite(turn.staff.role)) return readOnlyReply(lang);
  const saved = t(lang, "Vastgelegd.", "Recorded.");
  return match(write)
    .with({ type: "update_survey" }, async (w) => {
      const changed = await describeWrite(turn, w);
      // One call, one transaction: "Nederweert en Vaals" are recorded together or not at all.
      await store.survey.record(
        w.changes.map((c) => ({ bodyCode: c.bodyCode, ...c.answer })),
        ctx,
      );
      const [first] = w.changes;
      return createReply({
        lang,
        intent: "survey_updated",
        blocks: [{ type: "paragraph", text: saved, tone: "success" }, ...changed],
        data: {
          codes: w.changes.map((c) => c.bodyCode),
          ...(first && w.changes.length === 1 ? { code: first.bodyCode, ...first.answer } : {}),
        },
      });
    })
    .with({ type: "record_outreach" }, async (w) => {
      await store.transaction((tx) => recordOutreachIn(tx, w, now, ctx));
      return createReply({
        lang,
        intent: "outreach_recorded",
        blocks: [
          { type: "paragraph", text: saved, tone: "success" },
          {
            type: "list",
            title: outreachEventLabel({ type: w.event, support: w.support, reached: w.reached }, lang),
            items: w.bodyCodes.map(bodyName),
          },
        ],
        data: { event: w.event, codes: w.bodyCodes },
      });
    })
    .with({ type: "add_contact" }, async (w) => {
      const contact = await store.contacts.add(contactInput(w), ctx);
      return createReply({
        lang,
        intent: "contact_added",
        blocks: [{ type: "paragraph", text: saved, tone: "success" }, ...(await describeWrite(turn, w))],
        data: { contactId: contact.id, code: w.bodyCode },
      });
    })
    .with({ type: "add_follow_up" }, async (w) => {
      await store.transaction((tx) => addFollowUpsIn(tx, w, ctx));
      return createReply({
        lang,
        intent: "follow_up_added",
        blocks: [{ type: "paragraph", text: saved, tone: "success" }, ...(await describeWrite(turn, w))],
        data: { codes: w.bodyCodes, dueOn: w.dueOn },
      });
    })
    .with({ type: "add_staff" }, async (w) => {
      if (!canManageStaff(turn.staff.role)) {
        return textReply(
          lang,
          "forbidden",
          t(lang, "Alleen beheerders voegen medewerkers toe.", "Only admins add staff."),
        );
      }
      const identity = parseIdentityKey(`${w.identity.platform}:${w.identity.id}`);
      const member = await store.staff.upsert(
        { displayName: w.name, role: w.role, identities: [identity] },
        ctx,
      );
      return createReply({
        lang,
        intent: "staff_added",
        blocks: [{ type: "paragraph", text: saved, tone: "success" }, ...(await describeWrite(turn, w))],
        data: { staffId: member.id, identity: identityKey(identity) },
      });
    })
    .with({ type: "set_staff_role" }, async (w) => {
      if (!canManageStaff(turn.staff.role)) {
        return textReply(
          lang,
          "forbidden",
          t(lang, "Alleen beheerders wijzigen rollen.", "Only admins change roles."),
        );
      }
      const member = await store.staff.setRole(w.staffId, w.role, ctx);
      return createReply({
        lang,
        intent: "staff_role_set",
        blocks: [{ type: "paragraph", text: saved, tone: "success" }, ...(await describeWrite(turn, w))],
        data: { staffId: member.id, role: member.role },
      });
    })
    .exhaustive();
}
