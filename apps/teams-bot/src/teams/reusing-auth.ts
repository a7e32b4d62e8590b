import { type Activity, ConfigurationBotFrameworkAuthentication } from "botbuilder";

type Base = ConfigurationBotFrameworkAuthentication;
type ClaimsIdentity = Parameters<Base["createConnectorFactory"]>[0];
type ConnectorFactory = ReturnType<Base["createConnectorFactory"]>;
type ConnectorClient = Awaited<ReturnType<ConnectorFactory["create"]>>;
type UserTokenClient = Awaited<ReturnType<Base["createUserTokenClient"]>>;
type AuthenticateRequestResult = Awaited<ReturnType<Base["authenticateRequest"]>>;

/** Service URLs × audiences a bot meets are few (Teams' regional endpoints); the bound only guards a flood. */
const MAX_CLIENTS = 64;

/** A promise kept by key, forgotten when it rejects so the next caller tries again; oldest dropped first. */
function memo<T>(cache: Map<string, Promise<T>>, key: string, create: () => Promise<T>): Promise<T> {
  const cached = cache.get(key);
  if (cached) return cached;
  const created = create();
  if (cache.size >= MAX_CLIENTS) cache.delete(cache.keys().next().value as string);
  cache.set(key, created);
  created.catch(() => {
    if (cache.get(key) === created) cache.delete(key);
  });
  return created;
}

// The bot's own app id as the channel addressed it; empty in local mode, where nothing is signed.
const botAppIdOf = (claims: ClaimsIdentity) =>
  claims.getClaimValue("aud") ?? claims.getClaimValue("appid") ?? "";

/**
 * botbuilder's authentication, but reusing outbound clients: CloudAdapter builds a new ConnectorClient and
 * UserTokenClient, each a whole HTTP pipeline, for every turn. They hold nothing of the turn (credentials sign each
 * request with a cached token), so one per bot app id, service URL and audience serves every turn, as
 * BotFrameworkAdapter's client cache did.
 */
export class ReusingBotFrameworkAuthentication extends ConfigurationBotFrameworkAuthentication {
  readonly #connectors = new Map<string, Promise<ConnectorClient>>();
  readonly #userTokenClients = new Map<string, Promise<UserTokenClient>>();

  override async authenticateRequest(
    activity: Activity,
    authHeader: string,
  ): Promise<AuthenticateRequestResult> {
    const result = await super.authenticateRequest(activity, authHeader);
    const factory = result.connectorFactory;
    return factory ? { ...result, connectorFactory: this.#reusing(factory, result.claimsIdentity) } : result;
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.#reusing(super.createConnectorFactory(claimsIdentity), claimsIdentity);
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return memo(this.#userTokenClients, botAppIdOf(claimsIdentity), () =>
      super.createUserTokenClient(claimsIdentity),
    );
  }

  #reusing(factory: ConnectorFactory, claims: ClaimsIdentity): ConnectorFactory {
    const connectors = this.#connectors;
    const appId = botAppIdOf(claims);
    return {
      create: (serviceUrl: string, audience?: string) =>
        memo(connectors, `${appId}\u0000${serviceUrl}\u0000${audience ?? ""}`, () =>
          factory.create(serviceUrl, audience),
        ),
    };
  }
}
