/**
 * Body names (normalized) that are also everyday Dutch or English words: "best", "goes", "buren",
 * "huizen", "leiden", "houten", "berg en dal". Inside a sentence such a name counts only when written
 * with a capital, after "gemeente"/"municipality", or as the whole text. Chosen by hand from the 354
 * names; names that only look like words ("Ede", "Epe", "Oss", "Laren", "Urk") are left out on purpose
 * so they are still found when typed in lower case.
 */
export const commonWordNames: ReadonlySet<string> = new Set([
  "assen", // axles
  "beek", // brook
  "bergen", // mountains; to store
  "berg en dal", // "over berg en dal"
  "best", // best
  "borne", // "costs borne by"
  "buren", // neighbours
  "delft", // digs
  "duiven", // pigeons
  "goes", // "it goes"
  "hoorn", // horn
  "houten", // wooden
  "huizen", // houses
  "hulst", // holly
  "kampen", // camps
  "leiden", // to lead
  "losser", // looser
  "putten", // wells; to draw from
  "sluis", // lock (canal)
  "stein", // beer stein
  "voorst", // foremost
  "weert", // wards off
]);
