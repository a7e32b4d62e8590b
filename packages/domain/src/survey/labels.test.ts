import { describe, expect, it } from "vitest";
import { codeOfConductLabel, protocolStatusLabel, protocolUsageLabel } from "./labels.ts";
import { CodeOfConductStatus, ProtocolStatus, ProtocolUsage } from "./survey-status.ts";

describe("survey labels", () => {
  it("names each value in both languages, distinctly", () => {
    for (const lang of ["nl", "en"] as const) {
      const names = [
        ...ProtocolStatus.options.map((s) => protocolStatusLabel(s, lang)),
        ...ProtocolUsage.options.map((u) => protocolUsageLabel(u, lang)),
        ...CodeOfConductStatus.options.map((c) => codeOfConductLabel(c, lang)),
      ];
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it("uses the team's words", () => {
    expect(protocolUsageLabel("dormant", "nl")).toBe("ligt op de plank");
    expect(protocolStatusLabel("in_preparation", "nl")).toBe("protocol in de maak");
    expect(codeOfConductLabel("no", "en")).toBe("no code of conduct");
  });
});
