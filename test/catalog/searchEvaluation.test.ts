import { expect } from 'chai';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Catalog } from '../../src/catalog/catalog';
import { PROJECT_ROOT } from '../../src/host/config';

interface LabelledQuery {
  query: string;
  expect: string[];
  kind: 'exact' | 'typo' | 'name' | 'symptom';
  lang: 'en' | 'nl';
}

/** Share of queries of a kind whose answer must be first (or in the first `top`). */
const BARS: Record<LabelledQuery['kind'], { share: number; top: number }> = {
  exact: { share: 1, top: 1 },
  typo: { share: 0.9, top: 1 },
  name: { share: 0.9, top: 1 },
  symptom: { share: 0.85, top: 3 },
};

describe('Catalog search evaluation', () => {
  it('meets the bar for exact codes, typos, names and symptoms in English and Dutch', async () => {
    const catalog = await Catalog.read(path.join(PROJECT_ROOT, 'data', 'catalog.json'));
    const file = path.join(PROJECT_ROOT, 'test', 'catalog', 'searchEvaluation.json');
    const { queries } = JSON.parse(await readFile(file, 'utf8')) as { queries: LabelledQuery[] };
    expect(queries.length).to.be.at.least(150);

    const rows = Object.entries(BARS).map(([kind, bar]) => {
      const set = queries.filter((query) => query.kind === kind);
      const misses = set.filter((query) => {
        const found = catalog.search(query.query, 3).slice(0, bar.top);
        return !found.some((hit) => query.expect.includes(hit.entry.code));
      });
      const share = (set.length - misses.length) / set.length;
      return { kind, bar, set, misses, share };
    });
    const dutch = queries.filter((query) => query.lang === 'nl').length;
    console.log(`      catalog search over ${queries.length} labelled queries (${dutch} in Dutch):`);
    for (const { kind, bar, set, misses, share } of rows) {
      const line = `${kind.padEnd(8)} ${(share * 100).toFixed(1).padStart(5)} % in top ${bar.top} (${set.length - misses.length}/${set.length}, bar ${bar.share * 100} %)`;
      console.log(
        `        ${line}${misses.length ? `; missed: ${misses.map((m) => m.query).join(' | ')}` : ''}`,
      );
    }
    for (const { kind, bar, share } of rows) expect(share, kind).to.be.at.least(bar.share);
  });
});
