import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderReferenceData, sharedDataDir } from "../../scripts/generate-reference-data.ts";

describe("generated reference data", () => {
  it("is up to date with shared/data", () => {
    // shared/data stands beside every checkout of this project (CI copies it there too).
    expect(
      existsSync(join(sharedDataDir, "gemeenten.csv")),
      `shared data not found at ${sharedDataDir}`,
    ).toBe(true);
    const committed = readFileSync(new URL("./reference-data.generated.ts", import.meta.url), "utf8");
    expect(committed).toBe(renderReferenceData());
  });
});
