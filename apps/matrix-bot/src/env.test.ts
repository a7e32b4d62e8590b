import { describe, expect, it } from "vitest";
import { readEnv } from "./env.ts";

const base = { MATRIX_HOMESERVER_URL: "https://matrix.example.org", MATRIX_ALLOWED_SERVERS: "example.org" };

describe("readEnv", () => {
  it("applies defaults and splits lists", () => {
    const env = readEnv({
      ...base,
      MATRIX_ACCESS_TOKEN: "syt_x",
      WEERBAAR_ADMINS: "matrix:@a:example.org, teams:123",
    });
    expect(env).toMatchObject({
      MATRIX_COMMAND_PREFIX: "!weerbaar",
      DATABASE_URL: "sqlite:./data/weerbaar.db",
      MATRIX_ALLOWED_USERS: [],
      MATRIX_ALLOWED_SERVERS: ["example.org"],
      WEERBAAR_ADMINS: ["matrix:@a:example.org", "teams:123"],
      MATRIX_LEASE_SECONDS: 20,
      SHUTDOWN_TIMEOUT_SECONDS: 10,
    });
    expect(env.HEALTH_PORT).toBeUndefined();
    expect(env.HEALTH_HOST).toBe("127.0.0.1");
  });

  it("accepts a user id and password instead of a token", () => {
    const env = readEnv({
      ...base,
      MATRIX_USER_ID: "@bot:example.org",
      MATRIX_PASSWORD: "pw",
      HEALTH_PORT: "8081",
      HEALTH_HOST: "0.0.0.0",
      SHUTDOWN_TIMEOUT_SECONDS: "3",
    });
    expect(env.SHUTDOWN_TIMEOUT_SECONDS).toBe(3);
    expect(env.HEALTH_PORT).toBe(8081);
    expect(env.HEALTH_HOST).toBe("0.0.0.0");
  });

  it("names every problem", () => {
    expect(() => readEnv({ MATRIX_HOMESERVER_URL: "not a url" })).toThrow(
      /MATRIX_HOMESERVER_URL[\s\S]*MATRIX_ACCESS_TOKEN|MATRIX_ACCESS_TOKEN[\s\S]*MATRIX_HOMESERVER_URL/,
    );
    expect(() => readEnv({ ...base, MATRIX_USER_ID: "bot", MATRIX_PASSWORD: "x" })).toThrow(/MATRIX_USER_ID/);
    expect(() =>
      readEnv({ MATRIX_HOMESERVER_URL: base.MATRIX_HOMESERVER_URL, MATRIX_ACCESS_TOKEN: "t" }),
    ).toThrow(/MATRIX_ALLOWED_USERS/);
  });
});
