import { z } from "zod";
import { parseList } from "./rooms/allow-list.ts";

const list = z
  .string()
  .optional()
  .transform((value) => parseList(value));

/** The environment of the Matrix bot, validated. */
export const MatrixBotEnv = z
  .object({
    MATRIX_HOMESERVER_URL: z.url(),
    MATRIX_ACCESS_TOKEN: z.string().min(1).optional(),
    MATRIX_USER_ID: z
      .string()
      .regex(/^@[^:]+:.+$/, "a Matrix user id like @weerbaar:example.org")
      .optional(),
    MATRIX_PASSWORD: z.string().min(1).optional(),
    /** Turns end-to-end encryption on: the passphrase of the bot's crypto store (or use the _FILE variant). */
    MATRIX_CRYPTO_PASSPHRASE: z.string().min(1).optional(),
    /** A secret file holding that passphrase (Docker/Kubernetes secrets). */
    MATRIX_CRYPTO_PASSPHRASE_FILE: z.string().min(1).optional(),
    /** Keep the crypto store's copy in this file instead of the database (kv key matrix:crypto-store). */
    MATRIX_CRYPTO_STORE_FILE: z.string().min(1).optional(),
    MATRIX_ALLOWED_USERS: list,
    MATRIX_ALLOWED_SERVERS: list,
    MATRIX_COMMAND_PREFIX: z.string().min(1).default("!weerbaar"),
    DATABASE_URL: z.string().min(1).default("sqlite:./data/weerbaar.db"),
    WEERBAAR_ADMINS: list,
    HEALTH_PORT: z.coerce.number().int().min(0).max(65535).optional(),
    /** The interface the health server binds; loopback unless a probe or scraper elsewhere must reach it. */
    HEALTH_HOST: z.string().trim().min(1).default("127.0.0.1"),
    /** Leader lease slot in seconds (several instances on one PostgreSQL database). */
    MATRIX_LEASE_SECONDS: z.coerce.number().positive().default(20),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    /** How long turns in flight may take to finish after SIGTERM before the bot exits anyway (with code 1). */
    SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().positive().max(3600).default(10),
  })
  .refine((env) => env.MATRIX_ACCESS_TOKEN !== undefined || (env.MATRIX_USER_ID && env.MATRIX_PASSWORD), {
    message: "set MATRIX_ACCESS_TOKEN, or MATRIX_USER_ID and MATRIX_PASSWORD",
    path: ["MATRIX_ACCESS_TOKEN"],
  })
  .refine((env) => env.MATRIX_ALLOWED_USERS.length + env.MATRIX_ALLOWED_SERVERS.length > 0, {
    message: "set MATRIX_ALLOWED_USERS and/or MATRIX_ALLOWED_SERVERS, or nobody can invite the bot",
    path: ["MATRIX_ALLOWED_USERS"],
  });
/** The validated environment. */
export type MatrixBotEnv = z.infer<typeof MatrixBotEnv>;

/** Parses the environment; a readable list of problems instead of a stack trace. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): MatrixBotEnv {
  const result = MatrixBotEnv.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues
    .map((issue) => `  ${issue.path.join(".")}: ${issue.message}`)
    .join("\n");
  throw new Error(`Invalid Matrix bot configuration / ongeldige configuratie:\n${problems}`);
}
