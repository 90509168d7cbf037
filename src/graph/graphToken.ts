import {
  ClientCertificateCredential,
  ClientSecretCredential,
  TokenCredential,
  ClientSecretCredentialOptions,
} from '@azure/identity';
import { GraphConfig } from '../host/config';

const SCOPE = 'https://graph.microsoft.com/.default';

/** A token function for the bot's app registration, from @azure/identity (which caches and renews tokens). */
export function graphToken(
  config: GraphConfig,
  options: ClientSecretCredentialOptions = {},
): () => Promise<string> {
  const settings = { authorityHost: config.authorityHost, ...options };
  const credential: TokenCredential = config.clientSecret
    ? new ClientSecretCredential(config.tenantId, config.clientId, config.clientSecret, settings)
    : new ClientCertificateCredential(
        config.tenantId,
        config.clientId,
        { certificatePath: config.certificatePath! },
        settings,
      );
  return async () => {
    const token = await credential.getToken(SCOPE);
    if (!token) throw new Error('the credential returned no token');
    return token.token;
  };
}
