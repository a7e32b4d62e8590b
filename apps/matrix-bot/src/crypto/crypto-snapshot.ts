import { createHash } from "node:crypto";
import { deserialize, serialize } from "node:v8";
import type { DatabaseDump } from "./indexeddb-snapshot.ts";

const FORMAT = "weerbaar-matrix-crypto";
const VERSION = 1;

/** An encrypted event still waiting for its room key, kept with the store so a restart does not drop it. */
export type PendingEntry = {
  roomId: string;
  /** The event as /sync delivered it (type m.room.encrypted). */
  event: Record<string, unknown>;
  sessionId: string;
  /** When it was first seen undecryptable (ms since epoch, by the bot's clock). */
  firstSeenMs: number;
  attempts: number;
};

/** What is written out: whose device, the IndexedDB databases of its crypto store, the pending events. */
export type CryptoSnapshot = {
  format: typeof FORMAT;
  version: typeof VERSION;
  userId: string;
  deviceId: string;
  databases: DatabaseDump[];
  pending: PendingEntry[];
};

/** The copy of the crypto store cannot be read: never replaced by a fresh device, the bot refuses to start. */
export class CryptoStoreError extends Error {
  override name = "CryptoStoreError";
}

/** Serializes a snapshot (node:v8 keeps typed arrays and other structured-clone values as they are). */
export function encodeSnapshot(snapshot: Omit<CryptoSnapshot, "format" | "version">): Uint8Array {
  return new Uint8Array(serialize({ format: FORMAT, version: VERSION, ...snapshot }));
}

/** Reads a snapshot back; anything else (truncated, foreign, another version) is a CryptoStoreError. */
export function decodeSnapshot(bytes: Uint8Array, where: string): CryptoSnapshot {
  let value: unknown;
  try {
    value = deserialize(bytes);
  } catch (error) {
    throw new CryptoStoreError(
      `The Matrix crypto store in ${where} is corrupted (${(error as Error).message}). / ` +
        `De Matrix-cryptostore in ${where} is beschadigd.`,
    );
  }
  const snapshot = value as Partial<CryptoSnapshot> | null;
  if (
    snapshot === null ||
    typeof snapshot !== "object" ||
    snapshot.format !== FORMAT ||
    snapshot.version !== VERSION ||
    typeof snapshot.userId !== "string" ||
    typeof snapshot.deviceId !== "string" ||
    !Array.isArray(snapshot.databases) ||
    !Array.isArray(snapshot.pending)
  ) {
    throw new CryptoStoreError(
      `The Matrix crypto store in ${where} is not a Weerbaar crypto store (format ${FORMAT} v${VERSION}). / ` +
        `De Matrix-cryptostore in ${where} is geen Weerbaar-cryptostore.`,
    );
  }
  return snapshot as CryptoSnapshot;
}

/** A digest of the encoded bytes: an unchanged store is not written again. */
export function snapshotDigest(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
