/**
 * Said once, as a reply, about an encrypted message the bot could not decrypt in time (its room key never
 * arrived): not silence, and what to do about it.
 */
export const UNDECRYPTABLE_NOTICE =
  "Ik kon dit versleutelde bericht niet lezen: de sleutel ervan is niet bij mij aangekomen. Stuur het nog eens; " +
  "helpt dat niet, verifieer de bot dan in Element (Instellingen → Sessies). / " +
  "I could not read this encrypted message: its key never reached me. Please send it again; if that does not " +
  "help, verify the bot in Element (Settings → Sessions).";
