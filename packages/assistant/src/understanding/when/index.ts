/** Understanding of meeting dates, times, ranges and durations in Dutch and English. */
export { mergeWhen } from "./merge-when.ts";
export { parseWhen } from "./parse-when.ts";
export { applyShift, type RelativeShift } from "./relative-shift.ts";
export type { ParseWhenOptions, WhenAssumption, WhenProblem, WhenProblemKind, WhenResult } from "./types.ts";
