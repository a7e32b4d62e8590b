import { MatrixAuth } from "matrix-bot-sdk";
import type { BotStore } from "./bot-store.ts";
import { kvKeys } from "./state/storage-provider.ts";

/** How the bot authenticates: a token, or a user id and password used once. */
export type Credentials = { accessToken?: string; userId?: string; password?: string };

/**
 * The access token to use: the configured one; else one saved by an earlier password login; else a fresh
 * password login whose token is saved in the store, so the password is used only once.
 */
export async function resolveAccessToken(
  homeserverUrl: string,
  credentials: Credentials,
  store: BotStore,
): Promise<string> {
  if (credentials.accessToken) return credentials.accessToken;
  const { userId, password } = credentials;
  if (!userId || !password) throw new Error("set MATRIX_ACCESS_TOKEN, or MATRIX_USER_ID and MATRIX_PASSWORD");
  const saved = await store.kv.get(kvKeys.accessToken(userId));
  if (saved) return saved;
  const client = await new MatrixAuth(homeserverUrl).passwordLogin(userId, password, "Weerbaar bot");
  await store.kv.set(kvKeys.accessToken(userId), client.accessToken);
  return client.accessToken;
}

/** Forgets a saved token (after M_UNKNOWN_TOKEN), so the next start logs in with the password again. */
export async function forgetAccessToken(userId: string, store: BotStore): Promise<void> {
  await store.kv.delete(kvKeys.accessToken(userId));
}
