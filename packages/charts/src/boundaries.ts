import { MunicipalityCode, ProvinceCode } from "@weerbaar/domain";
import { mesh } from "topojson-client";
import { z } from "zod";
// JSON modules, not files read at run time: the repository's runner bundles workspace code into one file,
// where a path relative to this module would no longer exist. Their sources and licence: data/SOURCES.md.
import municipalityJson from "../data/gemeenten-2025.geo.json" with { type: "json" };
import provinceJson from "../data/provincies-2025.topo.json" with { type: "json" };

/** A longitude, latitude pair (WGS84). */
export type LonLat = [number, number];

/** A municipality's outline; exterior rings are clockwise (the d3-geo convention the projection expects). */
export type AreaGeometry =
  | { type: "Polygon"; coordinates: LonLat[][] }
  | { type: "MultiPolygon"; coordinates: LonLat[][][] };

/** A municipality's CBS code and outline. */
export type MunicipalityShape = { code: string; geometry: AreaGeometry };

/** Lines to stroke, such as province borders. */
export type LineGeometry = { type: "MultiLineString"; coordinates: LonLat[][] };

const MunicipalityFeatures = z.object({
  type: z.literal("FeatureCollection"),
  features: z
    .array(
      z.object({
        type: z.literal("Feature"),
        properties: z.object({ statcode: MunicipalityCode }),
        geometry: z.object({ type: z.enum(["Polygon", "MultiPolygon"]), coordinates: z.array(z.unknown()) }),
      }),
    )
    .length(342),
});

type ProvinceTopology = Parameters<typeof mesh>[0];
type TopologyObject = Parameters<typeof mesh>[1];
const ProvinceObject = z.object({
  type: z.literal("GeometryCollection"),
  geometries: z.array(z.object({ properties: z.object({ statcode: ProvinceCode }) })).length(12),
});

let shapes: readonly MunicipalityShape[] | undefined;
const borders = new Map<string, LineGeometry>();

/** The 342 municipalities of 1 January 2025 (CBS/PDOK, simplified), parsed once and cached. */
export function municipalityShapes(): readonly MunicipalityShape[] {
  shapes ??= MunicipalityFeatures.parse(municipalityJson).features.map((f) => ({
    code: f.properties.statcode,
    geometry: f.geometry as AreaGeometry,
  }));
  return shapes;
}

/** Province borders (all of them, or one province's outline), cached per province. */
export function provinceBorders(provinceCode?: string): LineGeometry {
  const key = provinceCode ?? "*";
  const cached = borders.get(key);
  if (cached) return cached;
  const topology = provinceJson as unknown as ProvinceTopology;
  const object = topology.objects.provincie_2025 as TopologyObject;
  ProvinceObject.parse(object);
  const codeOf = (o: unknown) => (o as { properties: { statcode: string } }).properties.statcode;
  const lines = provinceCode
    ? mesh(topology, object, (a, b) => codeOf(a) === provinceCode || codeOf(b) === provinceCode)
    : mesh(topology, object);
  const geometry = lines as LineGeometry;
  borders.set(key, geometry);
  return geometry;
}
