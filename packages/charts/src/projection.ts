import { projection } from "vega";
import type { AreaGeometry, LonLat } from "./boundaries.ts";

type PlanarProjection = {
  (point: LonLat): [number, number] | null;
  fitExtent(extent: [[number, number], [number, number]], object: unknown): PlanarProjection;
  scale(): number;
  translate(): [number, number];
};

// vega-typings declare only the registering form of `projection`; called with a name it returns the
// d3-geo constructor vega itself draws with.
const mercator = (projection as unknown as (type: string) => () => PlanarProjection)("mercator");

/** A Mercator projection fitted to some shapes: its parameters for Vega-Lite, and the same mapping to use in code. */
export type FittedProjection = {
  scale: number;
  translate: [number, number];
  /** Where a point lands, in the view's coordinates. */
  project(point: LonLat): [number, number];
};

/** Fits Mercator so the shapes fill a width × height box; tests map known points through the same function. */
export function fitMercator(
  shapes: readonly AreaGeometry[],
  width: number,
  height: number,
): FittedProjection {
  const fitted = mercator().fitExtent(
    [
      [0, 0],
      [width, height],
    ],
    {
      type: "FeatureCollection",
      features: shapes.map((geometry) => ({ type: "Feature", properties: {}, geometry })),
    },
  );
  return {
    scale: fitted.scale(),
    translate: fitted.translate(),
    project(point) {
      const xy = fitted(point);
      if (!xy) throw new RangeError(`cannot project ${point.join(",")}`);
      return xy;
    },
  };
}
