import { describe, expect, it } from "vitest";
import { allowedEdits, osaDistance } from "./edit-distance.ts";

describe("osaDistance", () => {
  it.each([
    ["leudal", "leudal", 0],
    ["leudall", "leudal", 1],
    ["roermodn", "roermond", 1],
    ["maastrciht", "maastricht", 1],
    ["venlo", "venray", 3],
    ["", "abc", 3],
    ["abc", "", 3],
    ["ca", "abc", 3],
    ["kitten", "sitting", 3],
  ])("%s → %s is %i", (a, b, expected) => {
    expect(osaDistance(a, b)).toBe(expected);
    expect(osaDistance(b, a)).toBe(expected);
  });

  it("stops early at the limit and reports limit + 1", () => {
    expect(osaDistance("amsterdam", "rotterdam", 1)).toBe(2);
    expect(osaDistance("ede", "maastricht", 2)).toBe(3);
    expect(osaDistance("sudwest frislan", "sudwest fryslan", 2)).toBe(1);
  });
});

describe("allowedEdits", () => {
  it.each([
    [3, 0],
    [4, 0],
    [5, 1],
    [8, 1],
    [9, 2],
    [20, 2],
  ])("%i letters tolerate %i edits", (letters, edits) => {
    expect(allowedEdits(letters)).toBe(edits);
  });
});
