import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderReferenceData } from "../../scripts/generate-reference-data.ts";

describe("generated reference data", () => {
  it("is up to date with the CSV files in data/", () => {
    const committed = readFileSync(new URL("./reference-data.generated.ts", import.meta.url), "utf8");
    expect(committed).toBe(renderReferenceData());
  });
});
