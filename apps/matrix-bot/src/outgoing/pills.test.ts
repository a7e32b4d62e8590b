import { createReply, type PersonMention } from "@weerbaar/assistant";
import { describe, expect, it } from "vitest";
import { noticeContent } from "./content.ts";

const anna: PersonMention = {
  name: "Anna de Vries",
  identities: [
    { platform: "teams", aadObjectId: "9d1c4f2e-0000-4000-8000-00000000a11a" },
    { platform: "matrix", userId: "@anna:weerbaar.test" },
  ],
};

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
