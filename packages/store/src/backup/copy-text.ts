// PostgreSQL's COPY text format, the rows of a backup: one line per row, fields separated by tabs, \N for null,
// and backslash escapes for what would break the line. It is data, never SQL: a restore binds it as parameters.

const NULL_FIELD = "\\N";
const escapes: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };
const unescapes: Record<string, string> = { b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v" };

/** One row as a COPY text line (no newline); every value is the column's text form, or null. */
export function encodeCopyRow(values: readonly (string | null)[]): string {
  return values
    .map((value) => (value === null ? NULL_FIELD : value.replace(/[\\\t\n\r]/g, (c) => escapes[c] ?? c)))
    .join("\t");
}

/** A COPY text line back as its values; throws on a malformed escape. */
export function decodeCopyRow(line: string): (string | null)[] {
  return line.split("\t").map((field) => (field === NULL_FIELD ? null : unescapeField(field)));
}

function unescapeField(field: string): string {
  if (!field.includes("\\")) return field;
  return field.replace(/\\(x[0-9a-fA-F]{1,2}|[0-7]{1,3}|.|$)/g, (_, code: string) => {
    if (code === "") throw new RangeError("a field ends in a lone backslash");
    if (code[0] === "x" && code.length > 1) return String.fromCharCode(Number.parseInt(code.slice(1), 16));
    if (/^[0-7]/.test(code)) return String.fromCharCode(Number.parseInt(code, 8));
    return unescapes[code] ?? code;
  });
}
