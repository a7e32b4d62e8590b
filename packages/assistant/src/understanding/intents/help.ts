import { z } from "zod";
import { defineCue } from "../cue.ts";
import { defineIntent } from "../define-intent.ts";

/** "help", "wat kun je?": what the assistant can do. */
export const helpCue = defineCue(
  "help",
  [
    /^help\b/,
    /\bhelp$/,
    /^hulp$/,
    /\bwat kun je\b/,
    /\bwat kan je\b/,
    /\bwat kan ik\b/,
    /\bwat kun jij\b/,
    /\bwat doe je\b/,
    /\bwhat can you\b/,
    /\bwhat can i\b/,
    /\bwhat do you do\b/,
    /\bhoe werkt\b/,
    /\bhow does (?:this|it|the bot) work\b/,
    /\bhow do i use\b/,
    /\bcommando\w*/,
    /\bcommands?\b/,
    /\buitleg\b/,
    /\binstructi\w*/,
    /\bhandleiding\b/,
    /\bmanual\b/,
    /\bmogelijkheden\b/,
    /\bopties\b/,
    /\boptions\b/,
    /\bwie ben je\b/,
    /\bneed (?:some |a little )?help\b/,
    /\bhulp nodig\b/,
    /\bwho are you\b/,
  ],
  ["commando", "commands"],
);

/** What the assistant can do. */
export const help = defineIntent({
  name: "help",
  schema: z.object({ intent: z.literal("help") }),
  score: (e) => (e.cues.has(helpCue) ? 3.2 : 0) - (e.hasBody ? 2 : 0) - (e.surveyValue ? 1 : 0),
  build: () => ({ intent: "help" as const }),
  examples: {
    nl: ["help", "wat kun je allemaal?", "hoe werkt deze bot?", "welke commando's zijn er?"],
    en: ["help", "what can you do?", "how do I use this?", "which commands are there?"],
  },
});
