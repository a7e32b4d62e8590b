import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readCryptoPassphrase } from "./passphrase.ts";

describe("the crypto store's passphrase", () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it("comes from the variable, else from the secret file without its newline, else encryption is off", async () => {
    const dir = await mkdtemp(join(tmpdir(), "weerbaar-pass-"));
    dirs.push(dir);
    const file = join(dir, "passphrase");
    await writeFile(file, "geheim van de bot\n");
    expect(readCryptoPassphrase({ passphrase: "direct", passphraseFile: file })).toBe("direct");
    expect(readCryptoPassphrase({ passphraseFile: file })).toBe("geheim van de bot");
    expect(readCryptoPassphrase({})).toBeUndefined();
  });

  it("refuses an unreadable or empty secret file instead of running without encryption", async () => {
    const dir = await mkdtemp(join(tmpdir(), "weerbaar-pass-"));
    dirs.push(dir);
    await writeFile(join(dir, "empty"), "\n");
    expect(() => readCryptoPassphrase({ passphraseFile: join(dir, "missing") })).toThrow(/cannot be read/);
    expect(() => readCryptoPassphrase({ passphraseFile: join(dir, "empty") })).toThrow(/is empty/);
  });
});
