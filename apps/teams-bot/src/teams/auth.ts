import type { ConfigurationBotFrameworkAuthentication } from "botbuilder";
import { ReusingBotFrameworkAuthentication } from "./reusing-auth.ts";

/** The factory botbuilder asks for outbound credentials (botframework-connector's ServiceClientCredentialsFactory). */
export type CredentialsFactory = NonNullable<
  ConstructorParameters<typeof ConfigurationBotFrameworkAuthentication>[1]
>;

/** Where the channel's signing keys and token endpoints are; the defaults are Microsoft's public cloud. */
export type ChannelEndpoints = {
  openIdMetadataUrl: string;
  tokenIssuer: string;
  /** Where outbound tokens come from (the login URL MSAL uses). */
  loginUrl: string;
  oauthScope: string;
  oauthUrl: string;
  emulatorOpenIdMetadataUrl: string;
  callerId: string;
};

/** How the bot authenticates. `local`: no app id, no JWT checks (Agents Playground only). */
export type TeamsAuthConfig =
  | { mode: "local" }
  | {
      mode: "azure";
      appId: string;
      appPassword?: string;
      /** MultiTenant, SingleTenant or UserAssignedMSI. */
      appType?: string;
      appTenantId?: string;
      certificateThumbprint?: string;
      certificatePrivateKey?: string;
      /** Test seam: a local channel's endpoints instead of Microsoft's. */
      channelEndpoints?: ChannelEndpoints;
      /** Test seam: outbound credentials without MSAL (which needs the real identity host). */
      credentialsFactory?: CredentialsFactory;
    };

/**
 * botbuilder's authentication for the config. Pointing it at other endpoints sets every parameterized key,
 * because setting any one of them turns all the public-cloud defaults off.
 */
export function createBotFrameworkAuthentication(
  config: TeamsAuthConfig,
): ConfigurationBotFrameworkAuthentication {
  if (config.mode === "local") return new ReusingBotFrameworkAuthentication({});
  const settings: Record<string, string> = { MicrosoftAppId: config.appId };
  if (config.appPassword) settings.MicrosoftAppPassword = config.appPassword;
  if (config.appType) settings.MicrosoftAppType = config.appType;
  if (config.appTenantId) settings.MicrosoftAppTenantId = config.appTenantId;
  if (config.certificateThumbprint) settings.CertificateThumbprint = config.certificateThumbprint;
  if (config.certificatePrivateKey) settings.CertificatePrivateKey = config.certificatePrivateKey;
  const endpoints = config.channelEndpoints;
  if (endpoints) {
    Object.assign(settings, {
      ToBotFromChannelOpenIdMetadataUrl: endpoints.openIdMetadataUrl,
      ToBotFromChannelTokenIssuer: endpoints.tokenIssuer,
      ToChannelFromBotLoginUrl: endpoints.loginUrl,
      ToChannelFromBotOAuthScope: endpoints.oauthScope,
      OAuthUrl: endpoints.oauthUrl,
      ToBotFromEmulatorOpenIdMetadataUrl: endpoints.emulatorOpenIdMetadataUrl,
      CallerId: endpoints.callerId,
    });
  }
  return new ReusingBotFrameworkAuthentication(settings, config.credentialsFactory);
}

/**
 * A credentials factory that signs outbound calls with a token from `getToken` instead of asking MSAL: the seam
 * tests use to let the bot talk to a local channel with credentials switched on.
 */
export function staticTokenCredentialsFactory(
  appId: string,
  getToken: () => Promise<string>,
): CredentialsFactory {
  return {
    isValidAppId: async (candidate: string) => candidate === appId,
    isAuthenticationDisabled: async () => false,
    createCredentials: async () => ({
      async signRequest(request) {
        request.headers.set("Authorization", `Bearer ${await getToken()}`);
        return request;
      },
    }),
  } as CredentialsFactory;
}
