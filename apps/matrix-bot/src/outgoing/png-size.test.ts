import { describe, expect, it } from "vitest";
import { pngSize } from "./png-size.ts";

/** A PNG's signature and IHDR chunk (what pngSize reads), for the given size. */
function pngHeader(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(bytes.buffer);
  view.setUint32(8, 13);
  bytes.set([0x49, 0x48, 0x44, 0x52], 12); // "IHDR"
  view.setUint32(16, width);
  view.setUint32(20, height);
  return bytes;
}

describe("the size of a PNG", () => {
  it("reads width and height from the IHDR chunk", () => {
    expect(pngSize(pngHeader(800, 450))).toEqual({ width: 800, height: 450 });
    expect(pngSize(pngHeader(70_000, 3))).toEqual({ width: 70_000, height: 3 });
  });

  it("gives nothing for other data, a bare signature or a zero size", () => {
    expect(pngSize(new TextEncoder().encode("GIF89a and then some more bytes here"))).toBeUndefined();
    expect(pngSize(pngHeader(800, 450).subarray(0, 8))).toBeUndefined();
    expect(pngSize(pngHeader(0, 450))).toBeUndefined();
    const otherChunk = pngHeader(800, 450);
    otherChunk.set([0x49, 0x44, 0x41, 0x54], 12); // "IDAT" first: not a valid PNG
    expect(pngSize(otherChunk)).toBeUndefined();
  });
});
