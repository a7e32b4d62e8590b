import { describe, expect, it } from "vitest";
import { decryptAttachment, encryptAttachment } from "./attachments.ts";

describe("encrypted attachments", () => {
  it("round-trips the bytes under a fresh key, and the ciphertext is not the plaintext", () => {
    const data = new Uint8Array(Buffer.from("\x89PNG fake chart bytes ".repeat(50)));
    const { ciphertext, file } = encryptAttachment(data);
    expect(Buffer.from(ciphertext).equals(Buffer.from(data))).toBe(false);
    expect(file).toMatchObject({ v: "v2", key: { alg: "A256CTR", kty: "oct", ext: true } });
    expect(Buffer.from(file.iv, "base64").subarray(8)).toEqual(Buffer.alloc(8));
    expect(Buffer.from(decryptAttachment(ciphertext, file)).equals(Buffer.from(data))).toBe(true);
    expect(encryptAttachment(data).file.key.k).not.toBe(file.key.k);
  });

  it("refuses a ciphertext whose hash does not match", () => {
    const { ciphertext, file } = encryptAttachment(new Uint8Array([1, 2, 3, 4]));
    ciphertext[0] = (ciphertext[0] ?? 0) ^ 0xff;
    expect(() => decryptAttachment(ciphertext, file)).toThrow(/hash/);
  });
});
