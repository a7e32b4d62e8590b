import { bodiesInProvince } from "@weerbaar/domain";
import { beforeAll, describe, expect, it } from "vitest";
import { drawStatusMap } from "./status-map.ts";
import { interiorPoint } from "./test-support/interior-point.ts";
import { decodePng } from "./test-support/png-pixels.ts";
import { surveyScenario } from "./test-support/survey-scenario.ts";
import { shapeLabels } from "./test-support/svg-reading.ts";

const limburg = "PV31";
const codesIn = (labels: string[]) => labels.map((l) => /\((GM\d{4})\)/.exec(l)?.[1]).sort();

describe("the map of one province ('kaart van Limburg')", () => {
  let map: Awaited<ReturnType<typeof drawStatusMap>>;
  beforeAll(async () => {
    map = await drawStatusMap({ statuses: surveyScenario(), lang: "nl", provinceCode: limburg });
  });

  it("draws exactly Limburg's 31 municipalities", () => {
    const expected = bodiesInProvince(limburg)
      .filter((b) => b.kind === "municipality")
      .map((b) => b.code)
      .sort();
    expect(expected).toHaveLength(31);
    expect(codesIn(shapeLabels(map.svg, "layer_0_marks"))).toEqual(expected);
    expect(map.counts.municipalities.total).toBe(31);
  });

  it.each([
    ["Eindhoven", "GM0772"],
    ["Nijmegen", "GM0268"],
  ])("leaves %s (outside Limburg) as white background", (_name, code) => {
    const [x, y] = map.pixelOf(interiorPoint(code));
    const png = decodePng(map.png);
    expect(x).toBeGreaterThanOrEqual(0);
    expect(x).toBeLessThan(png.width);
    expect(y).toBeGreaterThanOrEqual(0);
    expect(y).toBeLessThan(png.height);
    expect(png.colorAt(x, y)).toBe("#FFFFFF");
  });

  it("zooms in: Limburg fills far more of the picture than on the national map", async () => {
    const national = await drawStatusMap({ statuses: surveyScenario(), lang: "nl" });
    const height = (m: typeof map) =>
      m.pixelOf(interiorPoint("GM0935"))[1] - m.pixelOf(interiorPoint("GM0983"))[1];
    expect(codesIn(shapeLabels(national.svg, "layer_0_marks"))).toHaveLength(342);
    expect(height(map)).toBeGreaterThan(2.5 * height(national));
  });
});
