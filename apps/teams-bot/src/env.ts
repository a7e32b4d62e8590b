import { isIPv4 } from "node:net";
import { z } from "zod";
import { DEFAULT_FILE_RETENTION_DAYS } from "./http/card-files.ts";
import type { TeamsAuthConfig } from "./teams/auth.ts";

const list = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? "")
      .split(",")
      .map((item) => item.trim())
      .filter((item) => item.length > 0),
  );

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value?.trim() ? value.trim() : undefined));

/** The bot's environment (see .env.example). */
export const TeamsBotEnv = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3978),
  HOST: z.string().trim().min(1).default("0.0.0.0"),
  /** The public https base URL Teams clients reach the bot at; card images are served under it. */
  PUBLIC_URL: z.url().optional(),
  DATABASE_URL: z.string().trim().min(1).default("sqlite:./data/weerbaar.db"),
  WEERBAAR_LOCAL: z
    .enum(["0", "1", "true", "false", ""])
    .optional()
    .transform((value) => value === "1" || value === "true"),
  MicrosoftAppId: optionalText,
  MicrosoftAppPassword: optionalText,
  MicrosoftAppType: z.enum(["MultiTenant", "SingleTenant", "UserAssignedMSI"]).optional(),
  MicrosoftAppTenantId: optionalText,
  CertificateThumbprint: optionalText,
  CertificatePrivateKey: optionalText,
  TEAMS_ALLOWED_TENANTS: list,
  /** Admins as `teams:<aadObjectId>` or `matrix:@user:server`. */
  WEERBAAR_ADMINS: list,
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** How long turns in flight may take to finish after SIGTERM before the bot exits anyway (with code 1). */
  SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().positive().max(3600).default(10),
  /** How many days card images and downloads stay available; after that their links answer 404. */
  FILE_RETENTION_DAYS: z.coerce.number().positive().max(3650).default(DEFAULT_FILE_RETENTION_DAYS),
});
/** The parsed environment. */
export type TeamsBotEnv = z.infer<typeof TeamsBotEnv>;

/** A configuration the bot refuses to start with; the message says what to set. */
export class TeamsBotConfigError extends Error {
  override readonly name = "TeamsBotConfigError";
}

/** Parses the environment; throws TeamsBotConfigError listing every invalid variable. */
export function parseTeamsBotEnv(env: Record<string, string | undefined>): TeamsBotEnv {
  // `NAME=` in an env file means "not set".
  const given = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ""),
  );
  const result = TeamsBotEnv.safeParse(given);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new TeamsBotConfigError(`Invalid environment for the Teams bot:\n  ${problems.join("\n  ")}`);
  }
  return result.data;
}

/**
 * The authentication the environment asks for. With MicrosoftAppId every request's JWT is checked; without it the
 * bot only starts with WEERBAAR_LOCAL=1 (Agents Playground on this machine), never by accident.
 */
export function resolveAuth(env: TeamsBotEnv): TeamsAuthConfig {
  if (!env.MicrosoftAppId) {
    if (env.WEERBAAR_LOCAL) {
      if (!isLoopback(env.HOST)) {
        throw new TeamsBotConfigError(
          `WEERBAAR_LOCAL=1 turns authentication off, so the bot only listens on this machine: HOST=${env.HOST} ` +
            "is not a loopback address. Set HOST=127.0.0.1 (or ::1, localhost), or configure MicrosoftAppId.",
        );
      }
      return { mode: "local" };
    }
    throw new TeamsBotConfigError(
      "MicrosoftAppId is not set. Set MicrosoftAppId and MicrosoftAppPassword (or a certificate / managed identity) " +
        "from the Azure Bot registration, or set WEERBAAR_LOCAL=1 to run without authentication for local testing.",
    );
  }
  const credentialed =
    env.MicrosoftAppPassword || env.CertificatePrivateKey || env.MicrosoftAppType === "UserAssignedMSI";
  if (!credentialed) {
    throw new TeamsBotConfigError(
      "MicrosoftAppId is set without a credential: set MicrosoftAppPassword, CertificateThumbprint + " +
        "CertificatePrivateKey, or MicrosoftAppType=UserAssignedMSI.",
    );
  }
  if (env.MicrosoftAppType === "SingleTenant" && !env.MicrosoftAppTenantId) {
    throw new TeamsBotConfigError("MicrosoftAppType=SingleTenant needs MicrosoftAppTenantId.");
  }
  return {
    mode: "azure",
    appId: env.MicrosoftAppId,
    ...(env.MicrosoftAppPassword ? { appPassword: env.MicrosoftAppPassword } : {}),
    ...(env.MicrosoftAppType ? { appType: env.MicrosoftAppType } : {}),
    ...(env.MicrosoftAppTenantId ? { appTenantId: env.MicrosoftAppTenantId } : {}),
    ...(env.CertificateThumbprint ? { certificateThumbprint: env.CertificateThumbprint } : {}),
    ...(env.CertificatePrivateKey ? { certificatePrivateKey: env.CertificatePrivateKey } : {}),
  };
}

/** Whether a host name or address reaches only this machine: 127.0.0.0/8, ::1 or localhost. */
export function isLoopback(host: string): boolean {
  const name = host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, "$1");
  if (name === "localhost" || name === "::1") return true;
  const v4 = name.startsWith("::ffff:") ? name.slice("::ffff:".length) : name;
  return isIPv4(v4) && v4.startsWith("127.");
}

/** The allowed tenants: the list, else the app's own tenant; with an app id an empty list is refused. */
export function resolveAllowedTenants(env: TeamsBotEnv): string[] {
  if (env.TEAMS_ALLOWED_TENANTS.length > 0) return env.TEAMS_ALLOWED_TENANTS;
  if (env.MicrosoftAppTenantId) return [env.MicrosoftAppTenantId];
  if (env.MicrosoftAppId) {
    throw new TeamsBotConfigError(
      "TEAMS_ALLOWED_TENANTS is empty: set the Microsoft Entra tenant id(s) whose users may talk to the bot.",
    );
  }
  return [];
}
