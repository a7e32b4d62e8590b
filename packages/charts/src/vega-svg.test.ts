import { describe, expect, it } from "vitest";
import { OfflineLoadError, renderSvg } from "./vega-svg.ts";

describe("rendering never goes online", () => {
  it("refuses a spec that loads its data from a URL", async () => {
    const spec = {
      data: { url: "https://example.org/gemeenten.json" },
      mark: "bar",
      encoding: { x: { field: "a", type: "quantitative" } },
    } as const;
    await expect(renderSvg(spec)).rejects.toThrow(OfflineLoadError);
    await expect(renderSvg(spec)).rejects.toThrow(/example\.org/);
  });

  it("renders inline data to SVG", async () => {
    const { svg, width, origin } = await renderSvg({
      padding: 10,
      data: { values: [{ a: 1 }, { a: 2 }] },
      mark: "bar",
      encoding: { x: { field: "a", type: "quantitative" } },
    });
    expect(svg).toMatch(/^<svg /);
    expect(width).toBeGreaterThan(0);
    expect(svg).toContain(`transform="translate(${origin[0]},${origin[1]})"`);
  });
});
