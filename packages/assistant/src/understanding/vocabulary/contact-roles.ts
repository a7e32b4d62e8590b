import type { ContactRole } from "@weerbaar/domain";
import { defineVocabulary } from "./define-vocabulary.ts";

/** The officials a contact can be, in Dutch and English. Order matters on a tie: "town clerk" before "clerk". */
export const contactRoles = defineVocabulary<Exclude<ContactRole, "other">>({
  name: "contact roles",
  entries: [
    {
      value: "town_clerk",
      words: [
        "gemeentesecretaris",
        "gemeente secretaris",
        "secretaris",
        "town clerk",
        "municipal secretary",
        "city manager",
      ],
    },
    {
      value: "mayor",
      words: ["burgemeester", "burgemeesters", "burgervader", "burgemoeder", "mayor", "mayors"],
    },
    { value: "clerk", words: ["raadsgriffier", "griffier", "griffie", "clerk", "clerks"] },
    { value: "alderman", words: ["wethouder", "wethouders", "alderman", "aldermen"] },
    {
      value: "provincial_council_member",
      words: [
        "statenlid",
        "statenleden",
        "provincial council member",
        "provincial council members",
        "provincial councillor",
        "provincial councillors",
        "states member",
        "states members",
      ],
    },
    {
      value: "council_member",
      words: [
        "raadslid",
        "raadsleden",
        "gemeenteraadslid",
        "council member",
        "council members",
        "councillor",
        "councillors",
        "councilor",
        "councilors",
      ],
    },
    { value: "deputy", words: ["gedeputeerde", "gedeputeerden", "deputy", "deputies"] },
    {
      value: "safety_officer",
      words: [
        "veiligheidsadviseur",
        "adviseur veiligheid",
        "beleidsmedewerker veiligheid",
        "beleidsmedewerker openbare orde en veiligheid",
        // "aov'er" is normalized to "aov er".
        "aov",
        "aover",
        "safety officer",
        "safety officers",
        "security advisor",
        "safety advisor",
      ],
    },
  ],
  // Officials the assistant has no role for, but who still make a message about contacts.
  mentions: ["commissaris", "beleidsmedewerker"],
});
