import { FairLimiter } from './fairLimiter';
import { AnswerCache, SharedSignInSource } from './sharedSignInSource';
import { ClientSecretCredentialOptions } from '@azure/identity';
import { GraphConfig } from '../host/config';
import { Directory } from '../directory/directory';
import { Logger } from '../host/log';
import { KnownAppEntry } from '../apps/knownApps';
import { GraphClient, RequestGate } from './graphClient';
import { GraphDirectory } from './graphDirectory';
import { GraphSignInSource } from './graphSignInSource';
import { graphToken } from './graphToken';

/** The most users read from Graph for name resolution. */
const MAX_PEOPLE = 200_000;
const MAX_APPS = 20_000;

/** How many sign-in report requests a tenant may send in a window. */
export interface SignInBudget {
  requests: number;
  perMs: number;
}

/** Graph's documented throttle for sign-in reports: 5 requests per 10 seconds per tenant. */
export const GRAPH_SIGNIN_BUDGET: SignInBudget = { requests: 5, perMs: 10_000 };

/** What several instances share of Graph: one budget for the tenant and the answers already read. */
export interface SharedGraph {
  gate(budget: SignInBudget): RequestGate;
  answers: AnswerCache;
}

/** What the bot reads from Microsoft Graph: sign-ins, the tenant's people, and a caller's roles. One token. */
export class GraphParts {
  readonly signIns: SharedSignInSource;
  readonly directory: GraphDirectory;

  constructor(
    graph: GraphConfig,
    private readonly log: Logger,
    credential?: ClientSecretCredentialOptions,
    sleep?: (ms: number) => Promise<void>,
    budget: SignInBudget = GRAPH_SIGNIN_BUDGET,
    shared?: SharedGraph,
  ) {
    // A tenth more than the window: a request reaches Graph a moment after it starts here, and no sooner.
    const margin = { requests: budget.requests, perMs: Math.round(budget.perMs * 1.1) };
    const token = graphToken(graph, credential);
    const client = (maxRetries: number, maxWaitMs: number, giveUpAfterMs?: number, gate?: RequestGate) =>
      new GraphClient({
        gate,
        giveUpAfterMs,
        baseUrl: graph.baseUrl,
        token,
        timeoutMs: graph.timeoutMs,
        maxRetries,
        maxWaitMs,
        sleep,
        onRetry: (retry) => log.warn(retry, 'Microsoft Graph asked to wait or did not answer; retrying'),
        onRefused: (refused) => log.warn(refused, 'Microsoft Graph refused a request'),
      });
    // Someone waits for each answer: retries go on for up to a minute, within Graph's budget for sign-in reports.
    this.signIns = new SharedSignInSource(
      new GraphSignInSource(
        client(12, 30_000, 60_000, shared?.gate(margin)),
        log,
        !/\/v1\.0\/?$/.test(graph.baseUrl),
      ),
      new FairLimiter(margin.requests, margin.perMs),
      Date.now,
      shared?.answers,
    );
    // A role lookup holds up every message of its caller: one quick retry, then the bot fails closed.
    this.directory = new GraphDirectory(client(1, 2000));
  }

  /** The tenant's apps, its own included; none (and a log line) while Graph refuses, leaving the shipped names. */
  async apps(): Promise<KnownAppEntry[]> {
    try {
      return await this.directory.apps(MAX_APPS);
    } catch (error) {
      this.log.error({ error: (error as Error).message }, 'could not read the apps of the tenant from Graph');
      return [];
    }
  }

  /** Everyone in the tenant, for "why can't jane…"; an empty directory (and a log line) while Graph refuses. */
  async people(): Promise<Directory> {
    try {
      return new Directory(await this.directory.people(MAX_PEOPLE));
    } catch (error) {
      this.log.error(
        { error: (error as Error).message },
        'could not read the users of the tenant from Graph',
      );
      return new Directory([]);
    }
  }
}
