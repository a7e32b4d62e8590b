import type { ProtocolStatus, ProtocolUsage } from "../survey/survey-status.ts";

/** Dutch first names for demo contacts. */
export const demoFirstNames: readonly string[] = [
  "Anna",
  "Bram",
  "Carla",
  "Daan",
  "Eva",
  "Femke",
  "Gert",
  "Hanna",
  "Ivo",
  "Joke",
  "Kees",
  "Lotte",
  "Marco",
  "Noor",
  "Olaf",
  "Petra",
  "Ruud",
  "Sanne",
  "Tom",
  "Ursula",
  "Vera",
  "Willem",
  "Yara",
  "Zeger",
];

/** Dutch surnames for demo contacts. */
export const demoLastNames: readonly string[] = [
  "de Vries",
  "Jansen",
  "van den Berg",
  "Bakker",
  "Visser",
  "Smit",
  "Meijer",
  "de Boer",
  "Mulder",
  "de Groot",
  "Bos",
  "Vos",
  "Peters",
  "Hendriks",
  "van Leeuwen",
  "Dekker",
  "Brouwer",
  "de Wit",
  "Dijkstra",
  "Smeets",
  "Janssen",
  "Willems",
  "Kuipers",
  "Claessens",
];

/** Survey notes by protocol status (and, for a present protocol, by use). */
export function surveyNotes(protocol: ProtocolStatus, usage: ProtocolUsage): readonly string[] {
  if (protocol === "none") {
    return [
      "Nog geen protocol; de griffie wil eerst weten hoe andere gemeenten het doen.",
      "Geen protocol. De burgemeester ziet het belang, de capaciteit ontbreekt.",
      "Geen protocol; na een incident bij een raadsvergadering staat het op de agenda.",
    ];
  }
  if (protocol === "in_preparation") {
    return [
      "Concept-protocol in de maak bij de griffie.",
      "Protocol wordt na het zomerreces in de raad besproken.",
      "Werkt met de buurgemeenten aan een gezamenlijk protocol.",
    ];
  }
  if (usage === "dormant") {
    return ["Protocol is er, maar ligt op de plank.", "Protocol bestaat; nieuwe raadsleden kennen het niet."];
  }
  return [
    "Protocol is er en wordt gebruikt.",
    "Protocol dit jaar met de raad geëvalueerd.",
    "Protocol wordt besproken in de introductie van nieuwe raadsleden.",
  ];
}

/** The note of a demo letter. */
export const letterNote = "Brief over agressie en intimidatie tegen politici verstuurd.";

/** Notes of a demo call that reached someone. */
export const reachedCallNotes: readonly string[] = [
  "Griffier gesproken; staat open voor een gesprek.",
  "Burgemeester wil eerst intern overleggen.",
  "Gemeentesecretaris stuurt het huidige protocol toe.",
];

/** The note of a demo call that reached nobody. */
export const unreachedCallNote = "Niet bereikt; voicemail ingesproken.";

/** The note of demo support offered after a meeting. */
export const supportOfferedNote = "Ondersteuning aangeboden na het gesprek.";

/** The note of demo support declined after a meeting. */
export const supportDeclinedNote = "Gemeente pakt het zelf op; geen ondersteuning nodig.";

/** The subjects of demo meetings. */
export const meetingNotes: readonly string[] = [
  "Kennismaking over het agressieprotocol.",
  "Gesprek over ondersteuning bij het opstellen van een protocol.",
  "Toelichting op de gedragscode en een training voor de raad.",
];
