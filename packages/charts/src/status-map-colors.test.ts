import { beforeAll, describe, expect, it } from "vitest";
import { STATUS_COLORS } from "./status-category.ts";
import { drawStatusMap } from "./status-map.ts";
import { interiorPoint } from "./test-support/interior-point.ts";
import { decodePng } from "./test-support/png-pixels.ts";
import { surveyScenario } from "./test-support/survey-scenario.ts";

const leudal = "GM1640";
const venlo = "GM0983";
const maastricht = "GM0935";
const roermond = "GM0957"; // borders Leudal; nothing recorded
const heerlen = "GM0917";
const weert = "GM0988";
const amsterdam = "GM0363";

describe("the map colours each municipality by its recorded status", () => {
  const statuses = surveyScenario({
    [leudal]: { protocol: "present", usage: "dormant" },
    [venlo]: { protocol: "none" },
    [maastricht]: { protocol: "present", usage: "active" },
    [heerlen]: { protocol: "in_preparation" },
    [weert]: { protocol: "present", usage: "unknown" },
    [amsterdam]: { protocol: "none" },
  });

  type Drawn = Awaited<ReturnType<typeof drawStatusMap>> & { decoded: ReturnType<typeof decodePng> };
  const draw = async (provinceCode?: string): Promise<Drawn> => {
    const map = await drawStatusMap({ statuses, lang: "nl", provinceCode });
    return { ...map, decoded: decodePng(map.png) };
  };
  let nationalMap: Drawn;
  let limburgMap: Drawn;
  beforeAll(async () => {
    nationalMap = await draw();
    limburgMap = await draw("PV31");
  });

  it.each([
    ["Leudal", leudal, STATUS_COLORS.dormant],
    ["Venlo", venlo, STATUS_COLORS.none],
    ["Maastricht", maastricht, STATUS_COLORS.active],
    ["Roermond", roermond, STATUS_COLORS.unknown],
    ["Heerlen", heerlen, STATUS_COLORS.in_preparation],
    ["Weert", weert, STATUS_COLORS.present_usage_unknown],
    ["Amsterdam", amsterdam, STATUS_COLORS.none],
  ])("paints %s (%s) in its status colour on the national map", async (_name, code, color) => {
    const map = nationalMap;
    const [x, y] = map.pixelOf(interiorPoint(code));
    expect(map.decoded.colorAt(x, y)).toBe(color);
  });

  it.each([
    ["Leudal", leudal, STATUS_COLORS.dormant],
    ["Roermond", roermond, STATUS_COLORS.unknown],
    ["Maastricht", maastricht, STATUS_COLORS.active],
  ])("paints %s (%s) in its status colour on the Limburg map", async (_name, code, color) => {
    const map = limburgMap;
    const [x, y] = map.pixelOf(interiorPoint(code));
    expect(map.decoded.colorAt(x, y)).toBe(color);
  });
});
