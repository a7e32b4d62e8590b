import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appVersion } from "../scripts/app-version.ts";
import {
  createAppPackageValidator,
  LOCALIZATION_SCHEMA_FILE,
  MANIFEST_SCHEMA_FILE,
  SCHEMA_DIRECTORY,
} from "../scripts/manifest-schema.ts";
import {
  APP_PACKAGE_DIRECTORY,
  AppPackageError,
  buildAppPackage,
  developerUrlsFromEnv,
  PLACEHOLDER_BOT_ID,
  packageApp,
  renderIcons,
} from "../scripts/package-app.ts";
import { decodePng, readBackZip } from "./support/unzip.ts";

const BOT_ID = "8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
const validator = createAppPackageValidator();
const readJson = async (file: string) => JSON.parse(await readFile(file, "utf8"));

type Manifest = {
  manifestVersion: string;
  version: string;
  developer: Record<string, string>;
  localizationInfo: {
    defaultLanguageTag: string;
    additionalLanguages: { languageTag: string; file: string }[];
  };
  bots: { botId: string; scopes: string[]; commandLists: { commands: { title: string }[] }[] }[];
  [key: string]: unknown;
};

let dir: string;
let zip: ReturnType<typeof readBackZip>;
let manifest: Manifest;
let english: Record<string, string>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "weerbaar-app-"));
  const file = await packageApp({
    botId: BOT_ID,
    buildNumber: "42",
    packageVersion: "0.1.0",
    outFile: join(dir, "app.zip"),
    developer: developerUrlsFromEnv({
      WEERBAAR_WEBSITE_URL: "https://weerbaarbestuur.example.nl",
      WEERBAAR_PRIVACY_URL: "https://weerbaarbestuur.example.nl/privacy",
    }),
  });
  zip = readBackZip(file);
  manifest = JSON.parse(zip.read("manifest.json").toString("utf8"));
  english = JSON.parse(zip.read("en-US.json").toString("utf8"));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("the Teams app package, read back with unzip", () => {
  it("holds the manifest, the English strings and both icons at its root, every CRC intact", () => {
    expect(zip.names).toEqual(["manifest.json", "en-US.json", "color.png", "outline.png"]);
    expect(zip.crcCheck).toBe("None");
  });

  it("carries a manifest that the vendored GA schema accepts, on that schema's manifest version", async () => {
    const schema = await readJson(join(SCHEMA_DIRECTORY, MANIFEST_SCHEMA_FILE));
    expect(schema.$schema).toBe("http://json-schema.org/draft-04/schema#");
    expect(manifest.manifestVersion).toBe(schema.properties.manifestVersion.const);
    expect(manifest.$schema).toBe(
      `https://developer.microsoft.com/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`,
    );
    expect(validator.manifest(manifest)).toEqual([]);
  });

  it("is Dutch by default and English for en-US, the English file valid against the localisation schema", async () => {
    expect(manifest.localizationInfo).toEqual({
      defaultLanguageTag: "nl-NL",
      additionalLanguages: [{ languageTag: "en-US", file: "en-US.json" }],
    });
    const schema = await readJson(join(SCHEMA_DIRECTORY, LOCALIZATION_SCHEMA_FILE));
    expect(english.$schema).toContain(
      `/v${manifest.manifestVersion}/MicrosoftTeams.Localization.schema.json`,
    );
    expect(schema.$schema).toBe("http://json-schema.org/draft-04/schema#");
    expect(validator.localization(english, manifest)).toEqual([]);

    const titles = manifest.bots[0]?.commandLists[0]?.commands.map((command) => command.title);
    expect(titles).toContain("hoe staat Leudal ervoor?");
    expect(english["bots[0].commandLists[0].commands[0].title"]).toBe("how is Leudal doing?");
    expect(manifest.description).toMatchObject({ short: expect.stringMatching(/gemeenten en provincies/) });
    expect(english["description.short"]).toMatch(/municipalities and provinces/);
    // Every command is translated, so an English Teams shows no Dutch command.
    titles?.forEach((title, i) => {
      expect(english[`bots[0].commandLists[0].commands[${i}].title`]).toMatch(/\S/);
      if (title !== "help") expect(english[`bots[0].commandLists[0].commands[${i}].title`]).not.toBe(title);
    });
  });

  it("stamps package.json's major.minor and BUILD_NUMBER as the version, the bot id and the developer pages", () => {
    expect(manifest.version).toBe("0.1.42");
    expect(manifest.bots[0]?.botId).toBe(BOT_ID);
    expect(manifest.bots[0]?.scopes).toEqual(["personal", "team", "groupChat"]);
    expect(manifest.developer).toMatchObject({
      websiteUrl: "https://weerbaarbestuur.example.nl",
      privacyUrl: "https://weerbaarbestuur.example.nl/privacy",
      termsOfUseUrl: "https://example.org/weerbaar/voorwaarden",
    });
  });

  it("has a 192×192 opaque colour icon in more than one colour", () => {
    const color = decodePng(zip.read("color.png"));
    expect([color.width, color.height]).toEqual([192, 192]);
    const colours = new Set<string>();
    let seeThrough = 0;
    for (let i = 0; i < color.pixels.length; i += 4) {
      if (color.pixels[i + 3] !== 255) seeThrough++;
      colours.add(color.pixels.subarray(i, i + 3).toString("hex"));
    }
    expect(seeThrough).toBe(0);
    expect(colours).toContain("1f3a5f");
    expect(colours).toContain("ffffff");
  });

  it("has a 32×32 outline icon that is white on transparent", () => {
    const outline = decodePng(zip.read("outline.png"));
    expect([outline.width, outline.height]).toEqual([32, 32]);
    expect(outline.alpha).toBe(true);
    let transparent = 0;
    let white = 0;
    const otherColours = new Set<string>();
    for (let i = 0; i < outline.pixels.length; i += 4) {
      const alpha = outline.pixels[i + 3] ?? 0;
      const colour = outline.pixels.subarray(i, i + 3).toString("hex");
      if (alpha === 0) transparent++;
      else if (colour !== "ffffff") otherColours.add(colour);
      else if (alpha === 255) white++;
    }
    expect([...otherColours]).toEqual([]);
    expect(outline.pixels[3]).toBe(0); // top-left corner
    expect(transparent).toBeGreaterThan(32 * 32 * 0.3);
    expect(white).toBeGreaterThan(32 * 32 * 0.1);
  });
});

describe("building the package", () => {
  it("is reproducible byte for byte", async () => {
    const a = await readFile(await packageApp({ outFile: join(dir, "a.zip"), buildNumber: "7" }));
    const b = await readFile(await packageApp({ outFile: join(dir, "b.zip"), buildNumber: "7" }));
    expect(a.equals(b)).toBe(true);
  });

  it("keeps the placeholder bot id and package.json's version without MicrosoftAppId and BUILD_NUMBER", async () => {
    const { version } = await readJson(join(APP_PACKAGE_DIRECTORY, "..", "package.json"));
    const built = await buildAppPackage();
    expect(built.version).toBe(version);
    expect((built.manifest.bots as { botId: string }[])[0]?.botId).toBe(PLACEHOLDER_BOT_ID);
  });

  it("ships the PNGs in appPackage/ as rendered from their SVGs", async () => {
    const icons = renderIcons();
    expect(icons.color.equals(await readFile(join(APP_PACKAGE_DIRECTORY, "color.png")))).toBe(true);
    expect(icons.outline.equals(await readFile(join(APP_PACKAGE_DIRECTORY, "outline.png")))).toBe(true);
  });

  it("refuses a developer URL that is not https", () => {
    expect(() => developerUrlsFromEnv({ WEERBAAR_PRIVACY_URL: "http://weerbaar.example/privacy" })).toThrow(
      /WEERBAAR_PRIVACY_URL must be an https:\/\/ URL/,
    );
  });

  it("refuses a bot id that is not a GUID, naming the field", async () => {
    const refused = await buildAppPackage({ botId: "not-a-guid" }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppPackageError);
    expect((refused as AppPackageError).problems).toEqual([
      expect.stringMatching(/^manifest\.json \/bots\/0\/botId must match pattern/),
    ]);
  });
});

describe("the schema check", () => {
  it("keeps the developer name within Teams' 32 characters (the old name had 35, which the schema refuses)", () => {
    expect(manifest.developer.name?.length).toBeLessThanOrEqual(32);
    const tooLong = {
      ...manifest,
      developer: { ...manifest.developer, name: "Ondersteuningsteam Weerbaar Bestuur" },
    };
    expect(validator.manifest(tooLong)).toEqual(["/developer/name must NOT have more than 32 characters"]);
  });

  it("rejects a version Teams would not take and an English string for a command that does not exist", () => {
    expect(validator.manifest({ ...manifest, version: "0.1.0-beta" })).toEqual([
      '/version "0.1.0-beta" is not MAJOR.MINOR.PATCH',
    ]);
    expect(
      validator.localization({ ...english, "bots[0].commandLists[0].commands[9].title": "gone" }, manifest),
    ).toEqual(['"bots[0].commandLists[0].commands[9].title" names no text in the manifest']);
    expect(validator.localization({ "name.short": "Weerbaar" }, manifest)).toEqual([
      "/ must have required property 'description.short'",
      "/ must have required property 'description.full'",
    ]);
  });
});

describe("the app version", () => {
  it("is package.json's version without a build number", () => {
    expect(appVersion("0.1.0")).toBe("0.1.0");
    expect(appVersion("2.3.4", " ")).toBe("2.3.4");
  });

  it("takes the build number as the patch, so every later build is higher", () => {
    expect(appVersion("0.1.0", "41")).toBe("0.1.41");
    expect(appVersion("0.1.0", "42")).toBe("0.1.42");
    expect(appVersion("1.2.3", "3")).toBe("1.2.3");
  });

  it("refuses a build number that is not a whole number or would lower the version", () => {
    expect(() => appVersion("0.1.0", "007")).toThrow(/BUILD_NUMBER must be a whole number/);
    expect(() => appVersion("0.1.0", "-1")).toThrow(/BUILD_NUMBER must be a whole number/);
    expect(() => appVersion("0.1.0", "4.2")).toThrow(/BUILD_NUMBER must be a whole number/);
    expect(() => appVersion("1.2.5", "4")).toThrow(/lower than the patch .* would go down/);
  });

  it("refuses a package.json version Teams would not take", () => {
    expect(() => appVersion("0.1.0-beta.1")).toThrow(/not MAJOR\.MINOR\.PATCH with numbers only/);
    expect(() => appVersion("1.2")).toThrow(/not MAJOR\.MINOR\.PATCH/);
  });
});
