import type { Request, Response } from "express";
import type { CardFiles } from "./card-files.ts";

/** A file name safe inside a quoted Content-Disposition parameter: word characters, dots and dashes only. */
function safeFileName(fileName: string): string {
  return fileName.replace(/[^\w.-]/g, "_");
}

/**
 * GET /files/:token: the card file under the token, 404 when unknown or expired. Served inline as its own type,
 * never sniffed as something else, and cached only by the user's client.
 */
export function serveCardFile(files: CardFiles) {
  return async (req: Request<{ token: string }>, res: Response): Promise<void> => {
    const file = await files.get(req.params.token);
    if (!file) {
      res.status(404).end();
      return;
    }
    res.setHeader("Content-Type", file.mimeType);
    res.setHeader("Cache-Control", "private, max-age=3600");
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Content-Disposition", `inline; filename="${safeFileName(file.fileName)}"`);
    res.end(Buffer.from(file.data.buffer, file.data.byteOffset, file.data.byteLength));
  };
}
