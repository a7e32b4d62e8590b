import { describe, expect, it } from "vitest";
import { STATUS_COLORS, StatusCategory, statusCategoryLabel, statusCategoryOf } from "./status-category.ts";

describe("status categories", () => {
  it.each([
    [{ protocol: "present", usage: "active" }, "active"],
    [{ protocol: "present", usage: "dormant" }, "dormant"],
    [{ protocol: "present", usage: "unknown" }, "present_usage_unknown"],
    [{ protocol: "in_preparation", usage: "unknown" }, "in_preparation"],
    [{ protocol: "none", usage: "unknown" }, "none"],
    [{ protocol: "unknown", usage: "unknown" }, "unknown"],
  ] as const)("files %o under %s", (status, category) => {
    expect(statusCategoryOf(status)).toBe(category);
  });

  it("gives each category its own colour, as #RRGGBB, none of them white", () => {
    const colors = StatusCategory.options.map((c) => STATUS_COLORS[c]);
    expect(new Set(colors).size).toBe(StatusCategory.options.length);
    for (const color of colors) expect(color).toMatch(/^#[0-9A-F]{6}$/);
    expect(colors).not.toContain("#FFFFFF");
  });

  it("names each category distinctly in Dutch and in English", () => {
    for (const lang of ["nl", "en"] as const) {
      const names = StatusCategory.options.map((c) => statusCategoryLabel(c, lang));
      expect(new Set(names).size).toBe(names.length);
    }
    expect(statusCategoryLabel("dormant", "nl")).toBe("slapend");
    expect(statusCategoryLabel("present_usage_unknown", "en")).toBe("present (use unknown)");
  });
});
