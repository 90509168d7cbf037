import { Refusal } from './refusal';

/**
 * In channel mode, refuses before the body is read a request whose Authorization header cannot hold a Bot Framework
 * token: missing, another scheme, or not a JWT. The adapter checks signature, issuer, audience and serviceUrl later,
 * since the serviceUrl claim is compared with the activity.
 */
export function checkBearer(header: string | undefined): void {
  const [scheme, token, ...rest] = (header ?? '').split(' ');
  const parts = token?.split('.') ?? [];
  const valid =
    scheme === 'Bearer' &&
    rest.length === 0 &&
    parts.length === 3 &&
    parts.every((part) => /^[A-Za-z0-9_-]+$/.test(part)) &&
    typeof decoded(parts[0])?.alg === 'string' &&
    decoded(parts[1]) !== undefined;
  if (!valid) throw new Refusal(401, 'No valid Bot Framework token.');
}

function decoded(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
