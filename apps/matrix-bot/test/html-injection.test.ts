import { isReplyTo } from "@weerbaar/testing/synapse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Assistant, IncomingMessage, Reply } from "../src/assistant-types.ts";
import { type MatrixScenario, matrixScenario } from "./support/fixture.ts";
import { bodyOf } from "./support/world.ts";

/** Puts the user's text everywhere a reply can carry text. */
class MirrorAssistant implements Assistant {
  async handle(message: IncomingMessage): Promise<Reply> {
    const t = message.text;
    return {
      lang: "nl",
      intent: "mirror",
      title: t,
      blocks: [
        { type: "paragraph", text: t },
        { type: "table", columns: ["Gemeente", t], rows: [[t, "ja"]] },
        { type: "list", items: [t], ordered: false },
        { type: "facts", facts: [{ label: t, value: t }] },
        { type: "groups", groups: [{ title: t, items: [t] }] },
      ],
      actions: [{ label: t, value: "x" }],
      attachments: [],
      data: {},
    };
  }
}

describe("HTML injection", () => {
  let t: MatrixScenario;

  beforeAll(async () => {
    t = await matrixScenario({ assistant: new MirrorAssistant() });
  });
  afterAll(() => t?.cleanup());

  it("escapes user-supplied text in every part of formatted_body", async () => {
    const roomId = await t.directRoom(t.alice);
    const evil = `<img src=x onerror="alert(1)"> & <a href='javascript:x'>klik</a>`;
    const asked = await t.alice.sendText(roomId, evil);
    const answer = await t.alice.waitForEvent(roomId, (e) => isReplyTo(e, asked), 15_000);
    const html = String(answer.content.formatted_body);
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<a ");
    const escaped =
      "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &lt;a href=&#39;javascript:x&#39;&gt;klik&lt;/a&gt;";
    expect(html.split(escaped).length - 1).toBe(10);
    expect(html).toContain("<table>");
    expect(bodyOf(answer)).toContain(evil);
  });
});
