/** One authenticated client-server request with the bot's access token (and its retries); resolves to the JSON. */
export type MatrixRequest = (
  method: "GET" | "POST" | "PUT",
  path: string,
  body?: unknown,
  query?: Record<string, string>,
) => Promise<unknown>;

/** The error body of a Matrix request, whichever client threw it. */
export function matrixErrorBody(error: unknown): { status?: number; body?: Record<string, unknown> } {
  const e = error as {
    statusCode?: number;
    status?: number;
    body?: unknown;
    errcode?: string;
    data?: unknown;
  };
  const status = e.statusCode ?? e.status;
  const raw = e.body ?? e.data;
  const body =
    typeof raw === "string"
      ? (() => {
          try {
            return JSON.parse(raw) as Record<string, unknown>;
          } catch {
            return undefined;
          }
        })()
      : (raw as Record<string, unknown> | undefined);
  return { ...(status !== undefined ? { status } : {}), ...(body ? { body } : {}) };
}

const enc = encodeURIComponent;

/** The client-server endpoint of each kind of OlmMachine request. */
export const cryptoPaths = {
  keysUpload: "/_matrix/client/v3/keys/upload",
  keysQuery: "/_matrix/client/v3/keys/query",
  keysClaim: "/_matrix/client/v3/keys/claim",
  signaturesUpload: "/_matrix/client/v3/keys/signatures/upload",
  deviceSigningUpload: "/_matrix/client/v3/keys/device_signing/upload",
  roomKeys: "/_matrix/client/v3/room_keys/keys",
  toDevice: (eventType: string, txnId: string) =>
    `/_matrix/client/v3/sendToDevice/${enc(eventType)}/${enc(txnId)}`,
  roomSend: (roomId: string, eventType: string, txnId: string) =>
    `/_matrix/client/v3/rooms/${enc(roomId)}/send/${enc(eventType)}/${enc(txnId)}`,
  members: (roomId: string) => `/_matrix/client/v3/rooms/${enc(roomId)}/members`,
  roomState: (roomId: string, type: string) => `/_matrix/client/v3/rooms/${enc(roomId)}/state/${enc(type)}/`,
  whoami: "/_matrix/client/v3/account/whoami",
} as const;
