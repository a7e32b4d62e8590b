import { Resvg } from "@resvg/resvg-js";
import { dejaVuFontFiles, FONT_FAMILY } from "./fonts.ts";

/** Every PNG is exactly this many pixels wide; its height follows the picture's proportions. */
export const PNG_WIDTH = 1200;

/** Rasterises an SVG to a PNG PNG_WIDTH pixels wide on white, with the bundled fonts only (no system fonts). */
export function svgToPng(svg: string): Uint8Array {
  const png = new Resvg(svg, {
    fitTo: { mode: "width", value: PNG_WIDTH },
    background: "#ffffff",
    font: { fontFiles: dejaVuFontFiles(), loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
  })
    .render()
    .asPng();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
