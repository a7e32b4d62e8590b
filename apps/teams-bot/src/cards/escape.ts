const INLINE_MARKDOWN = /[\\`*_~[\]]/g;
const LINE_START_MARKDOWN = /^(\s*)([-+>#]|\d+\.)(?=\s|$)/gm;

/**
 * Plain text made safe for an Adaptive Card TextBlock: Teams interprets a markdown subset (emphasis, links,
 * lists) and `{{DATE(...)}}` functions there, so their markers are escaped and the text shows literally.
 * Adaptive Cards render no HTML, so `<b>` already shows as typed.
 */
export function escapeCardText(text: string): string {
  return text
    .replace(INLINE_MARKDOWN, (ch) => `\\${ch}`)
    .replace(LINE_START_MARKDOWN, (_all, space: string, marker: string) =>
      marker.endsWith(".") ? `${space}${marker.slice(0, -1)}\\.` : `${space}\\${marker}`,
    )
    .replace(/\{\{/g, "{\u200B{");
}
