import { randomUUID } from "node:crypto";
import { exportJWK, generateKeyPair, type JWK, SignJWT } from "jose";

/** The issuer the Bot Framework puts in tokens it sends to bots. */
export const CHANNEL_TOKEN_ISSUER = "https://api.botframework.com";

/** How a test wants the channel's token to look; every variant but "valid" must be rejected by the bot. */
export type TokenVariant = "valid" | "none" | "otherKey" | "expired" | "wrongAudience" | "wrongServiceUrl";

type KeyPair = Awaited<ReturnType<typeof generateKeyPair>>;

const PROCESS_KEY_ID = `weerbaar-test-${randomUUID()}`;

// RSA key generation takes most of a second on a small machine; one channel key and one forger key per process.
let keys: Promise<{ channel: KeyPair; forger: KeyPair }> | undefined;
function processKeys(): Promise<{ channel: KeyPair; forger: KeyPair }> {
  keys ??= Promise.all([
    generateKeyPair("RS256", { extractable: true }),
    generateKeyPair("RS256", { extractable: true }),
  ]).then(([channel, forger]) => ({ channel, forger }));
  return keys;
}

/** Signs channel tokens (RS256, with `kid`) and publishes the matching JWKS, like login.botframework.com. */
export type TokenIssuer = {
  readonly keyId: string;
  readonly issuer: string;
  /** The JWKS document: the public key endorsed for `msteams`. */
  jwks(): { keys: (JWK & { endorsements: string[] })[] };
  /** A token for a request to the bot; `serviceUrl` must be the activity's serviceUrl for a valid token. */
  channelToken(options: {
    audience: string;
    serviceUrl: string;
    variant?: TokenVariant;
  }): Promise<string | undefined>;
  /** The token the channel hands the bot for its outbound calls (what MSAL would fetch from Entra ID). */
  botToken(appId: string): Promise<string>;
  /** Whether a bearer token was issued by `botToken` (and not altered). */
  isBotToken(token: string): boolean;
};

/**
 * A token issuer with a fresh RSA key. Token lifetimes follow `now`, which must track the real clock: the bot's
 * JWT library checks `exp` against the real clock (with five minutes' skew) and cannot be given another one.
 */
export async function createTokenIssuer(
  options: { now?: () => Date; channelId?: string } = {},
): Promise<TokenIssuer> {
  const now = options.now ?? (() => new Date());
  const channelId = options.channelId ?? "msteams";
  // One kid per process too: botbuilder caches a metadata URL's keys for hours, and a later connector may get
  // the same port (the same URL) again.
  const keyId = PROCESS_KEY_ID;
  // The forger signs with another key under the published kid.
  const { channel: key, forger: forgerKey } = await processKeys();
  const publicJwk = await exportJWK(key.publicKey);
  const issuedBotTokens = new Set<string>();

  const seconds = () => Math.floor(now().getTime() / 1000);

  const sign = async (claims: Record<string, unknown>, signingKey: KeyPair, iat: number, exp: number) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: "RS256", kid: keyId, typ: "JWT" })
      .setIssuer(CHANNEL_TOKEN_ISSUER)
      .setIssuedAt(iat)
      .setNotBefore(iat)
      .setExpirationTime(exp)
      .sign(signingKey.privateKey);

  return {
    keyId,
    issuer: CHANNEL_TOKEN_ISSUER,
    jwks: () => ({
      keys: [{ ...publicJwk, kid: keyId, use: "sig", alg: "RS256", endorsements: [channelId] }],
    }),
    async channelToken({ audience, serviceUrl, variant = "valid" }) {
      const iat = seconds();
      switch (variant) {
        case "none":
          return undefined;
        case "valid":
          return sign({ aud: audience, serviceurl: serviceUrl }, key, iat, iat + 3600);
        case "otherKey":
          return sign({ aud: audience, serviceurl: serviceUrl }, forgerKey, iat, iat + 3600);
        case "expired":
          // Well beyond the validator's five minutes of clock skew.
          return sign({ aud: audience, serviceurl: serviceUrl }, key, iat - 7200, iat - 3600);
        case "wrongAudience":
          return sign({ aud: `${audience}-other`, serviceurl: serviceUrl }, key, iat, iat + 3600);
        case "wrongServiceUrl":
          return sign({ aud: audience, serviceurl: "https://smba.attacker.example/" }, key, iat, iat + 3600);
      }
    },
    async botToken(appId) {
      const iat = seconds();
      const token = await new SignJWT({ appid: appId, azp: appId })
        .setProtectedHeader({ alg: "RS256", kid: keyId, typ: "JWT" })
        .setIssuer("https://login.microsoftonline.com/botframework.com/v2.0")
        .setAudience("https://api.botframework.com")
        .setIssuedAt(iat)
        .setExpirationTime(iat + 3600)
        .sign(key.privateKey);
      issuedBotTokens.add(token);
      return token;
    },
    isBotToken: (token) => issuedBotTokens.has(token),
  };
}
