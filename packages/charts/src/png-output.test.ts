import { describe, expect, it } from "vitest";
import { renderProgressChart } from "./progress-chart.ts";
import { renderStatusMap } from "./status-map.ts";
import { PNG_WIDTH } from "./svg-to-png.ts";
import { decodePng } from "./test-support/png-pixels.ts";
import { scatteredSurvey } from "./test-support/survey-scenario.ts";

const MAX_BYTES = 300 * 1024;
// The scattered survey changes colour between most neighbours: the largest PNG the data can make.
const statuses = scatteredSurvey();

describe("every picture is a PNG exactly 1200 px wide and under 300 KB", () => {
  it.each([
    ["the national map", () => renderStatusMap({ statuses, lang: "nl" })],
    ["the map of Limburg", () => renderStatusMap({ statuses, lang: "en", provinceCode: "PV31" })],
    ["the progress chart", () => renderProgressChart({ statuses, lang: "nl" })],
    [
      "the progress chart of Zeeland",
      () => renderProgressChart({ statuses, lang: "en", provinceCode: "PV29" }),
    ],
  ])("renders %s", async (_name, render) => {
    const { png } = await render();
    expect(png.byteLength).toBeLessThan(MAX_BYTES);
    const decoded = decodePng(png);
    expect(decoded.width).toBe(PNG_WIDTH);
    expect(decoded.width).toBe(1200);
    expect(decoded.height).toBeGreaterThan(300);
    expect(decoded.colorAt(2, 2)).toBe("#FFFFFF");
  });

  it("renders the same bytes twice (no clock, no system fonts)", async () => {
    const first = await renderStatusMap({ statuses, lang: "nl", provinceCode: "PV31" });
    const second = await renderStatusMap({ statuses, lang: "nl", provinceCode: "PV31" });
    expect(Buffer.from(second.png).equals(Buffer.from(first.png))).toBe(true);
    // Vega numbers its clip paths with a process-wide counter; everything else is the same.
    const unnumbered = (svg: string) => svg.replace(/clip\d+/g, "clip");
    expect(unnumbered(second.svg)).toBe(unnumbered(first.svg));
  });
});
