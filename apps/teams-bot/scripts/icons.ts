import type { RgbaImage } from "./png.ts";

type Rgb = readonly [number, number, number];

const NAVY: Rgb = [0x1f, 0x3a, 0x5f];
const WHITE: Rgb = [0xff, 0xff, 0xff];

/** Inside the shield, in coordinates where the icon spans -1..1. */
function inShield(x: number, y: number): boolean {
  if (y < -0.72 || y > 0.85) return false;
  if (y <= 0.1) return Math.abs(x) <= 0.68;
  const t = (y - 0.1) / 0.75;
  return Math.abs(x) <= 0.68 * Math.sqrt(Math.max(0, 1 - t * t));
}

function distanceToSegment(
  x: number,
  y: number,
  a: readonly [number, number],
  b: readonly [number, number],
): number {
  const [ax, ay] = a;
  const [bx, by] = b;
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

const W_STROKE: readonly (readonly [number, number])[] = [
  [-0.42, -0.36],
  [-0.22, 0.36],
  [0, -0.12],
  [0.22, 0.36],
  [0.42, -0.36],
];

function inLetterW(x: number, y: number, thickness: number): boolean {
  for (let i = 0; i + 1 < W_STROKE.length; i++) {
    const a = W_STROKE[i];
    const b = W_STROKE[i + 1];
    if (a && b && distanceToSegment(x, y, a, b) <= thickness) return true;
  }
  return false;
}

/** Renders `paint` (colour + alpha per point, or undefined for transparent) with 4×4 supersampling. */
function rasterize(size: number, paint: (x: number, y: number) => [Rgb, number] | undefined): RgbaImage {
  const pixels = new Uint8Array(size * size * 4);
  const samples = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = ((px + (sx + 0.5) / samples) / size) * 2 - 1;
          const y = ((py + (sy + 0.5) / samples) / size) * 2 - 1;
          const hit = paint(x, y);
          if (!hit) continue;
          const [[cr, cg, cb], alpha] = hit;
          r += cr * alpha;
          g += cg * alpha;
          b += cb * alpha;
          a += alpha;
        }
      }
      const offset = (py * size + px) * 4;
      const n = samples * samples;
      pixels[offset] = a > 0 ? Math.round(r / a) : 0;
      pixels[offset + 1] = a > 0 ? Math.round(g / a) : 0;
      pixels[offset + 2] = a > 0 ? Math.round(b / a) : 0;
      pixels[offset + 3] = Math.round((a / n) * 255);
    }
  }
  return { width: size, height: size, pixels };
}

/** The 192×192 colour icon: a white shield with a navy W on a navy square. */
export function colorIcon(): RgbaImage {
  return rasterize(192, (x, y) => {
    const inner = inShield(x / 0.82, y / 0.82);
    if (inner && inLetterW(x, y, 0.085)) return [NAVY, 1];
    if (inner) return [WHITE, 1];
    return [NAVY, 1];
  });
}

/** The 32×32 outline icon: white shield outline and W on transparent, as Teams requires. */
export function outlineIcon(): RgbaImage {
  return rasterize(32, (x, y) => {
    const outer = inShield(x / 0.95, y / 0.95);
    const inner = inShield(x / 0.78, y / 0.78);
    if (outer && !inner) return [WHITE, 1];
    if (inner && inLetterW(x * 1.15, y * 1.15, 0.13)) return [WHITE, 1];
    return undefined;
  });
}
