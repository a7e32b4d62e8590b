// Builds one release for all test files, then copies it to a folder of its own outside the repository and
// deletes the original: the tests run what an installation would have, from somewhere else.
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildRelease } from "@weerbaar/testing/release";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** The installed copy of the release. */
    release: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const built = await buildRelease();
  const elsewhere = await mkdtemp(join(tmpdir(), "weerbaar-installed-"));
  const installed = join(elsewhere, "weerbaar");
  await cp(built.dir, installed, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
  await built.remove();
  project.provide("release", installed);
  return () => rm(elsewhere, { recursive: true, force: true });
}
