import { describe, expect, it } from "vitest";
import { normalizeText } from "../normalize.ts";
import { extractSurveyValues } from "./survey-values.ts";

const read = (text: string) => extractSurveyValues(normalizeText(text));

describe("survey values: negation", () => {
  it.each([
    "heeft geen protocol",
    "zonder protocol",
    "has no protocol",
    "doesn't have a protocol",
    "nog geen stappenplan",
    "without a playbook",
  ])("%j means no protocol", (text) => {
    expect(read(text).protocol).toBe("none");
  });

  it("keeps negation local to its term", () => {
    expect(read("heeft een protocol maar geen gedragscode")).toMatchObject({
      protocol: "present",
      codeOfConduct: "no",
    });
    expect(read("heeft geen protocol en een gedragscode")).toMatchObject({
      protocol: "none",
      codeOfConduct: "yes",
    });
    expect(read("geen protocol, wel een gedragscode")).toMatchObject({
      protocol: "none",
      codeOfConduct: "yes",
    });
  });

  it("does not read 'niet gebruikt' as having no protocol", () => {
    expect(read("Leudal heeft een protocol maar het wordt niet gebruikt")).toMatchObject({
      protocol: "present",
      usage: "dormant",
    });
  });
});

describe("survey values: synonyms", () => {
  it.each(["stappenplan", "draaiboek", "agressieprotocol", "protocol agressie en intimidatie"])(
    "'heeft een %s' means a protocol is present",
    (word) => {
      expect(read(`heeft een ${word}`).protocol).toBe("present");
    },
  );

  it.each([
    "ligt op de plank",
    "is slapend",
    "is niet in gebruik",
    "wordt niet gebruikt",
    "is dormant",
    "is not used",
  ])("'%s' is dormant", (phrase) => {
    expect(read(`het protocol ${phrase}`).usage).toBe("dormant");
  });

  it.each(["is actief", "wordt gebruikt", "is in gebruik", "is in use", "is actively used"])(
    "'%s' is active",
    (phrase) => {
      expect(read(`het protocol ${phrase}`).usage).toBe("active");
    },
  );

  it.each([
    "is in de maak",
    "daar werken ze aan",
    "daar wordt aan gewerkt",
    "is in voorbereiding",
    "is being drafted",
  ])("'%s' is in preparation", (phrase) => {
    expect(read(`het protocol ${phrase}`).protocol).toBe("in_preparation");
  });

  it("reads 'nog onbekend' as unknown, on the term it is nearest to", () => {
    expect(read("protocol nog onbekend")).toMatchObject({ protocol: "unknown" });
    expect(read("heeft een protocol, gedragscode onbekend")).toMatchObject({
      protocol: "present",
      codeOfConduct: "unknown",
    });
  });

  it("a usage implies a present protocol", () => {
    expect(read("het ligt op de plank")).toMatchObject({ usage: "dormant", protocol: "present" });
  });
});
