import { readFileSync } from "node:fs";

/** Where the crypto store's passphrase comes from (validated by env.ts). */
export type PassphraseSource = {
  /** MATRIX_CRYPTO_PASSPHRASE: the passphrase itself. */
  passphrase?: string | undefined;
  /** MATRIX_CRYPTO_PASSPHRASE_FILE: a secret file holding it (a Docker/Kubernetes secret); trailing newline dropped. */
  passphraseFile?: string | undefined;
};

/**
 * The passphrase of the crypto store, or undefined when end-to-end encryption is not configured. A secret file
 * that cannot be read or is empty is an error, not "no encryption".
 */
export function readCryptoPassphrase(source: PassphraseSource): string | undefined {
  if (source.passphrase !== undefined && source.passphrase !== "") return source.passphrase;
  if (source.passphraseFile === undefined || source.passphraseFile === "") return undefined;
  let text: string;
  try {
    text = readFileSync(source.passphraseFile, "utf8");
  } catch (error) {
    throw new Error(
      `MATRIX_CRYPTO_PASSPHRASE_FILE ${source.passphraseFile} cannot be read (${(error as Error).message}). / ` +
        "Het bestand met de wachtzin van de cryptostore kan niet worden gelezen.",
    );
  }
  const passphrase = text.replace(/\r?\n$/, "");
  if (passphrase === "") {
    throw new Error(
      `MATRIX_CRYPTO_PASSPHRASE_FILE ${source.passphraseFile} is empty. / Het wachtzinbestand is leeg.`,
    );
  }
  return passphrase;
}
