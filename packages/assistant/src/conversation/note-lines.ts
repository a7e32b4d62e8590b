/**
 * A message of several lines with each line a sentence: "Gesprek met Venray\n- geen protocol\n- bel half november"
 * reads as "Gesprek met Venray. geen protocol. bel half november". cleanText collapses line breaks, and a pasted
 * note often ends its lines without a full stop; one line (most messages) is returned as it is.
 */
export function linesAsSentences(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-*•·–]|\d{1,2}[.)])\s+/, "").trim())
    .filter((line) => line !== "");
  if (lines.length < 2) return text;
  return lines.map((line) => (/[.!?;:,]$/.test(line) ? line : `${line}.`)).join(" ");
}
