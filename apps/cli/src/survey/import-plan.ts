import {
  type Body,
  BodyKind,
  CodeOfConductStatus,
  findBodyByCode,
  ProtocolStatus,
  ProtocolUsage,
  resolveBody,
  type SurveyStatus,
} from "@weerbaar/domain";
import type { SurveyInput } from "@weerbaar/store";
import { SURVEY_COLUMNS, type SurveyColumn } from "./columns.ts";
import type { Sheet, SheetRow } from "./sheet.ts";

/** A bad row (or header, line 1) of an import file. */
export type ImportProblem = { line: number; message: string };

/** What an import would do: the events to record (changed bodies only), or the problems that stop it. */
export type ImportPlan = { changes: SurveyInput[]; unchanged: number; problems: ImportProblem[] };

function normalizeHeader(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}

function enumProblem(column: string, value: string, allowed: readonly string[]): string {
  return `unknown ${column} "${value}" (expected ${allowed.join(", ")})`;
}

/**
 * Checks every row and compares it with the current status. A column present in the file is the whole truth (an
 * empty usage, code_of_conduct or note cell means unknown / no note); an absent column keeps the current value.
 */
export function planSurveyImport(
  sheet: Sheet,
  current: ReadonlyMap<string, SurveyStatus>,
  source: string,
): ImportPlan {
  const problems: ImportProblem[] = [];
  const index = new Map<SurveyColumn, number>();
  sheet.headers.forEach((raw, i) => {
    const name = normalizeHeader(raw);
    if (name === "") return;
    if (!(SURVEY_COLUMNS as readonly string[]).includes(name)) {
      problems.push({ line: 1, message: `unknown column "${raw}" (expected ${SURVEY_COLUMNS.join(", ")})` });
    } else if (index.has(name as SurveyColumn)) {
      problems.push({ line: 1, message: `column "${name}" appears twice` });
    } else {
      index.set(name as SurveyColumn, i);
    }
  });
  if (!index.has("code") && !index.has("name"))
    problems.push({ line: 1, message: 'a "code" or "name" column is required' });
  if (!index.has("protocol")) problems.push({ line: 1, message: 'a "protocol" column is required' });
  if (problems.length > 0) return { changes: [], unchanged: 0, problems };

  const cell = (row: SheetRow, column: SurveyColumn): string | undefined => {
    const i = index.get(column);
    return i === undefined ? undefined : (row.cells[i] ?? "").trim();
  };

  const changes: SurveyInput[] = [];
  let unchanged = 0;
  const seen = new Map<string, number>();
  for (const row of sheet.rows) {
    const rowProblems: string[] = [];
    const body = findRowBody(cell(row, "code"), cell(row, "name"), cell(row, "kind"), rowProblems);
    if (body) {
      const earlier = seen.get(body.code);
      if (earlier !== undefined)
        rowProblems.push(`duplicate body ${body.code} ${body.name} (also on line ${earlier})`);
      else seen.set(body.code, row.line);
    }

    const protocolText = cell(row, "protocol") ?? "";
    const protocol = ProtocolStatus.safeParse(protocolText.toLowerCase());
    if (protocolText === "") rowProblems.push("protocol is required");
    else if (!protocol.success)
      rowProblems.push(enumProblem("protocol", protocolText, ProtocolStatus.options));

    const usageText = cell(row, "usage");
    const usage = ProtocolUsage.safeParse((usageText || "unknown").toLowerCase());
    if (!usage.success) rowProblems.push(enumProblem("usage", usageText ?? "", ProtocolUsage.options));

    const conductText = cell(row, "code_of_conduct");
    const conduct = CodeOfConductStatus.safeParse((conductText || "unknown").toLowerCase());
    if (!conduct.success)
      rowProblems.push(enumProblem("code_of_conduct", conductText ?? "", CodeOfConductStatus.options));

    if (
      protocol.success &&
      usage.success &&
      usageText !== undefined &&
      usage.data !== "unknown" &&
      protocol.data !== "present"
    ) {
      rowProblems.push(
        `usage "${usage.data}" given but protocol is "${protocol.data}" (usage needs protocol present)`,
      );
    }

    const noteCell = cell(row, "note");
    if (noteCell !== undefined && noteCell.length > 4000)
      rowProblems.push("note is longer than 4000 characters");

    if (rowProblems.length > 0 || !body || !protocol.success || !usage.success || !conduct.success) {
      problems.push({ line: row.line, message: rowProblems.join("; ") });
      continue;
    }

    const before = current.get(body.code);
    const noteText = cell(row, "note");
    const next = {
      protocol: protocol.data,
      usage:
        usageText !== undefined
          ? usage.data
          : protocol.data === "present"
            ? (before?.usage ?? "unknown")
            : ("unknown" as const),
      codeOfConduct: conductText !== undefined ? conduct.data : (before?.codeOfConduct ?? "unknown"),
      note: noteText !== undefined ? noteText || undefined : before?.note,
    };
    const same =
      before !== undefined &&
      before.protocol === next.protocol &&
      before.usage === next.usage &&
      before.codeOfConduct === next.codeOfConduct &&
      (before.note ?? undefined) === next.note;
    if (same) {
      unchanged++;
      continue;
    }
    changes.push({ bodyCode: body.code, ...next, source });
  }
  return problems.length > 0 ? { changes: [], unchanged: 0, problems } : { changes, unchanged, problems };
}

function findRowBody(
  code: string | undefined,
  name: string | undefined,
  kind: string | undefined,
  problems: string[],
): Body | undefined {
  if (code) {
    const body = findBodyByCode(code);
    if (!body) problems.push(`unknown body code "${code}"`);
    return body;
  }
  if (!name) {
    problems.push("no code or name");
    return undefined;
  }
  const kindHint = BodyKind.safeParse((kind ?? "").toLowerCase());
  const resolution = resolveBody(name, kindHint.success ? { kind: kindHint.data } : {});
  if (resolution.status === "found") return resolution.body;
  if (resolution.status === "ambiguous") {
    const options = resolution.candidates.map((b) => `${b.name} (${b.code})`).join(", ");
    problems.push(`ambiguous body "${name}": could be ${options}; add a code or kind column`);
  } else {
    problems.push(`unknown body "${name}"`);
  }
  return undefined;
}
