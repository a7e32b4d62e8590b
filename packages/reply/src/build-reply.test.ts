import { describe, expect, it } from "vitest";
import { createReply, textReply } from "./build-reply.ts";

describe("createReply", () => {
  it("fills in empty blocks, actions, attachments and data", () => {
    expect(createReply({ lang: "nl", intent: "help" })).toEqual({
      lang: "nl",
      intent: "help",
      blocks: [],
      actions: [],
      attachments: [],
      data: {},
    });
  });

  it("keeps what it is given", () => {
    const reply = createReply({
      lang: "en",
      intent: "list_bodies",
      title: "Limburg",
      actions: [{ label: "More", value: "meer" }],
      paging: { page: 1, pages: 2, total: 40, nextValue: "meer" },
    });
    expect(reply.title).toBe("Limburg");
    expect(reply.actions).toEqual([{ label: "More", value: "meer" }]);
    expect(reply.paging).toEqual({ page: 1, pages: 2, total: 40, nextValue: "meer" });
  });
});

describe("textReply", () => {
  it("is one paragraph with its data", () => {
    const reply = textReply("nl", "record_outreach", "Genoteerd: Venlo is gebeld.", { bodyCode: "GM0983" });
    expect(reply.blocks).toEqual([{ type: "paragraph", text: "Genoteerd: Venlo is gebeld." }]);
    expect(reply.data).toEqual({ bodyCode: "GM0983" });
    expect(reply.actions).toEqual([]);
  });
});
