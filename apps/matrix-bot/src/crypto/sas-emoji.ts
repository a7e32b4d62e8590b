/**
 * The Dutch names of the 64 SAS emoji, by their index in the spec's table
 * (https://spec.matrix.org/latest/client-server-api/#sas-method-emoji), as the spec's Dutch translation and
 * Element name them; the English names come from the crypto itself (`Emoji.description`).
 */
export const SAS_EMOJI_NL: readonly string[] = [
  "Hond",
  "Kat",
  "Leeuw",
  "Paard",
  "Eenhoorn",
  "Varken",
  "Olifant",
  "Konijn",
  "Panda",
  "Haan",
  "Pinguïn",
  "Schildpad",
  "Vis",
  "Octopus",
  "Vlinder",
  "Bloem",
  "Boom",
  "Cactus",
  "Paddenstoel",
  "Wereldbol",
  "Maan",
  "Wolk",
  "Vuur",
  "Banaan",
  "Appel",
  "Aardbei",
  "Maïs",
  "Pizza",
  "Taart",
  "Hart",
  "Smiley",
  "Robot",
  "Hoed",
  "Bril",
  "Moersleutel",
  "Kerstman",
  "Duim omhoog",
  "Paraplu",
  "Zandloper",
  "Klok",
  "Cadeau",
  "Gloeilamp",
  "Boek",
  "Potlood",
  "Paperclip",
  "Schaar",
  "Slot",
  "Sleutel",
  "Hamer",
  "Telefoon",
  "Vlag",
  "Trein",
  "Fiets",
  "Vliegtuig",
  "Raket",
  "Trofee",
  "Bal",
  "Gitaar",
  "Trompet",
  "Bel",
  "Anker",
  "Koptelefoon",
  "Map",
  "Punaise",
];

/** One emoji of a short auth string, with its names in both languages. */
export type SasEmoji = { symbol: string; nl: string; en: string };

/** "🐶 Hond / Dog": how one emoji is written in the bot's message. */
export function sasEmojiLabel(emoji: SasEmoji): string {
  return emoji.nl === emoji.en ? `${emoji.symbol} ${emoji.nl}` : `${emoji.symbol} ${emoji.nl} / ${emoji.en}`;
}
