// Every example phrasing of every intent module is understood as that intent, with the slots it names: the
// examples the help and "did you mean" show are tested by what they are, not copied into a test.
import { describe, expect, it } from "vitest";
import { exampleText, intentDefinitions, scoredIntents, understand } from "../src/understanding/index.ts";
import { flattenEntities } from "./corpus/corpus.ts";

const examples = intentDefinitions.flatMap((definition) =>
  (["nl", "en"] as const).flatMap((lang) =>
    definition.examples[lang].map((example) => ({
      intent: definition.name,
      lang,
      text: exampleText(example),
      slots: typeof example === "string" ? {} : example.slots,
    })),
  ),
);

describe("intent modules", () => {
  it("have unique names and at least one example per language", () => {
    const names = intentDefinitions.map((d) => d.name);
    expect(new Set(names).size).toBe(names.length);
    for (const definition of intentDefinitions) {
      expect(definition.examples.nl.length, definition.name).toBeGreaterThan(0);
      expect(definition.examples.en.length, definition.name).toBeGreaterThan(0);
    }
  });

  it("show every help group", () => {
    const groups = new Set(scoredIntents.flatMap((d) => (d.help ? [d.help.group] : [])));
    expect([...groups].sort()).toEqual(["bodies", "outreach", "reminders", "survey"]);
  });

  it.each(examples)("$intent ($lang): $text", ({ intent, lang, text, slots }) => {
    const understood = understand(text, { langHint: lang });
    expect(understood.intent.intent).toBe(intent);
    expect(understood.lang).toBe(lang);
    const flat = flattenEntities(understood.intent);
    for (const [slot, value] of Object.entries(slots)) expect(flat[slot], slot).toEqual(value);
  });
});
