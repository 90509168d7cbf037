/** What went wrong with Microsoft Graph, in the terms an admin acts on. */
export type GraphProblem =
  'permission' | 'license' | 'credentials' | 'throttled' | 'rejected' | 'failing' | 'unavailable';

/** A Graph call that failed for good (after retries where retrying makes sense). */
export class GraphError extends Error {
  /** The HTTP status Graph answered with, when it answered. */
  readonly status?: number;

  constructor(
    readonly problem: GraphProblem,
    detail: string,
    options?: { cause?: unknown; status?: number },
  ) {
    super(`[graph] ${problem}: ${detail}`, { cause: options?.cause });
    this.status = options?.status;
  }
}

/** The problem a Graph error response stands for: status plus the error code in its body. */
export function problemOf(status: number, code: string): GraphProblem {
  if (status === 401) return 'credentials';
  if (status === 403 && /NonPremium|B2CTenant|license/i.test(code)) return 'license';
  if (status === 403) return 'permission';
  if (status === 429) return 'throttled';
  if (status >= 500) return 'failing';
  if (status >= 400) return 'rejected';
  return 'unavailable';
}
