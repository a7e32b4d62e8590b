import { createHash, randomBytes } from "node:crypto";
import { type Executor, fromStored, inTransaction, toStored } from "../engine/context.ts";
import { StoreValidationError } from "../errors.ts";

/** A file to keep: what a bot links to from a message (a chart image, an export). */
export type FileInput = { fileName: string; mimeType: string; data: Uint8Array };

/** A kept file as it is served. */
export type StoredFile = FileInput & { createdAt: Date };

/** The largest file kept: far above a chart or an export, far below what either engine can hold in one value. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

/** 256 random bits, as 43 base64url characters. */
const TOKEN_BYTES = 32;
/** What a token can look like; anything else is unknown without asking the database. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{22,128}$/;

function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Both drivers accept a Buffer for blob/bytea; a view on the same memory, no copy. */
function asBuffer(data: Uint8Array): Buffer {
  return Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}

function check(file: FileInput, retentionMs: number): void {
  if (!file.fileName.trim()) throw new StoreValidationError("a file needs a name");
  if (!file.mimeType.trim()) throw new StoreValidationError("a file needs a MIME type");
  if (!(file.data instanceof Uint8Array)) throw new StoreValidationError("a file's data must be bytes");
  if (file.data.byteLength > MAX_FILE_BYTES) {
    throw new StoreValidationError(`a file may be at most ${MAX_FILE_BYTES} bytes (${file.fileName})`);
  }
  if (!Number.isFinite(retentionMs) || retentionMs <= 0) {
    throw new StoreValidationError("a file's retention must be a positive number of milliseconds");
  }
}

/**
 * Files the bots link to from their messages, each under an unguessable token (256 random bits, base64url) until
 * it expires; every replica serves every file, and a restart loses none. Only the token's sha-256 is stored, so
 * the database and its backups never hold a usable link. Not audited: the bot's own output, not a change anyone
 * makes.
 */
export interface FilesRepository {
  /** Keeps the file for `retentionMs` from now; returns its token (the only way to get it back). */
  put(file: FileInput, options: { retentionMs: number }): Promise<string>;
  /** The file under exactly this token, or undefined when unknown or expired. */
  get(token: string): Promise<StoredFile | undefined>;
  /** Removes the files expired at the instant (housekeeping); returns how many. */
  pruneExpired(at: Date): Promise<number>;
}

/** The files repository over an executor. */
export function filesRepository(exec: Executor): FilesRepository {
  return {
    async put(file, { retentionMs }) {
      check(file, retentionMs);
      const token = randomBytes(TOKEN_BYTES).toString("base64url");
      const now = exec.now();
      await inTransaction(exec, (tx) =>
        tx
          .insertInto("files")
          .values({
            tokenHash: hashToken(token),
            fileName: file.fileName,
            mimeType: file.mimeType,
            data: asBuffer(file.data),
            createdAt: toStored(now),
            expiresAt: toStored(new Date(now.getTime() + retentionMs)),
          })
          .execute(),
      );
      return token;
    },

    async get(token) {
      if (!TOKEN_SHAPE.test(token)) return undefined;
      const row = await exec.db
        .selectFrom("files")
        .select(["fileName", "mimeType", "data", "createdAt"])
        .where("tokenHash", "=", hashToken(token))
        .where("expiresAt", ">", toStored(exec.now()))
        .executeTakeFirst();
      if (!row) return undefined;
      return {
        fileName: row.fileName,
        mimeType: row.mimeType,
        data: new Uint8Array(row.data.buffer, row.data.byteOffset, row.data.byteLength),
        createdAt: fromStored(row.createdAt),
      };
    },

    async pruneExpired(at) {
      const result = await inTransaction(exec, (tx) =>
        tx.deleteFrom("files").where("expiresAt", "<=", toStored(at)).executeTakeFirst(),
      );
      return Number(result.numDeletedRows);
    },
  };
}
