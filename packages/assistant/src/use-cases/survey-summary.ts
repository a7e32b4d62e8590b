import {
  allBodies,
  codeOfConductLabel,
  findBodyByCode,
  ProtocolStatus,
  ProtocolUsage,
  protocolStatusLabel,
  protocolUsageLabel,
  type Share,
  summarizeSurvey,
} from "@weerbaar/domain";
import { type Block, createReply } from "@weerbaar/reply";
import { done, type Outcome, type Turn } from "../conversation/turn.ts";
import { kindPluralLabel, t } from "../messages/labels.ts";
import type { Intent } from "../understanding/index.ts";

type SummaryIntent = Extract<Intent, { intent: "survey_summary" }>;

const share = (s: Share, lang: "nl" | "en") =>
  `${s.count} (${s.percentage.toLocaleString(lang === "nl" ? "nl-NL" : "en-GB")}%)`;

/** Counts and percentages of the survey, overall or per province. */
export async function surveySummary(turn: Turn, intent: SummaryIntent): Promise<Outcome> {
  const { lang } = turn;
  const scope = { kind: intent.kind, provinceCode: intent.provinceCode };
  const summary = summarizeSurvey(allBodies, await turn.store.survey.currentByCode(), scope);
  const who = intent.kind
    ? kindPluralLabel(intent.kind, lang)
    : t(lang, "gemeenten en provincies", "municipalities and provinces");
  const province = intent.provinceCode ? findBodyByCode(intent.provinceCode)?.name : undefined;
  const title = `${t(lang, "Uitvraag", "Survey")}: ${summary.total} ${who}${province ? ` in ${province}` : ""}`;
  const protocols = ProtocolStatus.options;
  const blocks: Block[] = [
    {
      type: "facts",
      facts: protocols.map((p) => ({
        label: protocolStatusLabel(p, lang),
        value: share(summary.protocol[p], lang),
      })),
    },
  ];
  if (summary.usageTotal > 0) {
    blocks.push({
      type: "facts",
      facts: ProtocolUsage.options.map((u) => ({
        label: `${t(lang, "Waarvan", "Of which")} ${protocolUsageLabel(u, lang)}`,
        value: share(summary.usage[u], lang),
      })),
    });
  }
  blocks.push({
    type: "facts",
    facts: (["yes", "no", "unknown"] as const).map((c) => ({
      label: codeOfConductLabel(c, lang),
      value: share(summary.codeOfConduct[c], lang),
    })),
  });
  if (intent.perProvince) {
    blocks.push({
      type: "table",
      columns: [
        t(lang, "Provincie", "Province"),
        ...protocols.map((p) => protocolStatusLabel(p, lang)),
        t(lang, "slapend", "dormant"),
      ],
      rows: summary.byProvince.map((row) => [
        row.provinceName,
        ...protocols.map((p) => String(row.protocol[p].count)),
        String(row.usage.dormant.count),
      ]),
    });
  }
  return done(
    createReply({
      lang,
      intent: intent.intent,
      title,
      blocks,
      data: {
        total: summary.total,
        protocol: summary.protocol,
        usage: summary.usage,
        codeOfConduct: summary.codeOfConduct,
        ...(intent.perProvince ? { byProvince: summary.byProvince } : {}),
      },
    }),
  );
}
