import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { municipalities, provinces } from "@weerbaar/domain";
import { describe, expect, it } from "vitest";
import { boundaryFiles, bundledDataDir, sharedDataDir, staleCopies } from "../scripts/copy-boundaries.ts";
import { municipalityShapes, provinceBorders } from "./boundaries.ts";

describe("the bundled boundaries", () => {
  it("are byte-identical copies of ../shared/data (when the shared data is there)", () => {
    const shared = boundaryFiles.filter((f) => existsSync(join(sharedDataDir, f.shared)));
    for (const file of shared) {
      expect(
        readFileSync(join(bundledDataDir, file.bundled)).equals(
          readFileSync(join(sharedDataDir, file.shared)),
        ),
      ).toBe(true);
    }
    if (shared.length === boundaryFiles.length) expect(staleCopies()).toEqual([]);
    for (const file of boundaryFiles) expect(existsSync(join(bundledDataDir, file.bundled))).toBe(true);
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
