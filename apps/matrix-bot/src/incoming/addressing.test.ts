import { describe, expect, it } from "vitest";
import { addressing, stripReplyFallback } from "./addressing.ts";

const bot = { userId: "@weerbaar:example.org", displayName: "Weerbaar Bot", commandPrefix: "!weerbaar" };

describe("addressing", () => {
  it("is not addressed by ordinary talk", () => {
    expect(addressing({ body: "koffie iemand?" }, bot)).toEqual({ addressed: false, text: "koffie iemand?" });
  });

  it("recognises the command prefix (case-insensitive) and strips it", () => {
    expect(addressing({ body: "!Weerbaar: hoe staat Leudal ervoor?" }, bot)).toEqual({
      addressed: true,
      text: "hoe staat Leudal ervoor?",
    });
    expect(addressing({ body: "!weerbaarheid is belangrijk" }, bot).addressed).toBe(false);
  });

  it("recognises intentional mentions and pills", () => {
    expect(addressing({ body: "hoi", "m.mentions": { user_ids: [bot.userId] } }, bot).addressed).toBe(true);
    const pill = `<a href="https://matrix.to/#/${bot.userId}">Weerbaar Bot</a>: hoi`;
    expect(addressing({ body: "Weerbaar Bot: hoi", formatted_body: pill }, bot)).toEqual({
      addressed: true,
      text: "hoi",
    });
  });

  it("recognises the display name and user id as whole words and strips them", () => {
    expect(addressing({ body: "wat denk jij, weerbaar bot?" }, bot)).toEqual({
      addressed: true,
      text: "wat denk jij?",
    });
    expect(addressing({ body: "@weerbaar:example.org plan een afspraak" }, bot)).toEqual({
      addressed: true,
      text: "plan een afspraak",
    });
    expect(addressing({ body: "Weerbaar Botje" }, bot).addressed).toBe(false);
  });

  it("drops the quoted fallback of a reply", () => {
    expect(stripReplyFallback("> <@a:b> vraag\n> meer\n\nantwoord")).toBe("antwoord");
    expect(stripReplyFallback("gewoon")).toBe("gewoon");
  });
});
