import type * as Wasm from "@matrix-org/matrix-sdk-crypto-wasm";
import { cryptoPaths, type MatrixRequest } from "./http.ts";

/** Any request OlmMachine.outgoingRequests() hands out. */
export type OutgoingCryptoRequest =
  | Wasm.KeysUploadRequest
  | Wasm.KeysQueryRequest
  | Wasm.KeysClaimRequest
  | Wasm.ToDeviceRequest
  | Wasm.SignatureUploadRequest
  | Wasm.RoomMessageRequest
  | Wasm.KeysBackupRequest;

/**
 * Sends one OlmMachine request to its endpoint and returns the response as JSON text, which
 * markRequestAsSent wants. `wasm` is the loaded module (it is imported lazily, so only its types are static).
 */
export async function sendCryptoRequest(
  wasm: typeof Wasm,
  request: OutgoingCryptoRequest,
  http: MatrixRequest,
): Promise<string> {
  const body = JSON.parse(request.body) as unknown;
  let response: unknown;
  if (request instanceof wasm.KeysUploadRequest) {
    response = await http("POST", cryptoPaths.keysUpload, body);
  } else if (request instanceof wasm.KeysQueryRequest) {
    response = await http("POST", cryptoPaths.keysQuery, body);
  } else if (request instanceof wasm.KeysClaimRequest) {
    response = await http("POST", cryptoPaths.keysClaim, body);
  } else if (request instanceof wasm.ToDeviceRequest) {
    response = await http("PUT", cryptoPaths.toDevice(request.event_type, request.txn_id), body);
  } else if (request instanceof wasm.SignatureUploadRequest) {
    response = await http("POST", cryptoPaths.signaturesUpload, body);
  } else if (request instanceof wasm.RoomMessageRequest) {
    response = await http(
      "PUT",
      cryptoPaths.roomSend(request.room_id, request.event_type, request.txn_id),
      body,
    );
  } else if (request instanceof wasm.KeysBackupRequest) {
    response = await http("PUT", cryptoPaths.roomKeys, body, { version: request.version });
  } else {
    throw new Error(
      `unknown crypto request ${(request as { constructor: { name: string } }).constructor.name}`,
    );
  }
  return JSON.stringify(response ?? {});
}

/** True for requests that publish keys: the store holding their private halves must be written out first. */
export function publishesKeys(wasm: typeof Wasm, request: OutgoingCryptoRequest): boolean {
  return request instanceof wasm.KeysUploadRequest || request instanceof wasm.SignatureUploadRequest;
}
