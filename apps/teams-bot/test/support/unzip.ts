import { execFileSync } from "node:child_process";
import { PNG } from "pngjs";

/**
 * Reads a zip with tools that share no code with the build: Debian's `unzip` for the listing and the
 * contents, Python's zipfile for the CRC check.
 */
export function readBackZip(file: string): {
  names: string[];
  /** None when every entry's CRC matches, else the first bad entry's name (zipfile.testzip). */
  crcCheck: string;
  read(name: string): Buffer;
} {
  const names = execFileSync("unzip", ["-Z1", file], { encoding: "utf8" }).split("\n").filter(Boolean);
  const crcCheck = execFileSync(
    "python3",
    ["-c", "import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).testzip())", file],
    { encoding: "utf8" },
  ).trim();
  return {
    names,
    crcCheck,
    read: (name) => execFileSync("unzip", ["-p", file, name], { maxBuffer: 16 * 1024 * 1024 }),
  };
}

/** A PNG decoded by pngjs: its size, whether the file has an alpha channel, and RGBA pixels. */
export function decodePng(png: Buffer): { width: number; height: number; alpha: boolean; pixels: Buffer } {
  const image = PNG.sync.read(png);
  return { width: image.width, height: image.height, alpha: image.alpha, pixels: image.data };
}
