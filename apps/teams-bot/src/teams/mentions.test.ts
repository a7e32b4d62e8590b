import type { Activity } from "botbuilder";
import { describe, expect, it } from "vitest";
import { mentionsBot, textWithoutBotMentions } from "./mentions.ts";

const bot = { id: "28:app", name: "Weerbaar" };

/** A mention entity as Teams sends it. */
const mention = (id: string, name: string) => ({
  type: "mention",
  text: `<at>${name}</at>`,
  mentioned: { id, name },
});

/** A channel message to the bot with the given text and mention entities. */
const message = (text: string, entities: ReturnType<typeof mention>[]) =>
  ({ type: "message", recipient: bot, text, entities }) as unknown as Activity;

describe("the bot's mentions (botbuilder's TurnContext helpers)", () => {
  it("strips only the bot's own mention", () => {
    const activity = message("<at>Weerbaar</at> vraag <at>Jan</at> naar Leudal", [
      mention("28:app", "Weerbaar"),
      mention("29:jan", "Jan"),
    ]);
    expect(mentionsBot(activity)).toBe(true);
    expect(textWithoutBotMentions(activity)).toBe("vraag <at>Jan</at> naar Leudal");
  });

  it("does not count a mention of someone else", () => {
    const activity = message("<at>Jan</at> kijk", [mention("29:jan", "Jan")]);
    expect(mentionsBot(activity)).toBe(false);
    expect(textWithoutBotMentions(activity)).toBe("<at>Jan</at> kijk");
  });

  it("strips every mention of the bot and tidies the spaces Teams leaves", () => {
    const activity = message("<at>Weerbaar</at>&nbsp;hoe staat <at>Weerbaar</at>  Leudal ervoor? ", [
      mention("28:app", "Weerbaar"),
      mention("28:app", "Weerbaar"),
    ]);
    expect(textWithoutBotMentions(activity)).toBe("hoe staat Leudal ervoor?");
  });

  it("leaves the turn's activity as it was received", () => {
    const activity = message("<at>Weerbaar</at> help", [mention("28:app", "Weerbaar")]);
    expect(textWithoutBotMentions(activity)).toBe("help");
    expect(activity.text).toBe("<at>Weerbaar</at> help");
  });

  it("reads a message without entities or text as no mention", () => {
    const activity = { type: "message", recipient: bot } as unknown as Activity;
    expect(mentionsBot(activity)).toBe(false);
    expect(textWithoutBotMentions(activity)).toBe("");
  });
});
