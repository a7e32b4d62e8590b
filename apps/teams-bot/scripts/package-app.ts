import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { colorIcon, outlineIcon } from "./icons.ts";
import { encodePng } from "./png.ts";
import { createZip } from "./zip.ts";

const APP_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
/** The bot id the manifest carries until a real MicrosoftAppId is given. */
export const PLACEHOLDER_BOT_ID = "00000000-0000-0000-0000-000000000000";

/** The generated icons as PNG files. */
export function renderIcons(): { color: Buffer; outline: Buffer } {
  return { color: encodePng(colorIcon()), outline: encodePng(outlineIcon()) };
}

/** Writes the generated icons into appPackage/ (deterministic, so re-running changes nothing). */
export async function writeIcons(directory = join(APP_ROOT, "appPackage")): Promise<void> {
  const { color, outline } = renderIcons();
  await writeFile(join(directory, "color.png"), color);
  await writeFile(join(directory, "outline.png"), outline);
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

/**
 * Builds the Teams app package: manifest.json (bot id and developer URLs set when given) and both icons, zipped
 * at `outFile` for upload in Teams (Apps → Manage your apps → Upload an app) or the Teams admin center.
 */
export async function packageApp(
  options: { botId?: string; outFile?: string; developer?: DeveloperUrls } = {},
): Promise<string> {
  const outFile = options.outFile ?? join(APP_ROOT, "dist", "weerbaar-teams.zip");
  const manifest = JSON.parse(await readFile(join(APP_ROOT, "appPackage", "manifest.json"), "utf8")) as {
    bots: { botId: string }[];
    developer: Record<string, string>;
  };
  if (options.botId) for (const bot of manifest.bots) bot.botId = options.botId;
  Object.assign(manifest.developer, options.developer ?? {});
  const { color, outline } = renderIcons();
  const zip = createZip([
    { name: "manifest.json", data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) },
    { name: "color.png", data: color },
    { name: "outline.png", data: outline },
  ]);
  await mkdir(dirname(outFile), { recursive: true });
  await writeFile(outFile, zip);
  return outFile;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const botId = process.env.MicrosoftAppId?.trim();
  if (!botId)
    console.warn(
      `MicrosoftAppId is not set: the package carries the placeholder bot id ${PLACEHOLDER_BOT_ID}.`,
    );
  const developer = developerUrlsFromEnv(process.env);
  if (Object.keys(developer).length < 3)
    console.warn(
      "Set WEERBAAR_WEBSITE_URL, WEERBAAR_PRIVACY_URL and WEERBAAR_TERMS_URL: the manifest otherwise links to example.org.",
    );
  await writeIcons();
  const file = await packageApp({ ...(botId ? { botId } : {}), developer });
  console.log(`Teams app package written to ${file}`);
}
