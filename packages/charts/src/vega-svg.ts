import { type Loader, parse, View } from "vega";
import { compile, type TopLevelSpec } from "vega-lite";

/** A rendered Vega-Lite spec: the SVG text and where the first view's origin lies in SVG units. */
export type VegaSvg = { svg: string; width: number; height: number; origin: [number, number] };

/** Raised when a spec tries to load anything: pictures are drawn from inline data only. */
export class OfflineLoadError extends Error {
  override readonly name = "OfflineLoadError";
}

/** A Vega loader that refuses every URL and file, recording what was asked. */
function refusingLoader(refused: string[]): Loader {
  const refuse = async (uri: string): Promise<never> => {
    refused.push(uri);
    throw new OfflineLoadError(`charts render offline and never load "${uri}"`);
  };
  return { load: refuse, sanitize: refuse, http: refuse, file: refuse };
}

/** Renders a Vega-Lite spec to SVG headlessly (no canvas, no browser); throws if it tried to load anything. */
export async function renderSvg(spec: TopLevelSpec): Promise<VegaSvg> {
  const refused: string[] = [];
  const view = new View(parse(compile(spec).spec), {
    renderer: "none",
    loader: refusingLoader(refused),
    logLevel: 0,
  });
  try {
    const svg = await view.toSVG();
    if (refused.length > 0) {
      throw new OfflineLoadError(`charts render offline and never load: ${refused.join(", ")}`);
    }
    const size = /<svg[^>]* width="([\d.]+)" height="([\d.]+)"/.exec(svg);
    const padding = view.padding();
    const pad = typeof padding === "number" ? { left: padding, top: padding } : padding;
    const [x, y] = view.origin();
    return {
      svg,
      width: Number(size?.[1]),
      height: Number(size?.[2]),
      origin: [x + (pad.left ?? 0), y + (pad.top ?? 0)],
    };
  } finally {
    view.finalize();
  }
}
