const NUMBER = "(0|[1-9][0-9]*)";
const SEMVER = new RegExp(`^${NUMBER}\\.${NUMBER}\\.${NUMBER}$`);
const WHOLE_NUMBER = new RegExp(`^${NUMBER}$`);

/**
 * The app version a build puts in the manifest. Teams takes MAJOR.MINOR.PATCH with numbers only (no
 * pre-release or build suffix) and only installs an upgrade whose version is higher, so:
 * MAJOR.MINOR come from package.json and PATCH is the build number (BUILD_NUMBER, e.g. the CI run number) when
 * given, else package.json's own patch. A build number below package.json's patch is refused, because the
 * version would then go down.
 */
export function appVersion(packageVersion: string, buildNumber?: string): string {
  const parts = SEMVER.exec(packageVersion.trim());
  if (!parts)
    throw new Error(
      `package.json version "${packageVersion}" is not MAJOR.MINOR.PATCH with numbers only, which Teams requires.`,
    );
  const [, major, minor, patch] = parts;
  const build = buildNumber?.trim();
  if (!build) return `${major}.${minor}.${patch}`;
  if (!WHOLE_NUMBER.test(build) || !Number.isSafeInteger(Number(build)))
    throw new Error(
      `BUILD_NUMBER must be a whole number (0, 1, 2, …) without leading zeros, got "${buildNumber}".`,
    );
  if (Number(build) < Number(patch))
    throw new Error(
      `BUILD_NUMBER ${build} is lower than the patch of package.json version ${packageVersion}: the app version would go down.`,
    );
  return `${major}.${minor}.${build}`;
}
