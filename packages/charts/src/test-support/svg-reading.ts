const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", "#39": "'" };
const unescapeXml = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|apos|#39);/g, (_, e: string) => entities[e] ?? e);

/** The text content of every <text> element, unescaped. */
export function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => unescapeXml(m[1] ?? ""));
}

/** A drawn bar segment: its accessible label, its width in SVG units and its fill colour. */
export type BarPath = { label: string; width: number; fill: string };

/** The bar segments of one mark group (e.g. "concat_0_marks"), in drawing order. */
export function barPaths(svg: string, markName: string): BarPath[] {
  const start = svg.indexOf(`role-mark ${markName}"`);
  if (start < 0) throw new Error(`no mark group ${markName}`);
  const end = svg.indexOf("</g>", start);
  return [
    ...svg
      .slice(start, end)
      .matchAll(/<path aria-label="([^"]*)"[^>]* d="M[^h]*h([-\d.e]+)[^"]*" fill="([^"]*)"/g),
  ].map((m) => ({ label: unescapeXml(m[1] ?? ""), width: Number(m[2]), fill: (m[3] ?? "").toUpperCase() }));
}

/** The accessible labels of the shapes of one mark group (e.g. "layer_0_marks"). */
export function shapeLabels(svg: string, markName: string): string[] {
  const start = svg.indexOf(`role-mark ${markName}"`);
  if (start < 0) throw new Error(`no mark group ${markName}`);
  const end = svg.indexOf("</g>", start);
  return [...svg.slice(start, end).matchAll(/<path aria-label="([^"]*)"/g)].map((m) =>
    unescapeXml(m[1] ?? ""),
  );
}
