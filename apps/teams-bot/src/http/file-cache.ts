import { randomBytes } from "node:crypto";

/** A file the bot serves to Teams clients for a while (card images, downloads). */
export type CachedFile = { fileName: string; mimeType: string; data: Uint8Array; expiresAt: number };

/**
 * In-memory, store-free cache of files referenced by cards, each under an unguessable token (256 random bits)
 * that expires. Bounded: the oldest entries go first. Files vanish on restart; cards then show a broken image,
 * which is acceptable for result charts that the assistant can draw again.
 */
export type FileCache = {
  /** Stores the file and returns its token. */
  put(file: Omit<CachedFile, "expiresAt">): string;
  /** The file under the token, unless unknown or expired. */
  get(token: string): CachedFile | undefined;
};

/** A file cache with the given lifetime and capacity; `now` decides expiry. */
export function createFileCache(options: {
  now: () => Date;
  ttlMs?: number;
  maxEntries?: number;
}): FileCache {
  const ttlMs = options.ttlMs ?? 24 * 60 * 60 * 1000;
  const maxEntries = options.maxEntries ?? 500;
  const files = new Map<string, CachedFile>();
  return {
    put(file) {
      const token = randomBytes(32).toString("base64url");
      files.set(token, { ...file, expiresAt: options.now().getTime() + ttlMs });
      while (files.size > maxEntries) {
        const oldest = files.keys().next().value;
        if (oldest === undefined) break;
        files.delete(oldest);
      }
      return token;
    },
    get(token) {
      const file = files.get(token);
      if (!file) return undefined;
      if (file.expiresAt <= options.now().getTime()) {
        files.delete(token);
        return undefined;
      }
      return file;
    },
  };
}
