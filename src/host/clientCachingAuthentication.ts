import { LRUCache } from 'lru-cache';
import { Activity } from 'botbuilder';
import {
  AuthenticateRequestResult,
  AuthenticationConstants,
  BotFrameworkAuthentication,
  BotFrameworkClient,
  ClaimsIdentity,
  ConnectorClient,
  ConnectorFactory,
  UserTokenClient,
} from 'botframework-connector';

/** Clients kept at most. Teams uses a handful of regional service URLs; without a token check anyone can name one. */
export const MAX_CACHED_CLIENTS = 64;

/**
 * The configured authentication, with the connector and user-token clients kept per bot, service URL and audience.
 * CloudAdapter asks for both on every activity, and building them (an HTTP pipeline each) was a quarter of an echo
 * turn's CPU. They hold no per-turn state, and the credentials inside them keep their tokens anyway.
 */
export class ClientCachingAuthentication extends BotFrameworkAuthentication {
  private readonly connectors = new BoundedCache<ConnectorClient>();
  private readonly userTokenClients = new BoundedCache<UserTokenClient>();

  constructor(private readonly inner: BotFrameworkAuthentication) {
    super();
  }

  async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    return this.withCachedConnectors(await this.inner.authenticateRequest(activity, authHeader));
  }

  async authenticateStreamingRequest(
    authHeader: string,
    channelIdHeader: string,
  ): Promise<AuthenticateRequestResult> {
    return this.withCachedConnectors(
      await this.inner.authenticateStreamingRequest(authHeader, channelIdHeader),
    );
  }

  createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return new CachedConnectorFactory(
      this.inner.createConnectorFactory(claimsIdentity),
      appIdOf(claimsIdentity),
      this.connectors,
    );
  }

  createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.userTokenClients.get(appIdOf(claimsIdentity), () =>
      this.inner.createUserTokenClient(claimsIdentity),
    );
  }

  createBotFrameworkClient(): BotFrameworkClient {
    return this.inner.createBotFrameworkClient();
  }

  getOriginatingAudience(): string {
    return this.inner.getOriginatingAudience();
  }

  authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    return this.inner.authenticateChannelRequest(authHeader);
  }

  private withCachedConnectors(result: AuthenticateRequestResult): AuthenticateRequestResult {
    if (!result.connectorFactory) return result;
    return {
      ...result,
      connectorFactory: new CachedConnectorFactory(
        result.connectorFactory,
        appIdOf(result.claimsIdentity),
        this.connectors,
      ),
    };
  }
}

class CachedConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly inner: ConnectorFactory,
    private readonly appId: string,
    private readonly cache: BoundedCache<ConnectorClient>,
  ) {
    super();
  }

  create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    return this.cache.get(JSON.stringify([this.appId, serviceUrl, audience ?? '']), () =>
      this.inner.create(serviceUrl, audience),
    );
  }
}

/** Promises of clients by key, the least recently used dropped past the limit; a failed creation is not kept. */
export class BoundedCache<T> {
  private readonly entries: LRUCache<string, Promise<T>>;

  constructor(limit = MAX_CACHED_CLIENTS) {
    this.entries = new LRUCache({ max: limit });
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string, create: () => Promise<T>): Promise<T> {
    const known = this.entries.get(key);
    if (known) return known;
    const created = create();
    this.entries.set(key, created);
    created.catch(() => {
      if (this.entries.peek(key) === created) this.entries.delete(key);
    });
    return created;
  }
}

/** The bot's app ID as CloudAdapter reads it: the audience claim from a channel, the appid claim from the Emulator. */
function appIdOf(identity: ClaimsIdentity): string {
  return (
    identity.getClaimValue(AuthenticationConstants.AudienceClaim) ??
    identity.getClaimValue(AuthenticationConstants.AppIdClaim) ??
    ''
  );
}
