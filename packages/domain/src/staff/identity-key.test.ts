import { describe, expect, it } from "vitest";
import { identityKey, parseAdminList, parseIdentityKey } from "./identity-key.ts";

describe("identityKey", () => {
  it("writes one key per platform", () => {
    expect(identityKey({ platform: "teams", aadObjectId: "00000000-AAAA-0000-0000-000000000001" })).toBe(
      "teams:00000000-aaaa-0000-0000-000000000001",
    );
    expect(identityKey({ platform: "matrix", userId: "@anna:weerbaar.nl" })).toBe("matrix:@anna:weerbaar.nl");
    expect(identityKey({ platform: "console", userId: "dev" })).toBe("console:dev");
  });

  it("round-trips through parseIdentityKey", () => {
    for (const key of ["teams:abc", "matrix:@a:b", "console:dev"])
      expect(identityKey(parseIdentityKey(key))).toBe(key);
  });
});

describe("parseIdentityKey", () => {
  it("splits a Matrix key on the first colon only", () => {
    expect(parseIdentityKey(" matrix:@anna:matrix.example.org ")).toEqual({
      platform: "matrix",
      userId: "@anna:matrix.example.org",
    });
  });

  it("explains an unknown platform", () => {
    expect(() => parseIdentityKey("slack:U123")).toThrow(/"slack:U123" is not an identity key: write teams:/);
    expect(() => parseIdentityKey("abc")).toThrow(/not an identity key/);
  });

  it("explains an invalid Matrix id and an empty Teams id", () => {
    expect(() => parseIdentityKey("matrix:anna")).toThrow(
      /not a valid matrix identity: a Matrix id looks like @name:server/,
    );
    expect(() => parseIdentityKey("teams:")).toThrow(/not a valid teams identity/);
  });
});

describe("parseAdminList", () => {
  it("parses a comma-separated list", () => {
    expect(parseAdminList("teams:abc, matrix:@a:b")).toEqual([
      { platform: "teams", aadObjectId: "abc" },
      { platform: "matrix", userId: "@a:b" },
    ]);
  });

  it("gives an empty list for empty or missing configuration", () => {
    expect(parseAdminList("")).toEqual([]);
    expect(parseAdminList(undefined)).toEqual([]);
    expect(parseAdminList(" ,  ")).toEqual([]);
  });

  it("fails on the first bad entry, naming it", () => {
    expect(() => parseAdminList("teams:abc; matrix:bob")).toThrow(/"matrix:bob"/);
  });
});
