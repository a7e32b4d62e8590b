import { exampleText } from "./define-intent.ts";
import type { Reading } from "./intent.ts";
import { intentDefinitions } from "./intents/index.ts";
import type { Lang } from "./language.ts";

type Paraphrase = (intent: Reading, lang: Lang) => string;

/** A short restatement of a reading, offered as a choice: the intent module's paraphrase, or its first example. */
export function paraphraseReading(reading: Reading, lang: Lang): string {
  const definition = intentDefinitions.find((d) => d.name === reading.intent);
  if (!definition) return reading.intent;
  if ("paraphrase" in definition && definition.paraphrase) {
    return (definition.paraphrase as Paraphrase)(reading, lang);
  }
  const [first] = definition.examples[lang];
  return first === undefined ? reading.intent : exampleText(first);
}
