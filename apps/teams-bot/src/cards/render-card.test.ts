import { createReply } from "@weerbaar/assistant";
import { describe, expect, it } from "vitest";
import { renderCard } from "./render-card.ts";

const ctx = { replyId: "r-1", attachmentUrl: () => "https://bot.example/files/t" };

describe("renderCard", () => {
  it("renders title, tone, facts, ordered lists and actions with styles", () => {
    const card = renderCard(
      createReply({
        lang: "en",
        intent: "x",
        title: "Leudal",
        blocks: [
          { type: "paragraph", text: "Saved", tone: "success" },
          { type: "facts", facts: [{ label: "Protocol", value: "yes" }] },
          { type: "list", title: "Steps", items: ["call", "mail"], ordered: true },
        ],
        actions: [
          { label: "Yes", value: "yes", style: "positive" },
          { label: "Later", value: "later" },
        ],
      }),
      ctx,
    );
    expect(card).toMatchObject({
      type: "AdaptiveCard",
      version: "1.5",
      $schema: expect.stringContaining("adaptive-card"),
    });
    expect(card.body[0]).toMatchObject({
      type: "TextBlock",
      text: "Leudal",
      size: "Large",
      weight: "Bolder",
    });
    expect(card.body[1]).toMatchObject({ type: "TextBlock", text: "Saved", color: "Good" });
    expect(card.body[2]).toEqual({ type: "FactSet", facts: [{ title: "Protocol", value: "yes" }] });
    expect(JSON.stringify(card.body[3])).toContain('"text":"1\\\\. call"');
    // Universal Actions buttons, each with an Action.Submit fallback for Teams clients without them.
    const yes = { weerbaarValue: "yes", weerbaarReplyId: "r-1" };
    const later = { weerbaarValue: "later", weerbaarReplyId: "r-1" };
    expect(card.actions).toEqual([
      {
        type: "Action.Execute",
        title: "Yes",
        verb: "weerbaar.answer",
        data: yes,
        style: "positive",
        fallback: { type: "Action.Submit", title: "Yes", data: yes, style: "positive" },
      },
      {
        type: "Action.Execute",
        title: "Later",
        verb: "weerbaar.answer",
        data: later,
        fallback: { type: "Action.Submit", title: "Later", data: later },
      },
    ]);
    expect(card.fallbackText).toBe(
      "Leudal\n\nSaved\n\nProtocol: yes\n\nSteps\n1. call\n2. mail\n\n[Yes] [Later]",
    );
  });

  it("renders a table with a header row and one column per heading", () => {
    const card = renderCard(
      createReply({
        lang: "nl",
        intent: "x",
        blocks: [{ type: "table", columns: ["A", "B"], rows: [["1"]] }],
      }),
      ctx,
    );
    const table = card.body[0] as {
      type: string;
      columns: unknown[];
      rows: { cells: { items: { text: string }[] }[] }[];
    };
    expect(table.type).toBe("Table");
    expect(table.columns).toHaveLength(2);
    expect(table.rows.map((r) => r.cells.map((c) => c.items[0]?.text))).toEqual([
      ["A", "B"],
      ["1", ""],
    ]);
  });

  it("links files for download and shows images inline", () => {
    const data = new Uint8Array([1]);
    const card = renderCard(
      createReply({
        lang: "nl",
        intent: "x",
        attachments: [
          { kind: "image", fileName: "a.png", mimeType: "image/png", data, description: "Kaart" },
          { kind: "file", fileName: "export.csv", mimeType: "text/csv", data, description: "Export" },
        ],
      }),
      ctx,
    );
    expect(card.body).toContainEqual({
      type: "Image",
      url: "https://bot.example/files/t",
      altText: "Kaart",
      size: "Stretch",
    });
    expect(card.actions).toEqual([
      { type: "Action.OpenUrl", title: "⬇ export.csv", url: "https://bot.example/files/t" },
    ]);
  });
});
