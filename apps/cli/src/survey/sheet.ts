import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { parse } from "csv-parse/sync";
import type ExcelJS from "exceljs";
import { CliError } from "../cli-error.ts";

/** A data row of an imported file with the line (CSV) or row number (XLSX) it came from. */
export type SheetRow = { line: number; cells: string[] };
/** An imported table: its header cells and data rows. */
export type Sheet = { headers: string[]; rows: SheetRow[] };

/** The file formats of survey files. */
export type SheetFormat = "csv" | "xlsx";

/** The format of a file by its extension, or a CliError. */
export function sheetFormat(path: string): SheetFormat {
  const ext = extname(path).toLowerCase();
  if (ext === ".csv") return "csv";
  if (ext === ".xlsx") return "xlsx";
  throw new CliError([`${path}: unsupported file type "${ext || "(none)"}"; use .csv or .xlsx`]);
}

/** Reads a CSV (comma or semicolon separated, as Dutch Excel writes) or the first sheet of an XLSX file. */
export async function readSheet(path: string): Promise<Sheet> {
  const format = sheetFormat(path);
  let buffer: Buffer;
  try {
    buffer = await readFile(path);
  } catch (error) {
    throw new CliError([
      `${path}: cannot read file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    ]);
  }
  return format === "csv" ? readCsv(buffer.toString("utf8"), path) : readXlsx(buffer, path);
}

function readCsv(text: string, path: string): Sheet {
  const firstLine = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  const delimiter = firstLine.includes(";") && !firstLine.includes(",") ? ";" : ",";
  let records: { record: string[]; info: { lines: number }; raw: string }[];
  try {
    records = parse(text, {
      bom: true,
      delimiter,
      info: true,
      raw: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as unknown as typeof records;
  } catch (error) {
    throw new CliError([`${path}: not a valid CSV file (${(error as Error).message})`]);
  }
  const rows = records.map(({ record, info, raw }) => {
    const body = raw.replace(/^[\r\n]+/, "").replace(/\r?\n$/, "");
    const line = info.lines - (body.match(/\n/g)?.length ?? 0);
    return { line, cells: record };
  });
  const [header, ...data] = rows;
  return { headers: header?.cells ?? [], rows: data.filter((r) => r.cells.some((c) => c.trim() !== "")) };
}

async function readXlsx(buffer: Buffer, path: string): Promise<Sheet> {
  // exceljs is large: loaded only when an XLSX file is read.
  const { default: Excel } = await import("exceljs");
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (error) {
    throw new CliError([`${path}: not a valid XLSX file (${(error as Error).message})`]);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { headers: [], rows: [] };
  const width = sheet.columnCount;
  const cellsOf = (row: ExcelJS.Row) =>
    Array.from({ length: width }, (_, i) => row.getCell(i + 1).text ?? "");
  const headers = cellsOf(sheet.getRow(1));
  const rows: SheetRow[] = [];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells = cellsOf(row);
    if (cells.some((c) => c.trim() !== "")) rows.push({ line: rowNumber, cells });
  });
  return { headers, rows };
}
