import { describe, expect, it } from "vitest";
import { isAllowed, parseList, serverOf } from "./allow-list.ts";

describe("allow list", () => {
  const allow = { users: ["@alice:example.org"], servers: ["Weerbaar.NL"] };

  it("allows listed users and everyone on a listed homeserver", () => {
    expect(isAllowed(allow, "@alice:example.org")).toBe(true);
    expect(isAllowed(allow, "@bob:weerbaar.nl")).toBe(true);
    expect(isAllowed(allow, "@bob:example.org")).toBe(false);
    expect(isAllowed(allow, "@eve:evil.weerbaar.nl")).toBe(false);
  });

  it("reads the server part and comma-separated lists", () => {
    expect(serverOf("@a:matrix.example.org:8448")).toBe("matrix.example.org:8448");
    expect(parseList(" @a:b , ,c.nl")).toEqual(["@a:b", "c.nl"]);
    expect(parseList(undefined)).toEqual([]);
  });
});
