import Fuse from 'fuse.js';
import { containsPhrase, normalize } from '../text/normalize';
import { GUID_PATTERN } from '../shared/patterns';
import { KnownAppEntry } from './knownApps';
import { fuzzyWorthy } from '../text/fuzzyLimit';

export interface AppRef {
  appId: string;
  displayName: string;
}

export type AppMatch =
  { kind: 'one'; app: AppRef } | { kind: 'any' } | { kind: 'none'; suggestions: AppRef[] };

const ANY_APP = [
  'any',
  'any app',
  'all',
  'all apps',
  'every app',
  'alle apps',
  'alles',
  'maakt niet uit',
  'elke app',
];

interface Term {
  term: string;
  app: AppRef;
}

/** Finds the app a person means: display name, a common alias ("outlook"), an app ID, or "any app". */
export class AppResolver {
  private readonly terms: Term[];
  private readonly apps: AppRef[];
  private readonly fuse: Fuse<Term>;

  /** `known` carries the aliases; `seen` adds apps found in the sign-in records. */
  constructor(known: KnownAppEntry[], seen: AppRef[] = []) {
    const byId = new Map<string, AppRef>();
    for (const app of [...known, ...seen]) {
      if (!byId.has(app.appId)) byId.set(app.appId, { appId: app.appId, displayName: app.displayName });
    }
    this.apps = [...byId.values()];
    const aliases = known.flatMap((app) =>
      app.aliases.map((alias) => ({ term: normalize(alias), app: byId.get(app.appId)! })),
    );
    const names = this.apps.map((app) => ({ term: normalize(app.displayName), app }));
    this.terms = [...names, ...aliases].sort((a, b) => b.term.length - a.term.length);
    this.fuse = new Fuse(this.terms, {
      keys: ['term'],
      threshold: 0.35,
      ignoreLocation: true,
      includeScore: true,
    });
  }

  resolve(text: string): AppMatch {
    const wanted = normalize(text);
    if (ANY_APP.includes(wanted)) return { kind: 'any' };
    if (GUID_PATTERN.test(wanted)) {
      const app = this.apps.find((candidate) => candidate.appId === wanted);
      return app ? { kind: 'one', app } : { kind: 'none', suggestions: [] };
    }
    const exact = this.terms.find((term) => term.term === wanted);
    if (exact) return { kind: 'one', app: exact.app };
    // A word of three letters or fewer ("nee", "ok") is too short to be a slip of an app's name.
    if (wanted.length <= 3 || !fuzzyWorthy(wanted)) return { kind: 'none', suggestions: [] };
    const results = this.fuse.search(wanted, { limit: 6 });
    const unique = [...new Map(results.map((result) => [result.item.app.appId, result.item.app])).values()];
    if (results.length > 0 && results[0].score! < 0.15) return { kind: 'one', app: unique[0] };
    return { kind: 'none', suggestions: unique.slice(0, 3) };
  }

  /** An app named, as whole words, inside a longer message (longest name wins). */
  findMentioned(text: string): AppRef | undefined {
    const words = normalize(text);
    return this.terms.find((term) => term.term.length > 2 && containsPhrase(words, term.term))?.app;
  }

  byId(appId: string): AppRef | undefined {
    return this.apps.find((app) => app.appId === appId);
  }
}
