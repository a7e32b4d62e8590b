import { createReply, type PersonMention } from "@weerbaar/assistant";
import { describe, expect, it } from "vitest";
import { noticeContent } from "./outgoing.ts";
import { pillMentions } from "./pills.ts";

const BOT = "@weerbaar:weerbaar.test";
const anna: PersonMention = {
  name: "Anna de Vries",
  identities: [
    { platform: "teams", aadObjectId: "9d1c4f2e-0000-4000-8000-00000000a11a" },
    { platform: "matrix", userId: "@anna:weerbaar.test" },
  ],
};

describe("pills in messages to the bot", () => {
  it("reads each pill but the bot's as a mention, encoded or not", () => {
    const html =
      `<a href="https://matrix.to/#/${BOT}">Weerbaar</a>: voeg ` +
      '<a href="https://matrix.to/#/%40lisa%3Aweerbaar.test?via=weerbaar.test">Lisa &amp; co</a> toe als adviseur';
    expect(pillMentions(html, BOT)).toEqual([
      { id: "matrix:@lisa:weerbaar.test", name: "Lisa & co", text: "Lisa & co" },
    ]);
  });

  it("ignores links that are no user pills, and a missing HTML body", () => {
    const html =
      '<a href="https://matrix.to/#/#room:weerbaar.test">room</a> <a href="https://example.org">x</a>';
    expect(pillMentions(html, BOT)).toEqual([]);
    expect(pillMentions(undefined, BOT)).toEqual([]);
  });
});

describe("pills in the bot's replies", () => {
  it("writes a mentioned name as a pill and notifies that user through m.mentions", () => {
    const reply = createReply({
      lang: "nl",
      intent: "x",
      blocks: [{ type: "paragraph", text: "Organisator: Anna de Vries <b>", mentions: [anna] }],
    });
    const content = noticeContent(reply);
    expect(content.formatted_body).toBe(
      '<p>Organisator: <a href="https://matrix.to/#/@anna:weerbaar.test">Anna de Vries</a> &lt;b&gt;</p>',
    );
    expect(content.body).toBe("Organisator: Anna de Vries <b>");
    expect(content["m.mentions"]).toEqual({ user_ids: ["@anna:weerbaar.test"] });
  });

  it("mentions nobody when the person has no Matrix account", () => {
    const teamsOnly = { name: "Piet", identities: [{ platform: "teams" as const, aadObjectId: "x" }] };
    const reply = createReply({
      lang: "nl",
      intent: "x",
      blocks: [{ type: "paragraph", text: "Organisator: Piet", mentions: [teamsOnly] }],
    });
    expect(noticeContent(reply)).toMatchObject({
      formatted_body: "<p>Organisator: Piet</p>",
      "m.mentions": {},
    });
  });
});
