import { type ChildProcess, spawn } from "node:child_process";
import { createHmac, generateKeyPairSync, randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { freePort } from "../ports.ts";
import { synapseConfig, synapseLogConfig } from "./config.ts";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../../..");
const HOW_TO =
  "Install it with `bash tooling/scripts/synapse.sh` (or `source` it and call ensure_synapse_installed).";

/** A user made on the test homeserver. */
export type SynapseUser = { userId: string; accessToken: string; password: string; deviceId: string };

/** A running throwaway homeserver. */
export type SynapseServer = {
  baseUrl: string;
  serverName: string;
  /** Registers a user through the shared-secret admin API. */
  registerUser(name: string, options?: { admin?: boolean }): Promise<SynapseUser>;
  /** Stops and starts the same server (same port, same database). */
  restart(): Promise<void>;
  /** Stops the server and removes its folder. */
  stop(): Promise<void>;
};

/** Options for {@link startSynapse}. */
export type StartSynapseOptions = {
  rateLimited?: boolean;
  serverName?: string;
  /** `encryption_enabled_by_default_for_room_type: all`: every new room is end-to-end encrypted. */
  encryptionByDefault?: boolean;
};

/** The virtualenv holding matrix-synapse: $WEERBAAR_SYNAPSE_VENV or <repo>/.cache/synapse-venv. */
export function synapseVenv(): string {
  return process.env.WEERBAAR_SYNAPSE_VENV ?? join(repoRoot, ".cache/synapse-venv");
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** A Synapse signing key file ("ed25519 <key id> <unpadded base64 seed>"), made here to save a Python start. */
export function signingKey(): string {
  const { privateKey } = generateKeyPairSync("ed25519");
  const seed = Buffer.from(String(privateKey.export({ format: "jwk" }).d), "base64url");
  return `ed25519 a_${randomBytes(2).toString("hex")} ${seed.toString("base64").replace(/=+$/, "")}\n`;
}

/** HMAC-SHA1 over nonce, user, password and admin flag, NUL-separated, as the admin register API wants. */
export function registrationMac(
  secret: string,
  nonce: string,
  user: string,
  password: string,
  admin: boolean,
): string {
  return createHmac("sha1", secret)
    .update(`${nonce}\0${user}\0${password}\0${admin ? "admin" : "notadmin"}`)
    .digest("hex");
}

/**
 * Starts Synapse from the virtualenv on a free port of 127.0.0.1 with a fresh SQLite database in a temp
 * folder; resolves when `/_matrix/client/versions` answers. Fails with a clear message when not installed.
 */
export async function startSynapse(options: StartSynapseOptions = {}): Promise<SynapseServer> {
  const venv = synapseVenv();
  const python = join(venv, "bin/python");
  if (!existsSync(python)) {
    throw new Error(`Synapse is not installed: no virtualenv at ${venv} (WEERBAAR_SYNAPSE_VENV). ${HOW_TO}`);
  }
  const dir = await mkdtemp(join(tmpdir(), "weerbaar-synapse-"));
  const port = await freePort();
  const serverName = options.serverName ?? "localhost";
  const sharedSecret = randomBytes(16).toString("hex");
  const configPath = join(dir, "homeserver.yaml");
  await writeFile(
    configPath,
    synapseConfig({
      dir,
      port,
      serverName,
      sharedSecret,
      rateLimited: options.rateLimited ?? false,
      encryptionByDefault: options.encryptionByDefault ?? false,
    }),
  );
  await writeFile(join(dir, "log.yaml"), synapseLogConfig(dir));
  await writeFile(join(dir, "signing.key"), signingKey());
  const baseUrl = `http://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;

  const launch = async () => {
    const output: string[] = [];
    const proc = spawn(python, ["-m", "synapse.app.homeserver", "-c", configPath], {
      cwd: dir,
      stdio: ["ignore", "pipe", "pipe"],
    });
    proc.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    proc.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child = proc;
    const deadline = Date.now() + 45_000;
    while (Date.now() < deadline) {
      if (proc.exitCode !== null) break;
      try {
        const response = await fetch(`${baseUrl}/_matrix/client/versions`);
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await sleep(200);
    }
    const log = await readFile(join(dir, "homeserver.log"), "utf8").catch(() => "");
    proc.kill("SIGKILL");
    throw new Error(`Synapse did not start on ${baseUrl}:\n${output.join("")}\n${log.slice(-3000)}`);
  };

  const halt = async () => {
    const proc = child;
    child = undefined;
    if (!proc || proc.exitCode !== null) return;
    const exited = new Promise<void>((r) => proc.once("exit", () => r()));
    proc.kill("SIGTERM");
    const timer = setTimeout(() => proc.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  };

  const registerUser = async (
    name: string,
    registerOptions: { admin?: boolean } = {},
  ): Promise<SynapseUser> => {
    const url = `${baseUrl}/_synapse/admin/v1/register`;
    const nonceResponse = await fetch(url);
    const { nonce } = (await nonceResponse.json()) as { nonce: string };
    const password = randomBytes(12).toString("hex");
    const admin = registerOptions.admin ?? false;
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        nonce,
        username: name,
        password,
        admin,
        mac: registrationMac(sharedSecret, nonce, name, password, admin),
      }),
    });
    const body = (await response.json()) as Record<string, string>;
    if (!response.ok)
      throw new Error(`registering ${name} failed: ${response.status} ${JSON.stringify(body)}`);
    return {
      userId: String(body.user_id),
      accessToken: String(body.access_token),
      deviceId: String(body.device_id),
      password,
    };
  };

  try {
    await launch();
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    baseUrl,
    serverName,
    registerUser,
    restart: async () => {
      await halt();
      await launch();
    },
    stop: async () => {
      await halt();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
