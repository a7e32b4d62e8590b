import { type EncryptedFile, encryptAttachment } from "./attachments.ts";

/** What goes to the media repository for an attachment in an encrypted room, and how the event points at it. */
export type EncryptedUpload = {
  /** The ciphertext to upload (as application/octet-stream: the real type is only in the encrypted event). */
  bytes: Uint8Array;
  mimeType: "application/octet-stream";
  /** The event content's `file` for the uploaded mxc url, replacing `url`. */
  fileFor(url: string): EncryptedFile;
};

/** Encrypts an attachment for an encrypted room (spec: sending encrypted attachments). */
export function encryptedUpload(data: Uint8Array): EncryptedUpload {
  const { ciphertext, file } = encryptAttachment(data);
  return { bytes: ciphertext, mimeType: "application/octet-stream", fileFor: (url) => ({ url, ...file }) };
}
