import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";

/** The two icons every Teams app package needs, with the size Teams requires of each. */
export const ICONS = {
  /** Full colour, 192 × 192. */
  color: { file: "color.png", source: "color.svg", size: 192 },
  /** White on transparent, 32 × 32. */
  outline: { file: "outline.png", source: "outline.svg", size: 32 },
} as const;

/** Which icon: `color` or `outline`. */
export type IconName = keyof typeof ICONS;

/**
 * Renders an SVG icon to PNG at its own size, on a transparent background, without system fonts (the icons
 * draw no text), so the bytes are the same on every machine.
 */
export function renderSvgIcon(svg: string, expectedSize: number): Buffer {
  const image = new Resvg(svg, { fitTo: { mode: "original" }, font: { loadSystemFonts: false } }).render();
  if (image.width !== expectedSize || image.height !== expectedSize)
    throw new Error(
      `The icon SVG renders at ${image.width}×${image.height}; Teams needs ${expectedSize}×${expectedSize}.`,
    );
  return image.asPng();
}

/** Both icons rendered from their SVG sources in `directory` (appPackage/). */
export function renderIconSources(directory: string): Record<IconName, Buffer> {
  const render = (name: IconName) =>
    renderSvgIcon(readFileSync(join(directory, ICONS[name].source), "utf8"), ICONS[name].size);
  return { color: render("color"), outline: render("outline") };
}
