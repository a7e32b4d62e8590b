import { describe, expect, it } from "vitest";
import { noticeContent, postContent, relationFor, txnIdFor } from "./content.ts";

describe("outgoing messages", () => {
  it("derives stable, URL-safe transaction ids from delivery keys", () => {
    expect(txnIdFor("delivery:1")).toBe(txnIdFor("delivery:1"));
    expect(txnIdFor("delivery:1")).not.toBe(txnIdFor("delivery:2"));
    expect(txnIdFor("reply:$abc/def")).toMatch(/^wb-[0-9a-f]{40}$/);
  });

  it("replies in a thread when there is a thread root, else as a plain reply", () => {
    expect(relationFor({ inReplyTo: "$q", threadRoot: "$root" })).toEqual({
      rel_type: "m.thread",
      event_id: "$root",
      is_falling_back: false,
      "m.in_reply_to": { event_id: "$q" },
    });
    expect(relationFor({ inReplyTo: "$q" })).toEqual({ "m.in_reply_to": { event_id: "$q" } });
    expect(relationFor({})).toBeUndefined();
  });

  it("sends replies as m.notice with plain body and HTML, mentioning nobody", () => {
    const content = noticeContent(
      {
        lang: "en",
        intent: "x",
        blocks: [{ type: "paragraph", text: "a < b" }],
        actions: [],
        attachments: [],
        data: {},
      },
      { inReplyTo: "$q" },
    );
    expect(content).toEqual({
      msgtype: "m.notice",
      body: "a < b",
      format: "org.matrix.custom.html",
      formatted_body: "<p>a &lt; b</p>",
      "m.mentions": {},
      "m.relates_to": { "m.in_reply_to": { event_id: "$q" } },
    });
  });

  it("posts what someone must see as m.text that mentions exactly the given people and the reply's pills", () => {
    const anna = { name: "Anna", identities: [{ platform: "matrix" as const, userId: "@anna:hs" }] };
    const reply = {
      lang: "nl" as const,
      intent: "reminder",
      blocks: [{ type: "paragraph" as const, text: "Organisator: Anna", mentions: [anna] }],
      actions: [],
      attachments: [],
      data: {},
    };
    expect(postContent(reply, ["@bob:hs", "@anna:hs"])).toMatchObject({
      msgtype: "m.text",
      body: "Organisator: Anna",
      "m.mentions": { user_ids: ["@anna:hs", "@bob:hs"] },
    });
    expect(postContent({ ...reply, blocks: [] }, [])["m.mentions"]).toEqual({});
    expect(noticeContent(reply).msgtype).toBe("m.notice");
  });
});
