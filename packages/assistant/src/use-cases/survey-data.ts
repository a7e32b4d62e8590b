import type { SurveyStatus } from "@weerbaar/domain";
import type { Store } from "@weerbaar/store";

/** The current survey status of every body, by code. */
export async function statusByCode(store: Store): Promise<Map<string, SurveyStatus>> {
  return new Map((await store.survey.allCurrent()).map((s) => [s.bodyCode, s]));
}
