import type * as Wasm from "@matrix-org/matrix-sdk-crypto-wasm";
import type { Logger } from "pino";
import type { OutgoingCryptoRequest } from "./outgoing-requests.ts";
import { SAS_EMOJI_NL, type SasEmoji, sasEmojiLabel } from "./sas-emoji.ts";

/** Who may verify the bot, and who hears of the emoji. */
export type VerificationPolicy = {
  /** True for people on the staff list: only they may verify the bot. */
  isStaff(userId: string): Promise<boolean>;
  /** Told the short auth string of every verification the bot confirms (besides the log and the room message). */
  onSas?(shown: ShownSas): void;
};

/** The short auth string of one verification, as the bot shows it. */
export type ShownSas = {
  userId: string;
  deviceId: string;
  flowId: string;
  /** Set for in-room verification: the room the emoji are posted in. */
  roomId?: string;
  emoji: SasEmoji[];
  /** The message text: both languages, one emoji a line. */
  text: string;
};

/** What the bot posts into a room once a step is taken (the emoji of an in-room verification). */
export type VerificationPost = { roomId: string; text: string };

/** The reason given to someone not on the staff list (the cancel's `reason`). */
export const VERIFICATION_REFUSED =
  "Alleen medewerkers op de medewerkerslijst kunnen de bot verifiëren. / Only people on the staff list can verify the bot.";

/** What the verifier needs from the bot's crypto. */
export type VerifierDeps = {
  wasm: typeof Wasm;
  machine: Wasm.OlmMachine;
  policy: VerificationPolicy;
  /** Sends one request and marks it as sent (bot-crypto's own sender, inside its lock). */
  send(request: OutgoingCryptoRequest): Promise<void>;
  log?: Logger;
};

/** The bot's side of interactive verification (SAS emoji), stepped by bot-crypto after every batch. */
export type Verifier = {
  /** Notes who sent verification events among a sync's processed to-device events. */
  noteToDevice(events: Wasm.ProcessedToDeviceEvent[]): void;
  /** Hands a (decrypted) in-room verification event to the machine. */
  receiveRoomEvent(
    roomId: string,
    event: { sender: string; type: string } & Record<string, unknown>,
  ): Promise<void>;
  /** Takes every step the machine's requests allow now; returns what to post into rooms. */
  step(): Promise<VerificationPost[]>;
};

/** True for an event that belongs to an in-room verification (the request message, or one of its steps). */
export function isRoomVerificationEvent(event: { type: string; content?: Record<string, unknown> }): boolean {
  if (event.type.startsWith("m.key.verification.")) return true;
  return event.type === "m.room.message" && event.content?.msgtype === "m.key.verification.request";
}

const TO_DEVICE_PREFIX = "m.key.verification.";

/**
 * Makes the bot a verification partner as a person would be in Element: a request from staff is accepted with
 * SAS only, the SAS the person starts is accepted, and once the emoji are known the bot shows them (a message in
 * the verification's room, or the log for a to-device verification) and confirms its side; the person compares
 * and confirms theirs. A request from anyone else is cancelled with {@link VERIFICATION_REFUSED}.
 *
 * Every step is read off the machine's state, so stepping again after any batch is harmless.
 */
export function createVerifier(deps: VerifierDeps): Verifier {
  const { wasm, machine, policy, send, log } = deps;
  // People with a verification in progress: the machine is asked only about them.
  const active = new Set<string>();
  const shown = new Set<string>();

  const cancelWithReason = async (request: Wasm.VerificationRequest) => {
    const outgoing = request.cancel();
    if (!outgoing) return;
    await send(withReason(wasm, outgoing, VERIFICATION_REFUSED));
  };

  const showAndConfirm = async (
    request: Wasm.VerificationRequest,
    sas: Wasm.Sas,
  ): Promise<VerificationPost[]> => {
    const indexes = sas.emojiIndex();
    const emoji = sas.emoji();
    if (!indexes || !emoji) return [];
    const named = emoji.map((e, i) => ({
      symbol: e.symbol,
      en: e.description,
      nl: SAS_EMOJI_NL[indexes[i] ?? -1] ?? e.description,
    }));
    const text =
      "Vergelijk deze emoji met wat je app toont en bevestig daar als ze gelijk zijn. / " +
      "Compare these emoji with what your app shows and confirm there if they match.\n" +
      named.map(sasEmojiLabel).join("\n");
    const roomId = request.roomId?.toString();
    const shownSas: ShownSas = {
      userId: request.otherUserId.toString(),
      deviceId: sas.otherDeviceId.toString(),
      flowId: request.flowId,
      ...(roomId ? { roomId } : {}),
      emoji: named,
      text,
    };
    log?.info(
      {
        userId: shownSas.userId,
        deviceId: shownSas.deviceId,
        flowId: shownSas.flowId,
        emoji: named.map(sasEmojiLabel),
      },
      "verification: compare these emoji",
    );
    policy.onSas?.(shownSas);
    // The bot cannot look at the person's screen: its confirmation says only that it showed these emoji. The
    // verification completes when the person, who sees both, confirms on theirs (their MAC then matches ours).
    for (const outgoing of await sas.confirm()) await send(outgoing);
    return roomId ? [{ roomId, text }] : [];
  };

  const stepRequest = async (request: Wasm.VerificationRequest): Promise<VerificationPost[]> => {
    // The bot never starts a verification itself: what it started is not its to answer.
    if (request.weStarted()) return [];
    const userId = request.otherUserId.toString();
    switch (request.phase()) {
      case wasm.VerificationRequestPhase.Requested: {
        if (!(await policy.isStaff(userId))) {
          log?.warn({ userId, flowId: request.flowId }, "verification refused: not on the staff list");
          await cancelWithReason(request);
          return [];
        }
        const outgoing = request.acceptWithMethods([wasm.VerificationMethod.SasV1]);
        if (outgoing) await send(outgoing);
        log?.info({ userId, flowId: request.flowId }, "verification request accepted (SAS)");
        return [];
      }
      case wasm.VerificationRequestPhase.Transitioned: {
        const verification = request.getVerification();
        if (!(verification instanceof wasm.Sas)) {
          // Only SAS was offered; anything else (a QR code) is not the bot's to take part in.
          const outgoing = request.cancel();
          if (outgoing) await send(outgoing);
          return [];
        }
        if (!verification.weStarted()) {
          const accept = verification.accept();
          if (accept) await send(accept);
        }
        if (verification.canBePresented() && !verification.haveWeConfirmed() && !shown.has(request.flowId)) {
          shown.add(request.flowId);
          return showAndConfirm(request, verification);
        }
        return [];
      }
      default:
        return [];
    }
  };

  return {
    noteToDevice(events) {
      for (const processed of events) {
        if (processed.type === wasm.ProcessedToDeviceEventType.Invalid) continue;
        const raw = (processed as { rawEvent?: string }).rawEvent;
        if (!raw) continue;
        const event = JSON.parse(raw) as { type?: string; sender?: string };
        if (event.type?.startsWith(TO_DEVICE_PREFIX) && event.sender) active.add(event.sender);
      }
    },
    async receiveRoomEvent(roomId, event) {
      active.add(event.sender);
      log?.debug({ roomId, type: event.type, sender: event.sender }, "verification: room event");
      await machine.receiveVerificationEvent(
        JSON.stringify({ ...event, room_id: roomId }),
        new wasm.RoomId(roomId),
      );
    },
    async step() {
      const posts: VerificationPost[] = [];
      for (const userId of [...active]) {
        let open = 0;
        for (const request of machine.getVerificationRequests(new wasm.UserId(userId))) {
          const phase = request.phase();
          log?.debug({ userId, flowId: request.flowId, phase }, "verification: request");
          if (phase === wasm.VerificationRequestPhase.Done) {
            if (shown.delete(request.flowId))
              log?.info({ userId, flowId: request.flowId }, "verification done");
            continue;
          }
          if (phase === wasm.VerificationRequestPhase.Cancelled) {
            if (shown.delete(request.flowId)) {
              const info = request.cancelInfo;
              log?.info(
                { userId, code: info?.cancelCode(), reason: info?.reason() },
                "verification cancelled",
              );
            }
            continue;
          }
          open++;
          try {
            posts.push(...(await stepRequest(request)));
          } catch (error) {
            log?.warn({ err: error, userId, flowId: request.flowId }, "verification step failed");
          }
        }
        if (open === 0) active.delete(userId);
      }
      return posts;
    },
  };
}

/** The cancel the machine made, with the bot's reason instead of the generic "The user cancelled". */
function withReason(
  wasm: typeof Wasm,
  outgoing: Wasm.ToDeviceRequest | Wasm.RoomMessageRequest,
  reason: string,
): OutgoingCryptoRequest {
  if (outgoing instanceof wasm.ToDeviceRequest) {
    const body = JSON.parse(outgoing.body) as {
      messages: Record<string, Record<string, Record<string, unknown>>>;
    };
    for (const devices of Object.values(body.messages))
      for (const content of Object.values(devices)) content.reason = reason;
    return new wasm.ToDeviceRequest(outgoing.id, outgoing.event_type, outgoing.txn_id, JSON.stringify(body));
  }
  const content = { ...(JSON.parse(outgoing.body) as Record<string, unknown>), reason };
  return new wasm.RoomMessageRequest(
    outgoing.id,
    outgoing.room_id,
    outgoing.txn_id,
    outgoing.event_type,
    JSON.stringify(content),
  );
}
