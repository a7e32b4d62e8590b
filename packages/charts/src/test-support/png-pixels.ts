import { PNG } from "pngjs";

/** A decoded PNG that answers the colour of a pixel as "#RRGGBB". */
export type DecodedPng = { width: number; height: number; colorAt(x: number, y: number): string };

const hex = (n: number | undefined) => (n ?? 0).toString(16).padStart(2, "0").toUpperCase();

/** Decodes PNG bytes (throws if they are not a valid PNG). */
export function decodePng(bytes: Uint8Array): DecodedPng {
  const png = PNG.sync.read(Buffer.from(bytes));
  return {
    width: png.width,
    height: png.height,
    colorAt(x, y) {
      const i = (png.width * Math.floor(y) + Math.floor(x)) * 4;
      return `#${hex(png.data[i])}${hex(png.data[i + 1])}${hex(png.data[i + 2])}`;
    },
  };
}
