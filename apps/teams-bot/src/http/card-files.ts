import type { FileInput, StoredFile } from "@weerbaar/store";
import type { TeamsBotStore } from "../store-port.ts";

/** The files cards link to (chart images, downloads): kept under an unguessable token, served until they expire. */
export type CardFiles = {
  /** Keeps the file for the retention time; returns its token. */
  put(file: FileInput): Promise<string>;
  /** The file under exactly this token, unless unknown or expired. */
  get(token: string): Promise<StoredFile | undefined>;
};

/** How long card files stay available unless FILE_RETENTION_DAYS says otherwise: a card is still read a year on. */
export const DEFAULT_FILE_RETENTION_DAYS = 365;

const DAY_MS = 86_400_000;

/**
 * Card files in the store, so a card's picture still shows after a restart, on any replica and a year later;
 * the store's housekeeping removes them once `retentionDays` have passed.
 */
export function storeCardFiles(store: Pick<TeamsBotStore, "files">, retentionDays: number): CardFiles {
  const retentionMs = retentionDays * DAY_MS;
  return {
    put: (file) => store.files.put(file, { retentionMs }),
    get: (token) => store.files.get(token),
  };
}
