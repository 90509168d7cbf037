import { randomBytes } from 'node:crypto';

/** DIRECT_LINE_SECRET and where Azure Bot Service's Direct Line is (DIRECT_LINE_URL, for other clouds and tests). */
export interface DirectLineConfig {
  secret: string;
  url: string;
}

export interface DirectLineToken {
  token: string;
  conversationId: string;
  expiresIn: number;
  /** The user ID the token is bound to: Direct Line refuses activities from any other. */
  userId: string;
}

const TIMEOUT_MS = 10_000;

/**
 * Exchanges the Direct Line secret for a token of one conversation, as Microsoft documents
 * (POST /v3/directline/tokens/generate), so the secret never reaches a browser. The user ID is made here and bound to
 * the token, so a page cannot chat under a name of its choosing.
 */
export class DirectLineTokens {
  constructor(private readonly config: DirectLineConfig) {}

  async issue(): Promise<DirectLineToken> {
    const userId = `dl_${randomBytes(12).toString('hex')}`;
    const response = await fetch(`${this.config.url}/v3/directline/tokens/generate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.config.secret}`, 'content-type': 'application/json' },
      body: JSON.stringify({ user: { id: userId } }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!response.ok)
      throw new Error(
        `[directline] the token request was refused: ${response.status}. Check DIRECT_LINE_SECRET`,
      );
    const body = (await response.json()) as {
      token?: unknown;
      conversationId?: unknown;
      expires_in?: unknown;
    };
    if (typeof body.token !== 'string' || typeof body.conversationId !== 'string')
      throw new Error('[directline] the token answer had no token or conversationId');
    return {
      token: body.token,
      conversationId: body.conversationId,
      expiresIn: typeof body.expires_in === 'number' ? body.expires_in : 0,
      userId,
    };
  }
}
