import {
  codeOfConductLabel,
  contactRoleLabel,
  currentOutreachStage,
  currentSurveyStatus,
  formatAmsterdam,
  outreachStageLabel,
  protocolStatusLabel,
  protocolUsageLabel,
} from "@weerbaar/domain";
import { type Block, createReply } from "@weerbaar/reply";
import { done, type Outcome, type Turn } from "../conversation/turn.ts";
import { kindLabel, t } from "../messages/labels.ts";
import type { Intent } from "../understanding/index.ts";
import { requireBody } from "./body-ref.ts";
import { outreachEventLabel } from "./outreach-labels.ts";

type StatusIntent = Extract<Intent, { intent: "body_status" }>;

/** Everything known of one body: survey, outreach stage, next meeting, contacts, recent history. */
export async function bodyStatus(turn: Turn, intent: StatusIntent): Promise<Outcome> {
  const resolved = requireBody(turn, intent.body, intent);
  if (!resolved.ok) return resolved.outcome;
  const { body } = resolved;
  const { lang, store, now } = turn;
  const [surveyHistory, outreach, contacts, upcoming, staff] = await Promise.all([
    store.survey.history(body.code),
    store.outreach.list({ bodyCode: body.code }),
    store.contacts.list({ bodyCode: body.code }),
    store.appointments.list({ bodyCode: body.code, from: now }),
    store.staff.list(),
  ]);
  const status = currentSurveyStatus(body.code, surveyHistory);
  const names = new Map(staff.map((s) => [s.id, s.displayName]));
  const who = (id: string | undefined) => (id ? (names.get(id) ?? id) : "");
  const stage = currentOutreachStage(outreach);
  const next = upcoming.find((a) => a.status !== "cancelled");
  const facts = [
    { label: t(lang, "Soort", "Kind"), value: `${kindLabel(body.kind, lang)}, ${body.provinceName}` },
    { label: t(lang, "Protocol", "Protocol"), value: protocolStatusLabel(status.protocol, lang) },
    ...(status.protocol === "present"
      ? [{ label: t(lang, "Gebruik", "Use"), value: protocolUsageLabel(status.usage, lang) }]
      : []),
    {
      label: t(lang, "Gedragscode", "Code of conduct"),
      value: codeOfConductLabel(status.codeOfConduct, lang),
    },
    { label: t(lang, "Contactfase", "Outreach stage"), value: outreachStageLabel(stage, lang) },
    {
      label: t(lang, "Volgende afspraak", "Next meeting"),
      value: next ? formatAmsterdam(next.start, lang, "datetime") : t(lang, "geen", "none"),
    },
  ];
  if (status.updatedAt) {
    facts.push({
      label: t(lang, "Bijgewerkt", "Updated"),
      value: `${formatAmsterdam(status.updatedAt, lang, "date")} (${who(status.updatedBy)})`,
    });
  }
  const blocks: Block[] = [{ type: "facts", facts }];
  if (status.note) blocks.push({ type: "paragraph", text: `${t(lang, "Notitie", "Note")}: ${status.note}` });
  if (contacts.length > 0) {
    blocks.push({
      type: "list",
      title: t(lang, "Contacten", "Contacts"),
      items: contacts.map((c) => `${c.name} (${contactRoleLabel(c.role, lang)})`),
    });
  }
  const history = [
    ...surveyHistory.map((e) => ({
      at: e.recordedAt,
      text: `${t(lang, "uitvraag", "survey")}: ${protocolStatusLabel(e.protocol, lang)}${e.protocol === "present" && e.usage !== "unknown" ? `, ${protocolUsageLabel(e.usage, lang)}` : ""} (${who(e.recordedBy)})`,
    })),
    ...outreach.map((e) => ({
      at: e.occurredAt,
      text: `${outreachEventLabel(e, lang)} (${who(e.recordedBy)})`,
    })),
  ]
    .sort((a, b) => b.at.getTime() - a.at.getTime())
    .slice(0, 5);
  if (history.length > 0) {
    blocks.push({
      type: "list",
      title: t(lang, "Recent", "Recent"),
      items: history.map((h) => `${formatAmsterdam(h.at, lang, "date")}: ${h.text}`),
    });
  }
  return done(
    createReply({
      lang,
      intent: intent.intent,
      title: body.kind === "province" ? `${t(lang, "Provincie", "Province")} ${body.name}` : body.name,
      blocks,
      data: {
        code: body.code,
        name: body.name,
        protocol: status.protocol,
        usage: status.usage,
        codeOfConduct: status.codeOfConduct,
        stage,
        nextMeeting: next?.start.toISOString() ?? null,
        contacts: contacts.length,
      },
    }),
  );
}
