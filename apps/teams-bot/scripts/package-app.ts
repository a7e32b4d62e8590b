import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { appVersion } from "./app-version.ts";
import { ICONS, renderIconSources } from "./icons.ts";
import { createAppPackageValidator } from "./manifest-schema.ts";
import { createZip, type ZipEntry } from "./zip.ts";

const APP_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
/** The folder with the manifest template, its localisation files and the icons' SVG sources. */
export const APP_PACKAGE_DIRECTORY = join(APP_ROOT, "appPackage");
/** The bot id the manifest carries until a real MicrosoftAppId is given. */
export const PLACEHOLDER_BOT_ID = "00000000-0000-0000-0000-000000000000";

/** The parts of the manifest the build reads or fills in; the rest passes through untouched. */
type Manifest = {
  version: string;
  bots: { botId: string }[];
  developer: Record<string, string>;
  icons: { color: string; outline: string };
  localizationInfo?: { additionalLanguages?: { languageTag: string; file: string }[] };
};

/** A package that would not pass Teams' validation: `problems` lists each file's schema errors. */
export class AppPackageError extends Error {
  override readonly name = "AppPackageError";
  constructor(readonly problems: readonly string[]) {
    super(`The Teams app package is not valid:\n${problems.map((problem) => `- ${problem}`).join("\n")}`);
  }
}

/** Both icons rendered from appPackage/color.svg and appPackage/outline.svg. */
export function renderIcons(): { color: Buffer; outline: Buffer } {
  return renderIconSources(APP_PACKAGE_DIRECTORY);
}

/** Writes the rendered icons next to their SVGs in appPackage/ (deterministic, so re-running changes nothing). */
export async function writeIcons(directory = APP_PACKAGE_DIRECTORY): Promise<void> {
  const { color, outline } = renderIcons();
  await writeFile(join(directory, ICONS.color.file), color);
  await writeFile(join(directory, ICONS.outline.file), outline);
}

/** The team's pages the manifest links to; Teams shows them in the app's details. */
export type DeveloperUrls = { websiteUrl?: string; privacyUrl?: string; termsOfUseUrl?: string };

/** The developer URLs given in the environment (WEERBAAR_WEBSITE_URL, WEERBAAR_PRIVACY_URL, WEERBAAR_TERMS_URL). */
export function developerUrlsFromEnv(env: NodeJS.ProcessEnv): DeveloperUrls {
  const url = (name: string) => {
    const value = env[name]?.trim();
    if (!value) return undefined;
    if (!/^https:\/\/\S+$/.test(value)) throw new Error(`${name} must be an https:// URL, got "${value}"`);
    return value;
  };
  const urls = {
    websiteUrl: url("WEERBAAR_WEBSITE_URL"),
    privacyUrl: url("WEERBAAR_PRIVACY_URL"),
    termsOfUseUrl: url("WEERBAAR_TERMS_URL"),
  };
  return Object.fromEntries(Object.entries(urls).filter(([, v]) => v !== undefined));
}

/** What goes into a package besides the template. */
export type AppPackageOptions = {
  /** The Azure Bot's Microsoft App ID; PLACEHOLDER_BOT_ID when not given. */
  botId?: string;
  /** Developer pages replacing the template's example.org placeholders. */
  developer?: DeveloperUrls;
  /** The build counter (BUILD_NUMBER) that becomes the version's patch; see appVersion. */
  buildNumber?: string;
  /** Overrides package.json's version (tests). */
  packageVersion?: string;
};

/** A validated package: its version, the manifest as written and the files in zip order. */
export type AppPackage = { version: string; manifest: Record<string, unknown>; entries: ZipEntry[] };

async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await readFile(file, "utf8"));
}

function jsonFile(value: unknown): Buffer {
  return Buffer.from(`${JSON.stringify(value, null, 2)}\n`);
}

/**
 * Builds the package's files from appPackage/: the manifest with the bot id, developer URLs and the version
 * stamped in, its localisation files and both icons; throws AppPackageError when any file breaks the vendored
 * schemas, so no package Teams would refuse is ever written.
 */
export async function buildAppPackage(options: AppPackageOptions = {}): Promise<AppPackage> {
  const manifest = (await readJson(join(APP_PACKAGE_DIRECTORY, "manifest.json"))) as Manifest;
  const packageJson = (await readJson(join(APP_ROOT, "package.json"))) as { version: string };
  manifest.version = appVersion(options.packageVersion ?? packageJson.version, options.buildNumber);
  for (const bot of manifest.bots) bot.botId = options.botId ?? bot.botId;
  Object.assign(manifest.developer, options.developer ?? {});

  const validate = createAppPackageValidator();
  const problems = validate.manifest(manifest).map((problem) => `manifest.json ${problem}`);
  const languages: ZipEntry[] = [];
  for (const { file } of manifest.localizationInfo?.additionalLanguages ?? []) {
    const strings = await readJson(join(APP_PACKAGE_DIRECTORY, file));
    problems.push(...validate.localization(strings, manifest).map((problem) => `${file} ${problem}`));
    languages.push({ name: file, data: jsonFile(strings) });
  }
  if (problems.length > 0) throw new AppPackageError(problems);

  const icons = renderIcons();
  return {
    version: manifest.version,
    manifest: manifest as unknown as Record<string, unknown>,
    entries: [
      { name: "manifest.json", data: jsonFile(manifest) },
      ...languages,
      { name: manifest.icons.color, data: icons.color },
      { name: manifest.icons.outline, data: icons.outline },
    ],
  };
}

/**
 * Builds the Teams app package and zips it at `outFile` (default dist/weerbaar-teams-<version>.zip) for upload
 * in Teams (Apps → Manage your apps → Upload an app) or the Teams admin center. Returns the file's path.
 */
export async function packageApp(options: AppPackageOptions & { outFile?: string } = {}): Promise<string> {
  const built = await buildAppPackage(options);
  const outFile = options.outFile ?? join(APP_ROOT, "dist", `weerbaar-teams-${built.version}.zip`);
  await mkdir(dirname(outFile), { recursive: true });
  await writeFile(outFile, createZip(built.entries));
  return outFile;
}

async function main(env: NodeJS.ProcessEnv): Promise<void> {
  const botId = env.MicrosoftAppId?.trim();
  if (!botId)
    console.warn(
      `MicrosoftAppId is not set: the package carries the placeholder bot id ${PLACEHOLDER_BOT_ID}.`,
    );
  const developer = developerUrlsFromEnv(env);
  if (Object.keys(developer).length < 3)
    console.warn(
      "Set WEERBAAR_WEBSITE_URL, WEERBAAR_PRIVACY_URL and WEERBAAR_TERMS_URL: the manifest otherwise links to example.org.",
    );
  const buildNumber = env.BUILD_NUMBER?.trim();
  if (!buildNumber)
    console.warn(
      "BUILD_NUMBER is not set: the app version is package.json's; Teams only upgrades to a higher one.",
    );
  await writeIcons();
  const file = await packageApp({
    ...(botId ? { botId } : {}),
    developer,
    ...(buildNumber ? { buildNumber } : {}),
  });
  console.log(`Teams app package written to ${file}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main(process.env).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  });
}
