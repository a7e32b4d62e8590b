import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ajvDraft04, { type ErrorObject, type ValidateFunction } from "ajv-draft-04";
import ajvFormats from "ajv-formats";

// Both are CommonJS: under NodeNext their default export is the `default` property of module.exports.
const Ajv04 = ajvDraft04.default;
const addFormats = ajvFormats.default;

/** Where the vendored Microsoft schemas live (see SOURCE.md there). */
export const SCHEMA_DIRECTORY = join(dirname(fileURLToPath(import.meta.url)), "..", "appPackage", "schema");
/** The manifest schema file in SCHEMA_DIRECTORY. */
export const MANIFEST_SCHEMA_FILE = "MicrosoftTeams.schema.json";
/** The localisation (strings file) schema file in SCHEMA_DIRECTORY. */
export const LOCALIZATION_SCHEMA_FILE = "MicrosoftTeams.Localization.schema.json";

/** Checks a manifest and its localisation files; each function returns the problems found, empty when valid. */
export type AppPackageValidator = {
  /** The manifest against the manifest schema, and its `version` against the schema's semver definition. */
  manifest(manifest: unknown): string[];
  /** A localisation file against the localisation schema; every key must name a text in `manifest`. */
  localization(strings: unknown, manifest: unknown): string[];
};

function readSchema(directory: string, file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(directory, file), "utf8")) as Record<string, unknown>;
}

function describe(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((error) => {
    const where = error.instancePath || "/";
    const detail =
      error.keyword === "additionalProperties"
        ? ` ("${String(error.params.additionalProperty)}")`
        : error.keyword === "enum"
          ? ` (${JSON.stringify(error.params.allowedValues)})`
          : "";
    return `${where} ${error.message ?? error.keyword}${detail}`;
  });
}

function run(validate: ValidateFunction, value: unknown): string[] {
  return validate(value) ? [] : describe(validate.errors);
}

/** The value at a localisation key such as `bots[0].commandLists[0].commands[3].title`, if any. */
function valueAt(manifest: unknown, key: string): unknown {
  let value = manifest;
  for (const [, property, index] of key.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[property ?? index ?? ""];
  }
  return value;
}

/**
 * A validator for the vendored Teams schemas. They declare JSON Schema draft-04, hence ajv-draft-04. They are
 * Microsoft's and not written for Ajv's strict mode (keywords without their `type`), so strict is off; the
 * localisation schema's patterns use `\b]`, which only parses as a non-unicode regular expression (as the
 * .NET validators Teams uses read it).
 */
export function createAppPackageValidator(directory = SCHEMA_DIRECTORY): AppPackageValidator {
  const ajv = new Ajv04({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addSchema(readSchema(directory, MANIFEST_SCHEMA_FILE), "manifest");
  const manifestSchema = ajv.compile({ $ref: "manifest#" });
  const semver = ajv.compile({ $ref: "manifest#/definitions/semver" });
  const localizationSchema = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(localizationSchema);
  const localization = localizationSchema.compile(readSchema(directory, LOCALIZATION_SCHEMA_FILE));

  return {
    manifest(manifest) {
      const problems = run(manifestSchema, manifest);
      const version = (manifest as { version?: unknown } | null)?.version;
      if (typeof version === "string" && !semver(version))
        problems.push(`/version "${version}" is not MAJOR.MINOR.PATCH`);
      return problems;
    },
    localization(strings, manifest) {
      const problems = run(localization, strings);
      if (strings === null || typeof strings !== "object") return problems;
      for (const key of Object.keys(strings)) {
        if (key === "$schema" || key === "localizationKeys") continue;
        if (typeof valueAt(manifest, key) !== "string")
          problems.push(`"${key}" names no text in the manifest`);
      }
      return problems;
    },
  };
}
