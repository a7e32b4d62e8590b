export type { EncryptedFile } from "./attachments.ts";
export { decryptAttachment, encryptAttachment } from "./attachments.ts";
export type {
  BotCrypto,
  BotCryptoOptions,
  CryptoRoomEvent,
  CryptoSync,
  DecryptOutcome,
  RetryOutcome,
} from "./bot-crypto.ts";
export { loadCryptoModule, openBotCrypto } from "./bot-crypto.ts";
export { CryptoStoreError } from "./crypto-snapshot.ts";

/** The kv key under which the crypto store's copy is kept in the database (unless MATRIX_CRYPTO_STORE_FILE). */
export const CRYPTO_STORE_KEY = "matrix:crypto-store";
export { type EncryptedUpload, encryptedUpload } from "./encrypted-media.ts";
export { createEndToEnd, type EndToEnd, type EndToEndOptions, sdkRequest } from "./end-to-end.ts";
export type { MatrixRequest } from "./http.ts";
export { UNDECRYPTABLE_NOTICE } from "./messages.ts";
export { type PassphraseSource, readCryptoPassphrase } from "./passphrase.ts";
export type { SnapshotStore } from "./snapshot-store.ts";
export { fileSnapshotStore, kvSnapshotStore, LeaseLostError } from "./snapshot-store.ts";
export { staffVerification } from "./staff-verification.ts";
export {
  createVerifier,
  type ShownSas,
  VERIFICATION_REFUSED,
  type VerificationPolicy,
} from "./verification.ts";
