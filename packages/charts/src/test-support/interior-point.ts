import { type AreaGeometry, type LonLat, municipalityShapes } from "../boundaries.ts";

type Ring = LonLat[];

function inside([x, y]: LonLat, rings: readonly Ring[]): boolean {
  let odd = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] ?? [0, 0];
      const [xj, yj] = ring[j] ?? [0, 0];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
    }
  }
  return odd;
}

function distanceToEdges([x, y]: LonLat, rings: readonly Ring[], xScale: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i++) {
      const [ax, ay] = ring[i - 1] ?? [0, 0];
      const [bx, by] = ring[i] ?? [0, 0];
      const [px, py, dx, dy] = [(x - ax) * xScale, y - ay, (bx - ax) * xScale, by - ay];
      const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy || 1)));
      best = Math.min(best, Math.hypot(px - t * dx, py - t * dy));
    }
  }
  return best;
}

function largestPolygon(geometry: AreaGeometry): Ring[] {
  if (geometry.type === "Polygon") return geometry.coordinates;
  const extent = (rings: Ring[]) => {
    const xs = (rings[0] ?? []).map((p) => p[0]);
    const ys = (rings[0] ?? []).map((p) => p[1]);
    return (Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys));
  };
  return [...geometry.coordinates].sort((a, b) => extent(b) - extent(a))[0] ?? [];
}

/** A point well inside a municipality (the grid point farthest from its borders), from the bundled geometry. */
export function interiorPoint(code: string): LonLat {
  const shape = municipalityShapes().find((s) => s.code === code);
  if (!shape) throw new Error(`no geometry for ${code}`);
  const rings = largestPolygon(shape.geometry);
  const outer = rings[0] ?? [];
  const [minX, maxX] = [Math.min(...outer.map((p) => p[0])), Math.max(...outer.map((p) => p[0]))];
  const [minY, maxY] = [Math.min(...outer.map((p) => p[1])), Math.max(...outer.map((p) => p[1]))];
  const xScale = Math.cos((((minY + maxY) / 2) * Math.PI) / 180);
  let best: { point: LonLat; distance: number } | undefined;
  const steps = 60;
  for (let i = 0; i <= steps; i++) {
    for (let j = 0; j <= steps; j++) {
      const point: LonLat = [minX + ((maxX - minX) * i) / steps, minY + ((maxY - minY) * j) / steps];
      if (!inside(point, rings)) continue;
      const distance = distanceToEdges(point, rings, xScale);
      if (!best || distance > best.distance) best = { point, distance };
    }
  }
  if (!best) throw new Error(`no interior point found for ${code}`);
  return best.point;
}
