import { type Zippable, zipSync } from "fflate";

/** One file to put in a zip archive. */
export type ZipEntry = { name: string; data: Uint8Array };

// fflate writes DOS timestamps from the local-time getters, so a date built from local parts gives the same
// bytes in every time zone: a fixed stamp keeps the archive byte-for-byte reproducible.
const FIXED_MTIME = new Date(2000, 0, 1, 0, 0, 0);

/** A deflated zip archive of `entries`, in the order given, with fixed timestamps. */
export function createZip(entries: readonly ZipEntry[]): Uint8Array {
  const files: Zippable = {};
  for (const entry of entries) {
    if (Object.hasOwn(files, entry.name)) throw new Error(`The zip already holds a file "${entry.name}".`);
    files[entry.name] = [entry.data, { mtime: FIXED_MTIME }];
  }
  return zipSync(files, { level: 9, mtime: FIXED_MTIME });
}
