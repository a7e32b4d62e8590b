import { createReply, type PersonMention } from "@weerbaar/assistant";
import { describe, expect, it } from "vitest";
import { textWithMentions } from "./card-mentions.ts";
import { renderCard } from "./render-card.ts";

const ANNA_AAD = "9d1c4f2e-0000-4000-8000-00000000a11a";
const anna: PersonMention = {
  name: "Anna de Vries",
  identities: [
    { platform: "matrix", userId: "@anna:weerbaar.test" },
    { platform: "teams", aadObjectId: ANNA_AAD },
  ],
};
const ctx = { replyId: "r-1", attachmentUrl: () => "https://bot.example/files/t" };

describe("mentions in cards", () => {
  it("writes a mentioned name as <at>…</at> and lists its entity on the card, once per person", () => {
    const reply = createReply({
      lang: "nl",
      intent: "x",
      blocks: [
        { type: "paragraph", text: "Organisator: Anna de Vries", mentions: [anna] },
        { type: "paragraph", text: "Anna de Vries belt *morgen*", mentions: [anna] },
      ],
    });
    const card = renderCard(reply, { ...ctx, mentions: true });
    expect(card.body.map((e) => e.text)).toEqual([
      "Organisator: <at>Anna de Vries</at>",
      "<at>Anna de Vries</at> belt \\*morgen\\*",
    ]);
    expect(card.msteams?.entities).toEqual([
      { type: "mention", text: "<at>Anna de Vries</at>", mentioned: { id: ANNA_AAD, name: "Anna de Vries" } },
    ]);
    expect(card.fallbackText).toContain("Organisator: Anna de Vries");
  });

  it("writes only the name where mentions are off (personal chats)", () => {
    const reply = createReply({
      lang: "nl",
      intent: "x",
      blocks: [{ type: "paragraph", text: "Organisator: Anna de Vries", mentions: [anna] }],
    });
    const card = renderCard(reply, ctx);
    expect(card.body[0]?.text).toBe("Organisator: Anna de Vries");
    expect(card.msteams).toEqual({ width: "Full" });
  });

  it("leaves the name as text for someone without a Teams account or a name not in the text", () => {
    const entities: NonNullable<Parameters<typeof textWithMentions>[2]> = [];
    const matrixOnly = { name: "Piet", identities: [{ platform: "matrix" as const, userId: "@piet:x.org" }] };
    expect(textWithMentions("Piet en Anna", [matrixOnly, anna], entities)).toBe("Piet en Anna");
    expect(entities).toEqual([]);
  });

  it("escapes the name inside the mention the same way as in the entity", () => {
    const entities: NonNullable<Parameters<typeof textWithMentions>[2]> = [];
    const person = { ...anna, name: "anna_b" };
    expect(textWithMentions("voor anna_b [x]", [person], entities)).toBe("voor <at>anna\\_b</at> \\[x\\]");
    expect(entities[0]?.text).toBe("<at>anna\\_b</at>");
  });

  it("ignores its own placeholder characters typed in the text", () => {
    const entities: NonNullable<Parameters<typeof textWithMentions>[2]> = [];
    expect(textWithMentions("x \uE0007\uE001 Anna de Vries", [anna], entities)).toBe(
      "x \uE0007\uE001 <at>Anna de Vries</at>",
    );
    expect(entities).toHaveLength(1);
  });
});
