import { describe, expect, it } from "vitest";
import { understand } from "./understand.ts";

describe("a question about using the assistant", () => {
  it.each([
    "hoe begin ik?",
    "how do I get started?",
    "kun je me uitleggen hoe dit werkt",
    "what can I use you for?",
  ])("%j gets the help", (text) => {
    expect(understand(text).intent.intent).toBe("help");
  });

  it("gives way to a request the message makes", () => {
    expect(understand("hoe plan ik een afspraak met Venlo op vrijdag om 10 uur").intent.intent).toBe(
      "book_meeting",
    );
  });

  it("is not small talk", () => {
    expect(understand("hoe gaat het met je?").intent.intent).toBe("unknown");
    expect(understand("how are you?").intent.intent).toBe("unknown");
  });
});
