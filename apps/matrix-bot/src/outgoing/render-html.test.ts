import { describe, expect, it } from "vitest";
import type { Reply } from "../assistant-types.ts";
import { renderBody, renderHtml } from "./render-html.ts";

const reply = (overrides: Partial<Reply>): Reply => ({
  lang: "nl",
  intent: "test",
  blocks: [],
  actions: [],
  attachments: [],
  data: {},
  ...overrides,
});

describe("renderHtml", () => {
  it("renders title, paragraph, table, list, facts and groups with Matrix-safe tags", () => {
    const html = renderHtml(
      reply({
        title: "Limburg",
        blocks: [
          { type: "paragraph", text: "Twee regels\nhier" },
          { type: "table", columns: ["Gemeente", "Protocol"], rows: [["Leudal", "nee"]] },
          { type: "list", title: "Zonder protocol", items: ["Leudal", "Venlo"], ordered: true },
          { type: "facts", facts: [{ label: "Fase", value: "benaderd" }] },
          { type: "groups", groups: [{ title: "Noord", items: ["Venlo"] }] },
        ],
      }),
    );
    expect(html).toBe(
      "<p><strong>Limburg</strong></p><p>Twee regels<br>hier</p>" +
        "<table><thead><tr><th>Gemeente</th><th>Protocol</th></tr></thead><tbody><tr><td>Leudal</td><td>nee</td></tr></tbody></table>" +
        "<p><strong>Zonder protocol</strong></p><ol><li>Leudal</li><li>Venlo</li></ol>" +
        "<ul><li><strong>Fase:</strong> benaderd</li></ul>" +
        "<p><strong>Noord</strong></p><ul><li>Venlo</li></ul>",
    );
  });

  it("escapes every string, including titles, cells and action labels", () => {
    const evil = `<script>x("&'")</script>`;
    const html = renderHtml(
      reply({
        title: evil,
        blocks: [{ type: "table", columns: [evil], rows: [[evil]] }],
        actions: [{ label: evil, value: "1" }],
      }),
    );
    expect(html).not.toContain("<script>");
    expect(html.split("&lt;script&gt;x(&quot;&amp;&#39;&quot;)&lt;/script&gt;").length - 1).toBe(4);
  });

  it("shows paging and numbered actions with a hint in the reply's language", () => {
    const html = renderHtml(
      reply({
        lang: "en",
        paging: { page: 1, pages: 3, total: 30 },
        actions: [
          { label: "Yes", value: "yes", style: "positive" },
          { label: "No", value: "no", style: "destructive" },
        ],
      }),
    );
    expect(html).toContain("<p><em>Page 1 of 3</em></p>");
    expect(html).toContain("<ol><li>Yes</li><li>No</li></ol>");
    expect(html).toContain("react with 👍 to confirm or 👎 to cancel");
  });
});

describe("renderBody", () => {
  it("is the plain text with numbered options instead of [buttons]", () => {
    const body = renderBody(
      reply({ blocks: [{ type: "paragraph", text: "Welke?" }], actions: [{ label: "A", value: "a" }] }),
    );
    expect(body).toBe("Welke?\n\n1. A\n\nAntwoord met het nummer van je keuze.");
    expect(body).not.toContain("[A]");
  });

  it("is just the plain text without actions", () => {
    expect(renderBody(reply({ title: "T", blocks: [{ type: "paragraph", text: "x" }] }))).toBe("T\n\nx");
  });
});
