import type { StaffRole } from "@weerbaar/domain";
import { defineVocabulary } from "./define-vocabulary.ts";

/** The roles of the team's own staff; the first listed wins when several are named. */
export const staffRoles = defineVocabulary<StaffRole>({
  name: "staff roles",
  entries: [
    { value: "admin", words: ["admin", "administrator", "beheerder*", "admin rights", "adminrechten"] },
    { value: "advisor", words: ["adviseur", "advisor", "adviser", "consultant"] },
    { value: "assistant", words: ["assistent", "assistant", "ondersteuner"] },
    {
      value: "viewer",
      words: [
        "viewer",
        "kijker",
        "meelezer",
        "alleen lezen",
        "leesrecht*",
        "meeleesrecht*",
        "read only",
        "lezer",
        "reader",
      ],
    },
  ],
  exactOnly: ["lezer", "reader", "consultant"],
});
