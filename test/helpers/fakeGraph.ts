import { createHttpHeaders, HttpClient, PipelineRequest, PipelineResponse } from '@azure/core-rest-pipeline';
import { EventEmitter } from 'node:events';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { DirectoryUser } from '../../src/directory/directoryUser';
import { ROLE_TEMPLATES } from '../../src/graph/graphDirectory';
import { SignIn } from '../../src/signins/signIn';
import { whenTrue } from './realTime';

export const FAKE_AUTHORITY = 'https://login.fake';
export const FAKE_TENANT = '11111111-2222-4333-8444-555555555555';
export const FAKE_CLIENT = '66666666-7777-4888-9999-000000000000';
export const FAKE_SECRET = 'the-right-secret';

/**
 * `slow` and `slowNoPermission`: a search of a bounded window (the lookup the bot may answer late) is held
 * back until the test calls answerHeld(), and then answered (`slow`) or refused with 403 (`slowNoPermission`); other
 * requests are answered at once. `silent`: no sign-in list is answered. `slowAll`: every Graph request (people,
 * roles, apps, sign-ins; not tokens) is held until answerHeld().
 */
export type FakeGraphMode =
  | 'ok'
  | 'throttleOnce'
  | 'throttleAlways'
  | 'noPermission'
  | 'noPremium'
  | 'slow'
  | 'slowNoPermission'
  | 'silent'
  | 'slowAll'
  | 'serverError';

/**
 * A real HTTP server on 127.0.0.1 that speaks the parts of Microsoft Graph and the Entra token endpoint the bot uses:
 * OIDC metadata, client-credential tokens, and GET /beta/auditLogs/signIns with the documented $filter subset,
 * $top and @odata.nextLink paging. Anything else in $filter gets 400, as Graph would.
 */
export class FakeGraph {
  mode: FakeGraphMode = 'ok';
  /**
   * Graph's throttle for sign-in reports: beyond `requests` in any `perMs`, a 429 with Retry-After for when the window
   * frees. Off unless set.
   */
  budget?: { requests: number; perMs: number };
  /** When each sign-in request was let through, and how many got 429. */
  readonly signInsServed: number[] = [];
  signInsThrottled = 0;
  /** Most records per page, whatever $top asks (Graph caps pages too). */
  pageSize = 1000;
  readonly requests: string[] = [];
  tokensIssued = 0;
  /** While true, the directory (/users) answers 503: role lookups fail. */
  directoryDown = false;
  /** Group object IDs per user object ID, for HELPDESK_GROUP_ID. */
  readonly groups = new Map<string, string[]>();
  private server?: http.Server;
  /** The requests held back in a slow mode. */
  private readonly held: (() => void)[] = [];
  private readonly arrivals = new EventEmitter().setMaxListeners(0);

  constructor(
    private readonly signIns: SignIn[],
    private readonly users: DirectoryUser[] = [],
  ) {}

  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async start(): Promise<this> {
    // A request the fake cannot handle is a bug in the test: its rejection goes unhandled, and mocha fails the run.
    this.server = http.createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  /** The most sign-in requests let through in any `perMs` window. */
  mostServedWithin(perMs: number): number {
    let most = 0;
    for (let first = 0, last = 0; last < this.signInsServed.length; last++) {
      while (this.signInsServed[last] - this.signInsServed[first] >= perMs) first++;
      most = Math.max(most, last - first + 1);
    }
    return most;
  }

  /** Resolves once a slow mode holds back at least one request. */
  async holdingOne(): Promise<void> {
    await whenTrue(
      this.arrivals,
      'held',
      () => this.held.length > 0,
      8_000,
      () => 'no Graph request was held',
    );
  }

  /** Lets every held request be answered now: a slow Graph, exactly as slow as the test needs. */
  answerHeld(): void {
    for (const answer of this.held.splice(0)) answer();
  }

  private hold(): Promise<void> {
    const held = new Promise<void>((resolve) => this.held.push(resolve));
    this.arrivals.emit('held');
    return held;
  }

  async stop(): Promise<void> {
    this.answerHeld();
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  /** The settings that point a bot at this fake Graph, in `version` ('beta' or 'v1.0'). */
  env(version = 'beta'): NodeJS.ProcessEnv {
    return {
      GRAPH_TENANT_ID: FAKE_TENANT,
      GRAPH_CLIENT_ID: FAKE_CLIENT,
      GRAPH_CLIENT_SECRET: FAKE_SECRET,
      GRAPH_BASE_URL: `${this.url}/${version}`,
      GRAPH_AUTHORITY_HOST: FAKE_AUTHORITY,
    };
  }

  /** What @azure/identity uses to reach https://login.fake: the same requests, sent to this server. */
  httpClient(): HttpClient {
    return {
      sendRequest: async (request: PipelineRequest): Promise<PipelineResponse> => {
        const headers: Record<string, string> = {};
        for (const [name, value] of request.headers) headers[name] = value;
        const response = await fetch(request.url.replace(FAKE_AUTHORITY, this.url), {
          method: request.method,
          headers,
          body: request.body as string | undefined,
        });
        const responseHeaders = createHttpHeaders();
        response.headers.forEach((value, name) => responseHeaders.set(name, value));
        return {
          request,
          status: response.status,
          headers: responseHeaders,
          bodyAsText: await response.text(),
        };
      },
    };
  }

  private async handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    let body = '';
    for await (const chunk of request) body += chunk;
    const url = new URL(request.url!, this.url);
    this.requests.push(`${request.method} ${url.pathname}${url.search}`);
    const send = (status: number, value: unknown, headers: Record<string, string> = {}): void => {
      response.writeHead(status, { 'content-type': 'application/json', ...headers });
      response.end(JSON.stringify(value));
    };
    if (url.pathname === `/${FAKE_TENANT}/v2.0/.well-known/openid-configuration`) {
      const base = `${FAKE_AUTHORITY}/${FAKE_TENANT}`;
      return send(200, {
        token_endpoint: `${base}/oauth2/v2.0/token`,
        authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
        end_session_endpoint: `${base}/oauth2/v2.0/logout`,
        issuer: `${base}/v2.0`,
        jwks_uri: `${FAKE_AUTHORITY}/keys`,
      });
    }
    if (url.pathname === `/${FAKE_TENANT}/oauth2/v2.0/token`) {
      const form = new URLSearchParams(body);
      if (form.get('client_id') !== FAKE_CLIENT || form.get('client_secret') !== FAKE_SECRET) {
        return send(401, {
          error: 'invalid_client',
          error_description: 'AADSTS7000215: Invalid client secret provided.',
        });
      }
      this.tokensIssued++;
      return send(200, {
        token_type: 'Bearer',
        expires_in: 3599,
        ext_expires_in: 3599,
        access_token: 'fake-graph-token',
      });
    }
    if (this.mode === 'slowAll') await this.hold();
    if (url.pathname === '/beta/auditLogs/signIns' || url.pathname === '/v1.0/auditLogs/signIns')
      return this.signInList(url, request, send);
    if (url.pathname.startsWith('/beta/users') || url.pathname.startsWith('/v1.0/users'))
      return this.directory(url, request, send);
    if (url.pathname === '/beta/servicePrincipals' || url.pathname === '/v1.0/servicePrincipals')
      return this.servicePrincipals(request, send);
    send(404, { error: { code: 'ResourceNotFound', message: 'Not found.' } });
  }

  /** GET /users (paged), /users/{id} and /users/{id}/transitiveMemberOf, in Graph's shapes. */
  /** The tenant's apps: every app its sign-ins name, its own among them. */
  private servicePrincipals(request: http.IncomingMessage, send: Send): void {
    if (request.headers.authorization !== 'Bearer fake-graph-token')
      return send(401, { error: { code: 'InvalidAuthenticationToken', message: 'Access token is empty.' } });
    const apps = new Map(this.signIns.map((signIn) => [signIn.appId, signIn.appDisplayName]));
    send(200, { value: [...apps].map(([appId, displayName]) => ({ appId, displayName })) });
  }

  private directory(url: URL, request: http.IncomingMessage, send: Send): void {
    if (request.headers.authorization !== 'Bearer fake-graph-token')
      return send(401, { error: { code: 'InvalidAuthenticationToken', message: 'Access token is empty.' } });
    if (this.directoryDown)
      return send(503, { error: { code: 'serviceNotAvailable', message: 'Service unavailable.' } });
    const shape = ({ roles: _roles, ...user }: DirectoryUser) => ({
      ...user,
      userType: user.userType === 'guest' ? 'Guest' : 'Member',
    });
    const [, , , encoded, relation] = url.pathname.split('/');
    const id = decodeURIComponent(encoded ?? '').toLowerCase();
    if (!id) {
      const skip = Number(url.searchParams.get('$skiptoken') ?? 0);
      const page = this.users.slice(skip, skip + this.pageSize);
      const next = new URL(url);
      next.searchParams.set('$skiptoken', String(skip + this.pageSize));
      return send(200, {
        ...(skip + this.pageSize < this.users.length ? { '@odata.nextLink': next.toString() } : {}),
        value: page.map(shape),
      });
    }
    const user = this.users.find(
      (candidate) => candidate.id === id || candidate.userPrincipalName.toLowerCase() === id,
    );
    if (!user)
      return send(404, { error: { code: 'Request_ResourceNotFound', message: `'${id}' does not exist.` } });
    if (!relation) return send(200, shape(user));
    const templates = Object.entries(ROLE_TEMPLATES);
    const roles = user.roles.map((role) => ({
      '@odata.type': '#microsoft.graph.directoryRole',
      id: `role-${role}`,
      roleTemplateId: templates.find(([, name]) => name === role)?.[0],
    }));
    const groups = (this.groups.get(user.id) ?? []).map((group) => ({
      '@odata.type': '#microsoft.graph.group',
      id: group,
    }));
    send(200, { value: [...roles, ...groups] });
  }

  private async signInList(url: URL, request: http.IncomingMessage, send: Send): Promise<void> {
    if (request.headers.authorization !== 'Bearer fake-graph-token')
      return send(401, { error: { code: 'InvalidAuthenticationToken', message: 'Access token is empty.' } });
    if (this.mode === 'throttleAlways' || this.mode === 'throttleOnce') {
      if (this.mode === 'throttleOnce') this.mode = 'ok';
      return send(
        429,
        { error: { code: 'TooManyRequests', message: 'Too many requests.' } },
        { 'retry-after': '1' },
      );
    }
    if (this.budget) {
      const now = Date.now();
      const inWindow = this.signInsServed.filter((at) => at > now - this.budget!.perMs);
      if (inWindow.length >= this.budget.requests) {
        this.signInsThrottled++;
        const seconds = Math.max(1, Math.ceil((inWindow[0] + this.budget.perMs - now) / 1000));
        return send(
          429,
          { error: { code: 'TooManyRequests', message: 'Too many requests.' } },
          { 'retry-after': String(seconds) },
        );
      }
    }
    this.signInsServed.push(Date.now());
    // The investigation reads a window with an end; the 30-day list of apps has none.
    const oneWindow = /\bcreatedDateTime le /.test(url.searchParams.get('$filter') ?? '');
    if (((this.mode === 'slow' || this.mode === 'slowNoPermission') && oneWindow) || this.mode === 'silent')
      await this.hold();
    if (this.mode === 'noPermission' || (this.mode === 'slowNoPermission' && oneWindow))
      return send(403, {
        error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges.' },
      });
    if (this.mode === 'serverError')
      return send(500, { error: { code: 'UnknownError', message: 'Something went wrong.' } });
    if (this.mode === 'noPremium')
      return send(403, {
        error: {
          code: 'Authentication_RequestFromNonPremiumTenantOrB2CTenant',
          message: 'Premium license required.',
        },
      });
    let matches: (signIn: SignIn) => boolean;
    try {
      matches = compileFilter(url.searchParams.get('$filter') ?? '');
    } catch (error) {
      return send(400, { error: { code: 'BadRequest', message: (error as Error).message } });
    }
    let select: ((signIn: SignIn) => unknown) | undefined;
    try {
      select = projection(url.searchParams.get('$select'), url.pathname.startsWith('/v1.0/'));
    } catch (error) {
      return send(400, { error: { code: 'BadRequest', message: (error as Error).message } });
    }
    const all = this.signIns
      .filter(matches)
      .sort((a, b) => b.createdDateTime.localeCompare(a.createdDateTime));
    const skip = Number(url.searchParams.get('$skiptoken') ?? 0);
    const top = Math.min(Number(url.searchParams.get('$top') ?? 1000), this.pageSize);
    const page = all.slice(skip, skip + top);
    const next = new URL(url);
    next.searchParams.set('$skiptoken', String(skip + top));
    send(200, {
      '@odata.context': 'https://graph.microsoft.com/beta/$metadata#auditLogs/signIns',
      ...(skip + top < all.length ? { '@odata.nextLink': next.toString() } : {}),
      value: select ? page.map(select) : page,
    });
  }
}

type Send = (status: number, value: unknown, headers?: Record<string, string>) => void;

const V1_PROPERTIES = new Set(
  'id appDisplayName appId appliedConditionalAccessPolicies clientAppUsed conditionalAccessStatus correlationId createdDateTime deviceDetail ipAddress isInteractive location resourceDisplayName resourceId riskDetail riskEventTypes riskEventTypes_v2 riskLevelAggregated riskLevelDuringSignIn riskState status userDisplayName userId userPrincipalName'.split(
    ' ',
  ),
);
const BETA_PROPERTIES = new Set([
  ...V1_PROPERTIES,
  ...'authenticationDetails authenticationRequirement signInEventTypes userType userAgent mfaDetail'.split(
    ' ',
  ),
]);

/** $select as Graph does it: only the fields asked for; a field the version does not have is a 400. */
function projection(select: string | null, v1: boolean): ((signIn: SignIn) => unknown) | undefined {
  if (!select) return undefined;
  const fields = select.split(',');
  const known = v1 ? V1_PROPERTIES : BETA_PROPERTIES;
  const unknown = fields.find((field) => !known.has(field));
  if (unknown)
    throw new Error(`Could not find a property named '${unknown}' on type 'microsoft.graph.signIn'.`);
  return (signIn) =>
    Object.fromEntries(
      fields.filter((field) => field in signIn).map((field) => [field, signIn[field as keyof SignIn]]),
    );
}

const CLAUSE =
  /^(id|userId|appId|resourceId|correlationId|ipAddress) eq '([^']*)'$|^createdDateTime (ge|le) (\S+)$|^status\/errorCode (eq) (\d+)$/;

/** The $filter subset of the signIn docs, strictly: and-ed clauses, one parenthesised or, no functions. */
function compileFilter(filter: string): (signIn: SignIn) => boolean {
  if (!filter) return () => true;
  const clauses = filter.split(' and ').map((part) => {
    const alternatives = /^\((.*)\)$/.exec(part)?.[1].split(' or ') ?? [part];
    const tests = alternatives.map((alternative) => {
      const match = CLAUSE.exec(alternative);
      if (!match) throw new Error(`Invalid filter clause: ${alternative}`);
      const [, field, value, dateOp, date, codeOp, code] = match;
      if (field)
        return (signIn: SignIn) =>
          String(signIn[field as keyof SignIn] ?? '').toLowerCase() === value.toLowerCase();
      if (dateOp) {
        const time = Date.parse(date);
        if (Number.isNaN(time)) throw new Error(`Invalid date: ${date}`);
        return (signIn: SignIn) =>
          dateOp === 'ge'
            ? Date.parse(signIn.createdDateTime) >= time
            : Date.parse(signIn.createdDateTime) <= time;
      }
      return (signIn: SignIn) => (codeOp === 'eq') === (signIn.status.errorCode === Number(code));
    });
    return (signIn: SignIn) => tests.some((test) => test(signIn));
  });
  return (signIn) => clauses.every((clause) => clause(signIn));
}
