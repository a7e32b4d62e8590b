import { allBodies, filterBodies, protocolStatusLabel, protocolUsageLabel } from "@weerbaar/domain";
import { type Block, createReply } from "@weerbaar/reply";
import { done, type Outcome, type Turn } from "../conversation/turn.ts";
import { t } from "../messages/labels.ts";
import type { BodyFilter, Intent } from "../understanding/index.ts";
import { describeFilter } from "../understanding/index.ts";

type ListIntent = Extract<Intent, { intent: "list_bodies" }>;

/** Lists the bodies matching a survey filter, grouped by province and paged. */
export async function listBodies(turn: Turn, intent: ListIntent, page = 1): Promise<Outcome> {
  const { lang } = turn;
  const filter: BodyFilter = intent.filter;
  const rows = filterBodies(allBodies, await turn.store.survey.currentByCode(), filter);
  const title = `${describeFilter(filter, lang)} (${rows.length})`;
  const data = { count: rows.length, codes: rows.map((r) => r.body.code), filter };
  if (rows.length === 0 || intent.countOnly) {
    const text =
      rows.length === 0
        ? t(
            lang,
            "Geen enkele gemeente of provincie voldoet hieraan.",
            "No municipality or province matches.",
          )
        : t(lang, `Dat zijn er ${rows.length}.`, `That is ${rows.length}.`);
    return done(
      createReply({ lang, intent: intent.intent, title, blocks: [{ type: "paragraph", text }], data }),
    );
  }
  const pages = Math.ceil(rows.length / turn.pageSize);
  const current = Math.min(Math.max(page, 1), pages);
  const shown = rows.slice((current - 1) * turn.pageSize, current * turn.pageSize);
  const groups = new Map<string, string[]>();
  for (const { body, status } of shown) {
    const detail =
      status.protocol === "present" && status.usage !== "unknown"
        ? protocolUsageLabel(status.usage, lang)
        : filter.protocol?.length === 1
          ? undefined
          : protocolStatusLabel(status.protocol, lang);
    const name = body.kind === "province" ? `${t(lang, "provincie", "province")} ${body.name}` : body.name;
    const items = groups.get(body.provinceName) ?? [];
    items.push(detail ? `${name} — ${detail}` : name);
    groups.set(body.provinceName, items);
  }
  const blocks: Block[] = [
    {
      type: "groups",
      groups: [...groups].map(([province, items]) => ({ title: `${province} (${items.length})`, items })),
    },
  ];
  const more = current < pages;
  return {
    reply: createReply({
      lang,
      intent: intent.intent,
      title,
      blocks,
      paging: {
        page: current,
        pages,
        total: rows.length,
        ...(more ? { nextValue: t(lang, "meer", "more") } : {}),
      },
      actions: more
        ? [{ label: t(lang, "Volgende pagina", "Next page"), value: t(lang, "meer", "more") }]
        : [],
      data: { ...data, page: current, pages },
    }),
    pending: more ? { type: "page", resume: intent, page: current } : null,
  };
}
