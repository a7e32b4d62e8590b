import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { municipalities, provinces } from "@weerbaar/domain";
import { describe, expect, it } from "vitest";
import { municipalityShapes, provinceBorders } from "./boundaries.ts";

const dataDir = fileURLToPath(new URL("../data", import.meta.url));

describe("the bundled boundaries", () => {
  it("are the files data/SOURCES.md describes, byte for byte in size", () => {
    const sources = readFileSync(join(dataDir, "SOURCES.md"), "utf8");
    for (const file of ["gemeenten-2025.geo.json", "provincies-2025.topo.json"]) {
      const documented = new RegExp(
        `^## ${file.replaceAll(".", "\\.")} .*: [^,]+, ([\\d,]+) bytes$`,
        "m",
      ).exec(sources);
      expect(documented, `${file} is described in SOURCES.md`).not.toBeNull();
      expect(statSync(join(dataDir, file)).size).toBe(Number(documented?.[1]?.replaceAll(",", "")));
    }
    expect(sources).toContain("CC BY 4.0");
  });

  it("hold one outline for each of the 342 municipalities, joined on the CBS code", () => {
    const codes = municipalityShapes().map((s) => s.code);
    expect(codes).toHaveLength(342);
    expect(new Set(codes)).toEqual(new Set(municipalities.map((m) => m.code)));
  });

  it("draw province borders, and one province's outline on its own", () => {
    const all = provinceBorders();
    const limburg = provinceBorders("PV31");
    expect(all.type).toBe("MultiLineString");
    expect(limburg.coordinates.length).toBeGreaterThan(0);
    expect(limburg.coordinates.length).toBeLessThan(all.coordinates.length);
    expect(provinces).toHaveLength(12);
  });
});
