import { describe, expect, it } from "vitest";
import { createReply } from "./build-reply.ts";
import { renderPlainText } from "./render-plain-text.ts";

describe("renderPlainText", () => {
  it("renders title, facts aligned, lists and actions", () => {
    const text = renderPlainText(
      createReply({
        lang: "nl",
        intent: "body_status",
        title: "Leudal",
        blocks: [
          {
            type: "facts",
            facts: [
              { label: "Protocol", value: "aanwezig" },
              { label: "Gebruik", value: "slapend" },
            ],
          },
          { type: "list", title: "Contacten", items: ["Jan (griffier)"] },
        ],
        actions: [
          { label: "Ja", value: "ja" },
          { label: "Nee", value: "nee" },
        ],
      }),
    );
    expect(text).toBe(
      "Leudal\n\nProtocol: aanwezig\nGebruik:  slapend\n\nContacten\n• Jan (griffier)\n\n[Ja] [Nee]",
    );
  });

  it("renders a table with aligned columns", () => {
    const text = renderPlainText(
      createReply({
        lang: "en",
        intent: "survey_summary",
        blocks: [
          {
            type: "table",
            columns: ["Province", "None"],
            rows: [
              ["Limburg", "3"],
              ["Zeeland", "12"],
            ],
          },
        ],
      }),
    );
    expect(text.split("\n")).toEqual(["Province  None", "--------  ----", "Limburg   3", "Zeeland   12"]);
  });

  it("renders groups and the page indicator in the reply's language", () => {
    const text = renderPlainText(
      createReply({
        lang: "en",
        intent: "list_bodies",
        blocks: [{ type: "groups", groups: [{ title: "Limburg (2)", items: ["Leudal", "Venlo"] }] }],
        paging: { page: 1, pages: 3, total: 60 },
      }),
    );
    expect(text).toBe("Limburg (2)\n  • Leudal\n  • Venlo\n\nPage 1 of 3");
  });

  it("keeps markup as literal text", () => {
    const text = renderPlainText(
      createReply({
        lang: "nl",
        intent: "x",
        blocks: [{ type: "paragraph", text: '<b>vet</b> & {"type":1}' }],
      }),
    );
    expect(text).toBe('<b>vet</b> & {"type":1}');
  });
});
