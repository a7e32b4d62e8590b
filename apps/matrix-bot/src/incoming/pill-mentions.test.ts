import { describe, expect, it } from "vitest";
import { pillMentions } from "./pill-mentions.ts";

const BOT = "@weerbaar:weerbaar.test";

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
