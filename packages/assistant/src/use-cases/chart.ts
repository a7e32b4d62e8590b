import { findBodyByCode } from "@weerbaar/domain";
import { createReply } from "@weerbaar/reply";
import { done, type Outcome, type Turn } from "../conversation/turn.ts";
import { t } from "../messages/labels.ts";
import type { Intent } from "../understanding/index.ts";

type ChartIntent = Extract<Intent, { intent: "chart" }>;

/** "Fryslân" → "fryslan": safe in a file name on every platform. */
const slug = (name: string) =>
  name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** The survey as a picture: the progress chart per province, or the map (optionally of one province). */
export async function chart(turn: Turn, intent: ChartIntent): Promise<Outcome> {
  const { lang } = turn;
  const province = intent.provinceCode ? findBodyByCode(intent.provinceCode) : undefined;
  const input = {
    statuses: await turn.store.survey.allCurrent(),
    lang,
    ...(province ? { provinceCode: province.code } : {}),
  };
  const isMap = intent.chart === "map";
  // Loaded on first use: vega, vega-lite and resvg add over a second to every bot's start-up otherwise.
  const charts = await import("@weerbaar/charts");
  const picture = isMap ? await charts.renderStatusMap(input) : await charts.renderProgressChart(input);
  const base = isMap ? t(lang, "kaart", "map") : t(lang, "voortgang", "progress");
  const fileName = `${[base, ...(province ? [slug(province.name)] : [])].join("-")}.png`;
  const title = isMap
    ? province
      ? t(lang, `Kaart van ${province.name}`, `Map of ${province.name}`)
      : t(lang, "Kaart van de protocollen", "Map of the protocols")
    : province
      ? t(lang, `Voortgang van de uitvraag in ${province.name}`, `Survey progress in ${province.name}`)
      : t(lang, "Voortgang van de uitvraag", "Survey progress");
  return done(
    createReply({
      lang,
      intent: intent.intent,
      title,
      blocks: [{ type: "paragraph", text: picture.summary }],
      attachments: [
        { kind: "image", fileName, mimeType: "image/png", data: picture.png, description: picture.summary },
      ],
      data: { chart: intent.chart, provinceCode: province?.code, counts: picture.counts },
    }),
  );
}
