import type { Assistant, IncomingMessage, Reply } from "../../src/assistant-types.ts";

/** A stand-in assistant: echoes, offers choices on "kies", asks a confirmation on "bevestig". */
export class EchoAssistant implements Assistant {
  readonly received: IncomingMessage[] = [];

  /** Answers by the rules above and records every message. */
  async handle(message: IncomingMessage): Promise<Reply> {
    this.received.push(message);
    const base = { lang: "nl" as const, attachments: [], data: {} };
    if (message.text === "kies") {
      return {
        ...base,
        intent: "choose",
        title: "Welke gemeente bedoel je?",
        blocks: [{ type: "paragraph", text: "Er zijn er twee." }],
        actions: [
          { label: "Bergen (L)", value: "gemeente GM0893" },
          { label: "Bergen (NH)", value: "gemeente GM0373" },
        ],
      };
    }
    if (message.text === "bevestig") {
      return {
        ...base,
        intent: "confirm",
        blocks: [
          { type: "paragraph", text: "Afspraak met Leudal op donderdag 26 oktober 13:30 vastleggen?" },
        ],
        actions: [
          { label: "Ja", value: "ja", style: "positive" },
          { label: "Nee", value: "nee", style: "destructive" },
        ],
      };
    }
    return {
      ...base,
      intent: "echo",
      blocks: [{ type: "paragraph", text: `echo: ${message.text}` }],
      actions: [],
    };
  }

  /** The texts received, in order. */
  texts(): string[] {
    return this.received.map((m) => m.text);
  }
}
