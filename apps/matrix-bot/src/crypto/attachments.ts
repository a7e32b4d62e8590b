import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

/** The JSON Web Key of an encrypted attachment (spec: `m.file` EncryptedFile `key`). */
export type AttachmentKey = {
  kty: "oct";
  key_ops: string[];
  alg: "A256CTR";
  /** The 256-bit AES key, unpadded base64url. */
  k: string;
  ext: true;
};

/** An encrypted file as an event carries it instead of `url` (spec: EncryptedFile, version v2). */
export type EncryptedFile = {
  url: string;
  key: AttachmentKey;
  /** The 128-bit counter block, unpadded base64. */
  iv: string;
  /** SHA-256 of the ciphertext, unpadded base64. */
  hashes: { sha256: string };
  v: "v2";
};

const unpadded = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64").replace(/=+$/, "");

/**
 * Encrypts an attachment's bytes with AES-256-CTR under a fresh key: the ciphertext goes to the media
 * repository, the returned `file` (with the upload's mxc url added) into the event, which is itself encrypted.
 */
export function encryptAttachment(data: Uint8Array): {
  ciphertext: Uint8Array;
  file: Omit<EncryptedFile, "url">;
} {
  const key = randomBytes(32);
  // The spec's IV: 64 random bits, then a 64-bit block counter starting at zero (Element wraps otherwise).
  const iv = Buffer.concat([randomBytes(8), Buffer.alloc(8)]);
  const cipher = createCipheriv("aes-256-ctr", key, iv);
  const ciphertext = Buffer.concat([cipher.update(data), cipher.final()]);
  return {
    ciphertext: new Uint8Array(ciphertext),
    file: {
      key: {
        kty: "oct",
        key_ops: ["encrypt", "decrypt"],
        alg: "A256CTR",
        k: key.toString("base64url"),
        ext: true,
      },
      iv: unpadded(iv),
      hashes: { sha256: unpadded(createHash("sha256").update(ciphertext).digest()) },
      v: "v2",
    },
  };
}

/** Decrypts an attachment after checking its hash (what a receiving client does). */
export function decryptAttachment(ciphertext: Uint8Array, file: Omit<EncryptedFile, "url">): Uint8Array {
  const hash = unpadded(createHash("sha256").update(ciphertext).digest());
  if (hash !== file.hashes.sha256) throw new Error("encrypted attachment: the SHA-256 hash does not match");
  const key = Buffer.from(file.key.k, "base64url");
  const iv = Buffer.from(file.iv, "base64");
  const decipher = createDecipheriv("aes-256-ctr", key, iv);
  return new Uint8Array(Buffer.concat([decipher.update(ciphertext), decipher.final()]));
}
