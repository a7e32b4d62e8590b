import { describe, expect, it } from "vitest";
import { describeChange } from "./describe-change.ts";
import { isDormant, type SurveyStatus, unknownSurveyStatus } from "./survey-status.ts";

const leudal = (overrides: Partial<SurveyStatus> = {}): SurveyStatus => ({
  ...unknownSurveyStatus("GM1640"),
  ...overrides,
});

describe("describeChange", () => {
  it("lists the protocol and usage change of 'Leudal heeft een protocol maar het ligt op de plank'", () => {
    const changes = describeChange(leudal(), {
      protocol: "present",
      usage: "dormant",
      codeOfConduct: "unknown",
    });
    expect(changes).toEqual([
      { field: "protocol", from: "unknown", to: "present" },
      { field: "usage", from: "unknown", to: "dormant" },
    ]);
  });

  it("is empty when nothing changes, treating a missing and an empty note alike", () => {
    const before = leudal({ protocol: "none", codeOfConduct: "no", note: undefined });
    expect(
      describeChange(before, { protocol: "none", usage: "unknown", codeOfConduct: "no", note: "" }),
    ).toEqual([]);
  });

  it("lists code of conduct, note and source changes", () => {
    const before = leudal({ codeOfConduct: "no", note: "oud", source: "uitvraag 2023" });
    const changes = describeChange(before, {
      protocol: "unknown",
      usage: "unknown",
      codeOfConduct: "yes",
      note: "nieuw",
      source: "uitvraag 2023",
    });
    expect(changes.map((c) => c.field)).toEqual(["codeOfConduct", "note"]);
    expect(changes[1]).toEqual({ field: "note", from: "oud", to: "nieuw" });
  });
});

describe("isDormant", () => {
  it("is true only for a present protocol that lies on the shelf", () => {
    expect(isDormant({ protocol: "present", usage: "dormant" })).toBe(true);
    expect(isDormant({ protocol: "present", usage: "active" })).toBe(false);
    expect(isDormant({ protocol: "in_preparation", usage: "dormant" })).toBe(false);
  });
});
