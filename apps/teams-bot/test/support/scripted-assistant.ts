import {
  type Assistant,
  createReply,
  type IncomingMessage,
  type Reply,
  textReply,
} from "@weerbaar/assistant";

/** A known staff member's AAD object id in the scripted assistant. */
export const KNOWN_AAD = "6f1c9a52-3b0e-4a55-9d2f-0c1e2b3a4d5e";

/**
 * A small stand-in assistant with the real Reply documents (facts, tables, groups, actions, images, paging), used
 * until the real one can answer these intents. It refuses anyone not in `staff`, as the real one does.
 */
export function scriptedAssistant(
  options: { staff?: readonly string[] } = {},
): Assistant & { calls: IncomingMessage[] } {
  const staff = options.staff ?? [KNOWN_AAD];
  const calls: IncomingMessage[] = [];
  const answer = (message: IncomingMessage): Reply => {
    const lang = message.langHint ?? "nl";
    if (message.identity.platform !== "teams" || !staff.includes(message.identity.aadObjectId)) {
      return textReply(
        lang,
        "refused",
        lang === "nl"
          ? "Sorry, je staat niet in het team van Weerbaar."
          : "Sorry, you are not a member of the Weerbaar team.",
      );
    }
    const text = message.text.toLowerCase();
    if (text.includes("leudal") && !text.startsWith("plan")) {
      return createReply({
        lang,
        intent: "body_status",
        title: "Leudal",
        blocks: [
          {
            type: "facts",
            facts: [
              { label: "Protocol", value: "aanwezig" },
              { label: "Gebruik", value: "ligt op de plank" },
            ],
          },
          { type: "paragraph", text: "Let op: **geen** gedragscode <b>bekend</b>", tone: "warning" },
        ],
      });
    }
    if (text.includes("limburg")) {
      return createReply({
        lang,
        intent: "survey_summary",
        title: lang === "nl" ? "Limburg zonder protocol" : "Limburg without a protocol",
        blocks: [
          {
            type: "table",
            columns: ["Gemeente", "Protocol"],
            rows: [
              ["Venlo", "nee"],
              ["Weert", "nee"],
            ],
          },
          {
            type: "groups",
            groups: [
              { title: "Noord-Limburg (1)", items: ["Venlo"] },
              { title: "Midden-Limburg (1)", items: ["Weert"] },
            ],
          },
        ],
        paging: { page: 1, pages: 2, total: 4, nextValue: "volgende" },
      });
    }
    if (text.includes("kaart") || text.includes("map")) {
      return createReply({
        lang,
        intent: "map",
        blocks: [{ type: "paragraph", text: "Kaart" }],
        attachments: [
          {
            kind: "image",
            fileName: "kaart.png",
            mimeType: "image/png",
            data: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]),
            description: "Kaart van Limburg",
          },
        ],
      });
    }
    if (text.includes("lang") || text.includes("long")) {
      const rows = Array.from({ length: 800 }, (_, i) => [
        `Gemeente ${i + 1} met een lange naam`,
        "geen protocol",
        "onbekend",
      ]);
      return createReply({
        lang,
        intent: "list_bodies",
        blocks: [{ type: "table", columns: ["Gemeente", "Protocol", "Gebruik"], rows }],
      });
    }
    if (text.startsWith("plan")) {
      return createReply({
        lang,
        intent: "confirm_appointment",
        title: lang === "nl" ? "Afspraak plannen?" : "Schedule the meeting?",
        blocks: [
          {
            type: "facts",
            facts: [
              { label: "Met", value: "Leudal" },
              { label: "Wanneer", value: "do 26 okt 13:30" },
            ],
          },
        ],
        actions: [
          { label: "Ja", value: "ja", style: "positive" },
          { label: "Nee", value: "nee", style: "destructive" },
        ],
      });
    }
    if (text === "ja")
      return textReply(lang, "appointment_booked", "Afspraak met Leudal gepland op do 26 okt 13:30.");
    if (text === "nee") return textReply(lang, "cancelled", "Niet gepland.");
    return textReply(lang, "help", lang === "nl" ? "Ik begrijp je niet." : "I do not understand.");
  };
  return {
    calls,
    async handle(message) {
      calls.push(message);
      return answer(message);
    },
  };
}
