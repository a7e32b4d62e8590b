import type { Assistant, IncomingMessage, Reply } from "../../src/assistant-types.ts";
import { EchoAssistant } from "./echo-assistant.ts";

/**
 * An echo assistant that holds each turn until the test opens the gate: a turn in progress for exactly as long
 * as the test needs (to watch the bot typing), with no timing involved.
 */
export class GatedAssistant implements Assistant {
  readonly echo = new EchoAssistant();
  #open: () => void = () => {};
  #gate = new Promise<void>((resolve) => {
    this.#open = resolve;
  });
  #entered: () => void = () => {};
  /** Resolves when a turn has reached the assistant (and waits at the gate). */
  readonly entered = new Promise<void>((resolve) => {
    this.#entered = resolve;
  });

  /** Waits at the gate, then echoes. */
  async handle(message: IncomingMessage): Promise<Reply> {
    this.#entered();
    await this.#gate;
    return this.echo.handle(message);
  }

  /** Lets every turn through, now and later. */
  open(): void {
    this.#open();
  }
}
