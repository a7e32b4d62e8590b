import { canWrite, contactRoleLabel } from "@weerbaar/domain";
import { createReply } from "@weerbaar/reply";
import { done, type Outcome, type Turn } from "../conversation/turn.ts";
import { t } from "../messages/labels.ts";
import type { Intent } from "../understanding/index.ts";
import { requireBody } from "./body-ref.ts";
import { readOnlyReply, writeUnlessGuessed } from "./writes.ts";

type ShowIntent = Extract<Intent, { intent: "show_contacts" }>;
type AddIntent = Extract<Intent, { intent: "add_contact" }>;

/** The contacts of a body, optionally of one role ("wie is de griffier van Leudal"). */
export async function showContacts(turn: Turn, intent: ShowIntent): Promise<Outcome> {
  const resolved = requireBody(turn, intent.body, intent);
  if (!resolved.ok) return resolved.outcome;
  const { lang } = turn;
  const { body } = resolved;
  const all = await turn.store.contacts.list({ bodyCode: body.code });
  const contacts = intent.role ? all.filter((c) => c.role === intent.role) : all;
  const what = intent.role ? contactRoleLabel(intent.role, lang) : t(lang, "contacten", "contacts");
  const title = `${what.charAt(0).toUpperCase()}${what.slice(1)} — ${body.name}`;
  const blocks =
    contacts.length === 0
      ? [
          {
            type: "paragraph" as const,
            text: t(
              lang,
              `Ik ken geen ${what} van ${body.name}. Voeg toe met: "voeg contact toe aan ${body.name}: naam, rol, e-mail".`,
              `I know no ${what} of ${body.name}. Add one with: "add contact to ${body.name}: name, role, email".`,
            ),
          },
        ]
      : [
          {
            type: "table" as const,
            columns: [
              t(lang, "Naam", "Name"),
              t(lang, "Rol", "Role"),
              "E-mail",
              t(lang, "Telefoon", "Phone"),
            ],
            rows: contacts.map((c) => [c.name, contactRoleLabel(c.role, lang), c.email ?? "", c.phone ?? ""]),
          },
        ];
  return done(
    createReply({
      lang,
      intent: intent.intent,
      title,
      blocks,
      data: {
        code: body.code,
        contacts: contacts.map((c) => ({ name: c.name, role: c.role, email: c.email ?? null })),
      },
    }),
  );
}

/** Adds a contact to a body; asks for the name and role when missing, and to confirm a guessed body name. */
export async function addContact(turn: Turn, intent: AddIntent): Promise<Outcome> {
  if (!canWrite(turn.staff.role)) return done(readOnlyReply(turn.lang));
  const resolved = requireBody(turn, intent.body, intent);
  if (!resolved.ok) return resolved.outcome;
  const { lang } = turn;
  if (!intent.name) {
    return {
      reply: createReply({
        lang,
        intent: "ask_contact_name",
        blocks: [
          { type: "paragraph", text: t(lang, "Hoe heet het contact?", "What is the contact's name?") },
        ],
      }),
      pending: { type: "ask_slot", slot: "contact_name", resume: intent },
    };
  }
  const write = {
    type: "add_contact" as const,
    bodyCode: resolved.body.code,
    name: intent.name,
    role: intent.role ?? "other",
    ...(intent.email ? { email: intent.email } : {}),
    ...(intent.phone ? { phone: intent.phone } : {}),
  };
  return writeUnlessGuessed(turn, write, resolved);
}
