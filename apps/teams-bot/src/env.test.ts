import { describe, expect, it } from "vitest";
import { parseTeamsBotEnv, resolveAllowedTenants, resolveAuth, TeamsBotConfigError } from "./env.ts";

describe("the Teams bot environment", () => {
  it("has defaults for port, host and database", () => {
    const env = parseTeamsBotEnv({ WEERBAAR_LOCAL: "1" });
    expect(env).toMatchObject({ PORT: 3978, HOST: "0.0.0.0", DATABASE_URL: "sqlite:./data/weerbaar.db" });
    expect(resolveAuth(env)).toEqual({ mode: "local" });
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
    const env = parseTeamsBotEnv({ PORT: "", MicrosoftAppType: "", PUBLIC_URL: "", WEERBAAR_LOCAL: "1" });
    expect(env.PORT).toBe(3978);
    expect(env.MicrosoftAppType).toBeUndefined();
  });

  it("names every invalid variable", () => {
    expect(() => parseTeamsBotEnv({ PORT: "abc", MicrosoftAppType: "Other" })).toThrow(
      /PORT[\s\S]*MicrosoftAppType/,
    );
  });
});
