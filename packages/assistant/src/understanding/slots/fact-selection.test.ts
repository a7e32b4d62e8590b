import { describe, expect, it } from "vitest";
import { readFactSelection } from "./fact-selection.ts";

describe("which facts of a note to write", () => {
  it.each([
    ["alles", { kind: "all" }],
    ["ja, alles", { kind: "all" }],
    ["all of them", { kind: "all" }],
    ["geen", { kind: "none" }],
    ["alleen 1 en 3", { kind: "some", numbers: [1, 3] }],
    ["1,3", { kind: "some", numbers: [1, 3] }],
    ["3, 1 en 1", { kind: "some", numbers: [1, 3] }],
    ["only 2", { kind: "some", numbers: [2] }],
    ["nee, alleen twee", { kind: "some", numbers: [2] }],
    ["1-3", { kind: "some", numbers: [1, 2, 3] }],
    ["2 t/m 4", { kind: "some", numbers: [2, 3, 4] }],
    ["alles behalve 2", { kind: "some", numbers: [1, 3, 4, 5] }],
    ["all but 2 and 5", { kind: "some", numbers: [1, 3, 4] }],
    ["niet 1", { kind: "some", numbers: [2, 3, 4, 5] }],
    ["alleen 7", { kind: "out_of_range", numbers: [7] }],
  ])("%s", (text, expected) => {
    expect(readFactSelection(text, 5)).toEqual(expected);
  });

  it("is no answer for a plain yes or no (the dialog's confirm and cancel) or a new request", () => {
    expect(readFactSelection("ja", 5)).toBeUndefined();
    expect(readFactSelection("nee", 5)).toBeUndefined();
    expect(readFactSelection("hoe staat Venray ervoor?", 5)).toBeUndefined();
  });
});
