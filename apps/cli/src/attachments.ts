import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { Attachment } from "@weerbaar/assistant";

/** Where the console chat saves pictures: WEERBAAR_ATTACHMENTS_DIR, else ./data/attachments (ignored by git). */
export const attachmentsDir = (): string =>
  resolve(process.env.WEERBAAR_ATTACHMENTS_DIR ?? "./data/attachments");

/** Saves an attachment as `<timestamp>-<fileName>` (never overwriting) and answers its absolute path. */
export async function saveAttachment(
  attachment: Attachment,
  at: Date,
  dir = attachmentsDir(),
): Promise<string> {
  await mkdir(dir, { recursive: true });
  const stamp = at
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
  const safeName = attachment.fileName.replace(/[^\w.-]+/g, "_");
  for (let n = 1; ; n++) {
    const path = join(dir, `${stamp}-${n === 1 ? "" : `${n}-`}${safeName}`);
    try {
      await writeFile(path, attachment.data, { flag: "wx" });
      return path;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
}
