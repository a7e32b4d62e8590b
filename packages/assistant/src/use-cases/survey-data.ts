import type { SurveyStatus } from "@weerbaar/domain";
import type { Store } from "@weerbaar/store";

/** The current survey status of every body that has one, by code (the store's shared, read-only copy). */
export async function statusByCode(store: Store): Promise<ReadonlyMap<string, SurveyStatus>> {
  return store.survey.currentByCode();
}
