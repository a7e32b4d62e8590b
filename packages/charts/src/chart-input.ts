import {
  BodyCode,
  Language,
  ProtocolStatus,
  ProtocolUsage,
  provinces,
  type SurveyStatus,
} from "@weerbaar/domain";
import { z } from "zod";
import type { SurveyCounts } from "./survey-counts.ts";

const knownProvince = (code: string) => provinces.some((p) => p.code === code);

/** What a picture is drawn from: the current survey statuses (bodies left out count as unknown). */
export const ChartInput = z.object({
  statuses: z.array(z.looseObject({ bodyCode: BodyCode, protocol: ProtocolStatus, usage: ProtocolUsage })),
  lang: Language,
  provinceCode: z.string().refine(knownProvince, "not a CBS province code (PV20..PV31)").optional(),
});
/** The statuses (e.g. `store.survey.allCurrent()`), the reply's language and optionally one province. */
export type ChartInput = {
  statuses: readonly SurveyStatus[];
  lang: Language;
  /** Only this province (CBS code, e.g. PV31 for Limburg). */
  provinceCode?: string | undefined;
};

/** A rendered picture: a PNG exactly 1200 px wide, its SVG, a text summary for alt text, and its counts. */
export type ChartPicture = { png: Uint8Array; svg: string; summary: string; counts: SurveyCounts };
