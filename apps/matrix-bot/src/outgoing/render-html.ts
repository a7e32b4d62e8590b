import { type Block, type Reply, renderPlainText } from "../assistant-types.ts";
import { choiceHint, numberedOptions } from "./choice-hints.ts";
import { escapeHtml as e } from "./escape-html.ts";
import { paragraphHtml } from "./pills.ts";

function renderBlock(block: Block): string {
  switch (block.type) {
    case "paragraph":
      return `<p>${paragraphHtml(block).replace(/\n/g, "<br>")}</p>`;
    case "facts":
      return `<ul>${block.facts.map((f) => `<li><strong>${e(f.label)}:</strong> ${e(f.value)}</li>`).join("")}</ul>`;
    case "list": {
      const tag = block.ordered ? "ol" : "ul";
      const title = block.title ? `<p><strong>${e(block.title)}</strong></p>` : "";
      return `${title}<${tag}>${block.items.map((item) => `<li>${e(item)}</li>`).join("")}</${tag}>`;
    }
    case "table": {
      const head = `<thead><tr>${block.columns.map((c) => `<th>${e(c)}</th>`).join("")}</tr></thead>`;
      const rows = block.rows.map((row) => `<tr>${row.map((cell) => `<td>${e(cell)}</td>`).join("")}</tr>`);
      return `<table>${head}<tbody>${rows.join("")}</tbody></table>`;
    }
    case "groups":
      return block.groups
        .map(
          (g) =>
            `<p><strong>${e(g.title)}</strong></p><ul>${g.items.map((i) => `<li>${e(i)}</li>`).join("")}</ul>`,
        )
        .join("");
  }
}

/**
 * The reply as Matrix HTML (org.matrix.custom.html, the tags Matrix clients allow): title in bold, tables,
 * lists, facts, numbered options with a hint. Every string from the reply is escaped.
 */
export function renderHtml(reply: Reply): string {
  const parts: string[] = [];
  if (reply.title) parts.push(`<p><strong>${e(reply.title)}</strong></p>`);
  for (const block of reply.blocks) parts.push(renderBlock(block));
  if (reply.paging && reply.paging.pages > 1) {
    const { page, pages } = reply.paging;
    parts.push(
      `<p><em>${reply.lang === "nl" ? `Pagina ${page} van ${pages}` : `Page ${page} of ${pages}`}</em></p>`,
    );
  }
  if (reply.actions.length > 0) {
    parts.push(`<ol>${reply.actions.map((a) => `<li>${e(a.label)}</li>`).join("")}</ol>`);
    parts.push(`<p><em>${e(choiceHint(reply.lang, reply.actions))}</em></p>`);
  }
  return parts.join("");
}

/** The reply as the plain-text `body`: the assistant's plain rendering with numbered options and a hint. */
export function renderBody(reply: Reply): string {
  const text = renderPlainText({ ...reply, actions: [] });
  if (reply.actions.length === 0) return text;
  return [text, numberedOptions(reply.actions).join("\n"), choiceHint(reply.lang, reply.actions)]
    .filter((part) => part !== "")
    .join("\n\n");
}
