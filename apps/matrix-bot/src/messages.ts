/** Told to whoever wrote a message the bot took up just before it stopped, when it cannot know what came of it. */
export const UNSURE_NOTICE =
  "Ik kreeg dit bericht vlak voordat ik herstartte en weet niet of het verwerkt is. Kijk het na en vraag het zo " +
  "nodig opnieuw.\n\n" +
  "I got this message just before a restart and cannot tell whether it was handled. Please check, and ask again " +
  "if needed.";

/** The plain-text explanation sent once in an encrypted room when encryption is off (no MATRIX_CRYPTO_PASSPHRASE). */
export const ENCRYPTED_ROOM_NOTICE =
  "Ik kan versleutelde berichten niet lezen. Maak een kamer zonder versleuteling (in Element: Nieuwe kamer → " +
  "schakel 'End-to-end-versleuteling' uit, of een privégesprek met versleuteling uit) en nodig mij daar uit.\n\n" +
  "I cannot read encrypted messages. Create a room without encryption (in Element: New room → turn off " +
  "'End-to-end encryption') and invite me there.";
