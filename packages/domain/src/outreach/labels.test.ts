import { describe, expect, it } from "vitest";
import { outreachStageLabel, supportKindLabel } from "./labels.ts";
import { OutreachStage, SupportKind } from "./outreach.ts";

describe("outreach labels", () => {
  it("names every stage in Dutch and English", () => {
    expect(OutreachStage.options.map((s) => outreachStageLabel(s, "nl"))).toEqual([
      "nog niet benaderd",
      "brief verstuurd",
      "gebeld",
      "gesprek gepland",
      "gesprek gevoerd",
      "vervolg",
    ]);
    expect(outreachStageLabel("meeting_held", "en")).toBe("meeting held");
  });

  it("names every kind of support in Dutch and English", () => {
    expect(SupportKind.options.map((k) => supportKindLabel(k, "nl"))).toEqual([
      "gespreksbegeleiding",
      "hulp bij een protocol",
      "hulp bij een gedragscode",
      "training",
    ]);
    expect(supportKindLabel("code_of_conduct_help", "en")).toBe("help with a code of conduct");
  });
});
