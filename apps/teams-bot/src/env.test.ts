import { describe, expect, it } from "vitest";
import {
  isLoopback,
  parseTeamsBotEnv,
  resolveAllowedTenants,
  resolveAuth,
  TeamsBotConfigError,
} from "./env.ts";

describe("the Teams bot environment", () => {
  it("has defaults for port, host, database and shutdown time", () => {
    const env = parseTeamsBotEnv({});
    expect(env).toMatchObject({
      PORT: 3978,
      HOST: "0.0.0.0",
      DATABASE_URL: "sqlite:./data/weerbaar.db",
      SHUTDOWN_TIMEOUT_SECONDS: 10,
    });
    expect(parseTeamsBotEnv({ SHUTDOWN_TIMEOUT_SECONDS: "2.5" }).SHUTDOWN_TIMEOUT_SECONDS).toBe(2.5);
    expect(() => parseTeamsBotEnv({ SHUTDOWN_TIMEOUT_SECONDS: "0" })).toThrow(/SHUTDOWN_TIMEOUT_SECONDS/);
  });

  it("keeps card files a year unless FILE_RETENTION_DAYS says otherwise", () => {
    expect(parseTeamsBotEnv({}).FILE_RETENTION_DAYS).toBe(365);
    expect(parseTeamsBotEnv({ FILE_RETENTION_DAYS: "30" }).FILE_RETENTION_DAYS).toBe(30);
    for (const days of ["0", "-1", "many", "3651"]) {
      expect(() => parseTeamsBotEnv({ FILE_RETENTION_DAYS: days }), days).toThrow(/FILE_RETENTION_DAYS/);
    }
  });

  it("runs in local mode (authentication off) only on a loopback HOST", () => {
    for (const host of ["127.0.0.1", "127.8.9.10", "::1", "[::1]", "localhost", "LOCALHOST"]) {
      expect(resolveAuth(parseTeamsBotEnv({ WEERBAAR_LOCAL: "1", HOST: host })), host).toEqual({
        mode: "local",
      });
    }
    for (const host of [undefined, "0.0.0.0", "::", "192.168.1.5", "weerbaar.example.org", "128.0.0.1"]) {
      const env = parseTeamsBotEnv({ WEERBAAR_LOCAL: "1", ...(host ? { HOST: host } : {}) });
      expect(() => resolveAuth(env), host).toThrow(TeamsBotConfigError);
      expect(() => resolveAuth(env), host).toThrow(
        /WEERBAAR_LOCAL=1 .*not a loopback address.*HOST=127\.0\.0\.1/s,
      );
    }
  });

  it("knows loopback addresses", () => {
    expect(isLoopback("::ffff:127.0.0.1")).toBe(true);
    expect(isLoopback("127.0.0")).toBe(false);
    expect(isLoopback("localhost.example.org")).toBe(false);
  });

  it("refuses to start without an app id unless WEERBAAR_LOCAL=1", () => {
    expect(() => resolveAuth(parseTeamsBotEnv({}))).toThrow(TeamsBotConfigError);
    expect(() => resolveAuth(parseTeamsBotEnv({}))).toThrow(/MicrosoftAppId is not set.*WEERBAAR_LOCAL=1/s);
  });

  it("uses the app id and password, and requires a credential", () => {
    const env = parseTeamsBotEnv({
      MicrosoftAppId: "app",
      MicrosoftAppPassword: "secret",
      TEAMS_ALLOWED_TENANTS: "t1, t2",
    });
    expect(resolveAuth(env)).toEqual({ mode: "azure", appId: "app", appPassword: "secret" });
    expect(resolveAllowedTenants(env)).toEqual(["t1", "t2"]);
    expect(() => resolveAuth(parseTeamsBotEnv({ MicrosoftAppId: "app" }))).toThrow(/without a credential/);
    expect(() =>
      resolveAllowedTenants(parseTeamsBotEnv({ MicrosoftAppId: "app", MicrosoftAppPassword: "s" })),
    ).toThrow(/TEAMS_ALLOWED_TENANTS is empty/);
  });

  it("allows a single-tenant app's own tenant by default", () => {
    const env = parseTeamsBotEnv({
      MicrosoftAppId: "app",
      MicrosoftAppType: "UserAssignedMSI",
      MicrosoftAppTenantId: "tenant-1",
    });
    expect(resolveAuth(env)).toMatchObject({ mode: "azure", appType: "UserAssignedMSI" });
    expect(resolveAllowedTenants(env)).toEqual(["tenant-1"]);
  });

  it("treats empty values (NAME= in an env file) as not set", () => {
    const env = parseTeamsBotEnv({
      PORT: "",
      MicrosoftAppType: "",
      PUBLIC_URL: "",
      WEERBAAR_LOCAL: "1",
      HOST: "",
    });
    expect(env.PORT).toBe(3978);
    expect(env.MicrosoftAppType).toBeUndefined();
  });

  it("names every invalid variable", () => {
    expect(() => parseTeamsBotEnv({ PORT: "abc", MicrosoftAppType: "Other" })).toThrow(
      /PORT[\s\S]*MicrosoftAppType/,
    );
  });
});
