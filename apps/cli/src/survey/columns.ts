/** The survey file columns, in export order. */
export const SURVEY_COLUMNS = [
  "code",
  "name",
  "kind",
  "province",
  "protocol",
  "usage",
  "code_of_conduct",
  "updated_at",
  "updated_by",
  "note",
] as const;

/** One survey column name. */
export type SurveyColumn = (typeof SURVEY_COLUMNS)[number];

/** One body as a row of a CSV or XLSX export: every cell a string, empty when unknown. */
export type SurveyRecord = Record<SurveyColumn, string>;

/** One body in the JSON export. */
export type SurveyJson = {
  code: string;
  name: string;
  kind: string;
  province: string;
  protocol: string;
  usage: string;
  codeOfConduct: string;
  updatedAt: string | null;
  updatedBy: string | null;
  note: string | null;
};
