import { createReply } from "@weerbaar/assistant";
import { describe, expect, it } from "vitest";
import { cardBytes, fitCard } from "./fit-card.ts";
import { renderCard } from "./render-card.ts";

const render = (reply: Parameters<typeof renderCard>[0]) =>
  renderCard(reply, { replyId: "r", attachmentUrl: () => "https://bot.example/files/t" });

describe("fitCard", () => {
  it("leaves a small card alone", () => {
    const reply = createReply({ lang: "nl", intent: "x", blocks: [{ type: "paragraph", text: "kort" }] });
    expect(fitCard(reply, render)).toEqual({ card: render(reply), omitted: 0 });
  });

  it("drops rows from the end of a long table until the card fits, and says so", () => {
    const rows = Array.from({ length: 500 }, (_, i) => [`Gemeente ${i}`, "geen protocol"]);
    const reply = createReply({
      lang: "en",
      intent: "x",
      blocks: [{ type: "table", columns: ["Body", "Protocol"], rows }],
    });
    const { card, omitted } = fitCard(reply, render, 20_000);
    expect(cardBytes(card)).toBeLessThanOrEqual(20_000);
    expect(omitted).toBeGreaterThan(0);
    expect(JSON.stringify(card)).toContain("Gemeente 0");
    expect(JSON.stringify(card)).not.toContain("Gemeente 499");
    expect(JSON.stringify(card)).toContain(`Shortened: ${omitted} lines not shown.`);
  });

  it("halves a huge paragraph when there is nothing else to drop", () => {
    const reply = createReply({
      lang: "nl",
      intent: "x",
      blocks: [{ type: "paragraph", text: "x".repeat(60_000) }],
    });
    const { card } = fitCard(reply, render, 26_000);
    expect(cardBytes(card)).toBeLessThanOrEqual(26_000);
    expect(JSON.stringify(card)).toContain("Ingekort:");
  });
});
