import { z } from "zod";

/** The languages the team works in: Dutch first, English too. */
export const Language = z.enum(["nl", "en"]);
/** `nl` or `en`. */
export type Language = z.infer<typeof Language>;

/** A text in both languages, so callers pick one at the edge. */
export type Bilingual = { nl: string; en: string };
