// The bot's crypto module on its own, over plain fetch and /sync: checks the module against a real Synapse and an
// Element-like client before (and apart from) the bot's own loop.
import type { BotCrypto, CryptoRoomEvent, CryptoSync, MatrixRequest } from "../../src/crypto/index.ts";

/** A fetch-based MatrixRequest with an access token; Matrix errors are thrown with status and body. */
export function fetchRequest(baseUrl: string, accessToken: string): MatrixRequest {
  return async (method, path, body, query) => {
    const url = `${baseUrl}${path}${query ? `?${new URLSearchParams(query)}` : ""}`;
    const response = await fetch(url, {
      method,
      headers: {
        authorization: `Bearer ${accessToken}`,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (!response.ok)
      throw Object.assign(new Error(`HTTP ${response.status} ${JSON.stringify(json)}`), {
        status: response.status,
        body: json,
      });
    return json;
  };
}

type RawSync = CryptoSync & {
  next_batch: string;
  rooms?: {
    invite?: Record<string, unknown>;
    join?: Record<string, { timeline?: { events?: CryptoRoomEvent[] } }>;
  };
};

/** One sync round of a bare bot: joins invites, feeds crypto, returns the decrypted timeline events. */
export async function rawSyncRound(
  request: MatrixRequest,
  crypto: BotCrypto,
  state: { since?: string },
): Promise<Array<{ roomId: string; event: CryptoRoomEvent }>> {
  const sync = (await request("GET", "/_matrix/client/v3/sync", undefined, {
    timeout: state.since ? "1000" : "0",
    ...(state.since ? { since: state.since } : {}),
  })) as RawSync;
  state.since = sync.next_batch;
  await crypto.receiveSync(sync);
  for (const roomId of Object.keys(sync.rooms?.invite ?? {})) {
    await request("POST", `/_matrix/client/v3/join/${encodeURIComponent(roomId)}`, {});
  }
  const out: Array<{ roomId: string; event: CryptoRoomEvent }> = [];
  for (const [roomId, room] of Object.entries(sync.rooms?.join ?? {})) {
    for (const event of room.timeline?.events ?? []) {
      crypto.noteEvent(roomId, event);
      if (event.type !== "m.room.encrypted") continue;
      const outcome = await crypto.decrypt(roomId, event);
      if (outcome.kind === "decrypted") out.push({ roomId, event: outcome.event });
    }
  }
  const retried = await crypto.retryPending();
  out.push(...retried.ready);
  await crypto.persist();
  return out;
}
