import { createSign, generateKeyPairSync, KeyObject } from 'node:crypto';
import http from 'node:http';
import { AddressInfo } from 'node:net';

/**
 * Bot Framework's token-signing side on 127.0.0.1: an OpenID metadata document and a JWKS with one key, so channel
 * authentication can be proven offline. `token()` signs with that key; `forged()` with another key under its kid.
 */
export class FakeBotFrameworkKeys {
  private readonly key = generateKeyPairSync('rsa', { modulusLength: 2048 });
  private readonly otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 });
  private server?: http.Server;
  readonly kid = 'test-signing-key';

  get metadataUrl(): string {
    return `${this.base}/v1/.well-known/openidconfiguration`;
  }

  private get base(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async start(): Promise<this> {
    this.server = http.createServer((request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      if (request.url === '/v1/.well-known/openidconfiguration') {
        response.end(
          JSON.stringify({ issuer: 'https://api.botframework.com', jwks_uri: `${this.base}/v1/keys` }),
        );
        return;
      }
      const jwk = this.key.publicKey.export({ format: 'jwk' });
      response.end(
        JSON.stringify({
          keys: [{ ...jwk, kid: this.kid, use: 'sig', endorsements: ['msteams', 'webchat', 'directline'] }],
        }),
      );
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  token(appId: string, serviceUrl: string): string {
    return sign(this.key.privateKey, this.kid, appId, serviceUrl);
  }

  forged(appId: string, serviceUrl: string): string {
    return sign(this.otherKey.privateKey, this.kid, appId, serviceUrl);
  }
}

function sign(privateKey: KeyObject, kid: string, appId: string, serviceUrl: string): string {
  const now = Math.floor(Date.now() / 1000);
  const encode = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${encode({ alg: 'RS256', typ: 'JWT', kid })}.${encode({
    iss: 'https://api.botframework.com',
    aud: appId,
    serviceurl: serviceUrl,
    nbf: now - 60,
    exp: now + 600,
  })}`;
  const signature = createSign('RSA-SHA256').update(unsigned).sign(privateKey).toString('base64url');
  return `${unsigned}.${signature}`;
}
