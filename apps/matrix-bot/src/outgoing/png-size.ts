const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * The width and height of a PNG, read from its header (the IHDR chunk must come first, right after the
 * 8-byte signature); undefined for anything that is not a PNG.
 */
export function pngSize(data: Uint8Array): { width: number; height: number } | undefined {
  if (data.length < 24 || SIGNATURE.some((byte, i) => data[i] !== byte)) return undefined;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const chunkType = String.fromCharCode(...data.subarray(12, 16));
  if (chunkType !== "IHDR") return undefined;
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  return width > 0 && height > 0 ? { width, height } : undefined;
}
