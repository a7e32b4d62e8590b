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

  it.each([
    "what can u do",
    "how works this bot",
    "hlpe",
    "i dont get what i can ask here",
    "everything you can do, show me",
    "hoe werkt deze assistent precies? mijn collega zei dat je ook afspraken kunt plannen",
  ])("%j gets the help", (text) => {
    expect(understand(text).intent.intent).toBe("help");
  });

  it.each([
    "so what else can you do besides the agenda stuff?",
    "what's in your toolbox?",
    "welke dingen kan ik aan je vragen over gemeenten?",
    "which questions about municipalities can you answer?",
    "ik snap niet welke zinnen je begrijpt",
    "I've no clue what you understand",
    "gebruiksaanwijzing?",
    "user guide?",
    "zou je me kort op weg willen helpen met deze assistent?",
    "waht sort of stuff do you do",
  ])("%j gets the help", (text) => {
    expect(understand(text).intent.intent).toBe("help");
  });

  it("still answers what it names when a body is asked about", () => {
    expect(understand("what else can you tell me about Venlo?").intent.intent).not.toBe("help");
  });

  it("takes an overview of what it can do for the help, not the survey", () => {
    expect(understand("could you give me an overview of what you can do?").intent.intent).toBe("help");
    expect(understand("kun je me een overzicht geven van wat je kunt?").intent.intent).toBe("help");
    expect(understand("geef een overzicht van de uitvraag").intent.intent).toBe("survey_summary");
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
