import type { Block, Reply } from "./reply.ts";

const bullet = "• ";

function renderBlock(block: Block): string {
  switch (block.type) {
    case "paragraph":
      return block.text;
    case "facts": {
      const width = Math.max(...block.facts.map((f) => f.label.length));
      return block.facts.map((f) => `${`${f.label}:`.padEnd(width + 2)}${f.value}`).join("\n");
    }
    case "list": {
      const items = block.items.map((item, i) => (block.ordered ? `${i + 1}. ${item}` : `${bullet}${item}`));
      return [block.title, ...items].filter((line) => line !== undefined).join("\n");
    }
    case "table": {
      const widths = block.columns.map((c, i) =>
        Math.max(c.length, ...block.rows.map((r) => (r[i] ?? "").length)),
      );
      const line = (cells: readonly string[]) =>
        cells
          .map((cell, i) => cell.padEnd(widths[i] ?? 0))
          .join("  ")
          .trimEnd();
      return [line(block.columns), line(widths.map((w) => "-".repeat(w))), ...block.rows.map(line)].join(
        "\n",
      );
    }
    case "groups":
      return block.groups
        .map((g) => `${g.title}\n${g.items.map((item) => `  ${bullet}${item}`).join("\n")}`)
        .join("\n");
  }
}

/**
 * The reply as plain text: the console's output and every platform's fallback. Markup in the text stays literal
 * text; long results end with the page indicator in the reply's language.
 *
 * @example
 * ```ts
 * renderPlainText(textReply("nl", "help", "Vraag me naar een gemeente.")); // "Vraag me naar een gemeente."
 * ```
 */
export function renderPlainText(reply: Reply): string {
  const parts: string[] = [];
  if (reply.title) parts.push(reply.title);
  for (const block of reply.blocks) parts.push(renderBlock(block));
  if (reply.paging && reply.paging.pages > 1) {
    const { page, pages } = reply.paging;
    parts.push(reply.lang === "nl" ? `Pagina ${page} van ${pages}` : `Page ${page} of ${pages}`);
  }
  if (reply.actions.length > 0) {
    parts.push(reply.actions.map((a) => `[${a.label}]`).join(" "));
  }
  for (const attachment of reply.attachments)
    parts.push(`(${attachment.fileName}: ${attachment.description})`);
  return parts.join("\n\n");
}
