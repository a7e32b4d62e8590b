import { describe, expect, it } from "vitest";
import { normalizeText } from "../normalize.ts";
import { extractSurveyValues } from "./survey-values.ts";

const read = (text: string) => extractSurveyValues(normalizeText(text));

describe("survey values: where a term stands", () => {
  it("reads after a term of several words from its last word", () => {
    expect(read("protocol yes, code of conduct no")).toMatchObject({
      protocol: "present",
      codeOfConduct: "no",
    });
    expect(read("Zwolle has an integrity code").codeOfConduct).toBe("yes");
  });

  it("takes the verb after the term, as Dutch puts it in a subordinate clause", () => {
    expect(read("noteer dat Eindhoven een gedragscode heeft").codeOfConduct).toBe("yes");
    expect(read("een protocol heeft Helmond wel, maar een gedragscode niet")).toMatchObject({
      protocol: "present",
      codeOfConduct: "no",
    });
  });

  it("reads 'niks' and 'niets' as negations", () => {
    expect(read("hebben nog niks geregeld qua protocol").protocol).toBe("none");
  });

  it("needs a protocol or code of conduct for an unknown status", () => {
    expect(read("ik heb geen idee hoe dit werkt").protocol).toBeUndefined();
    expect(read("of ze een protocol hebben is onbekend").protocol).toBe("unknown");
  });
});
