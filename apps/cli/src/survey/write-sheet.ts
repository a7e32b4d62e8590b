import { stringify } from "csv-stringify/sync";
import { SURVEY_COLUMNS, type SurveyRecord } from "./columns.ts";

/** The records as CSV with a header row. */
export function surveyCsv(records: readonly SurveyRecord[]): string {
  return stringify(
    records.map((r) => SURVEY_COLUMNS.map((c) => r[c])),
    { header: true, columns: [...SURVEY_COLUMNS] },
  );
}

/** The records as an XLSX workbook (one sheet "survey", every cell text so nothing is reinterpreted). */
export async function surveyXlsx(records: readonly SurveyRecord[]): Promise<Buffer> {
  // exceljs is large: loaded only when an XLSX file is written.
  const { default: Excel } = await import("exceljs");
  const workbook = new Excel.Workbook();
  const sheet = workbook.addWorksheet("survey");
  sheet.columns = SURVEY_COLUMNS.map((c) => ({ header: c, key: c, width: c === "note" ? 60 : 18 }));
  for (const record of records) sheet.addRow(SURVEY_COLUMNS.map((c) => record[c]));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
