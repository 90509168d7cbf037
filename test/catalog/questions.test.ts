import { expect } from 'chai';
import path from 'node:path';
import { Catalog } from '../../src/catalog/catalog';
import { PROJECT_ROOT } from '../../src/host/config';
import { readQuestions, scoreQuestions } from '../../tools/catalogEval/questionScore';

/**
 * Floors on the held-out questions: issue 17's targets, 90 % top-1 and 97 % top-3, which the search now meets
 * (91.3 and 97.1 %). A change that makes the search worse fails here.
 */
const FLOORS = { top1: 0.9, top3: 0.97, codeTop1: 0.97, dutchTop1: 0.89 };

describe('catalog search on questions written without the entries', () => {
  let catalog: Catalog;
  before(async () => {
    catalog = await Catalog.read(path.join(PROJECT_ROOT, 'data', 'catalog.json'));
  });

  it('has at least 600 labelled questions in two parts, every answer a code the catalog has', async () => {
    const parts = [await readQuestions('dev'), await readQuestions('test')];
    expect(parts[0].length + parts[1].length).to.be.at.least(600);
    const known = new Set(catalog.entries.map((entry) => entry.code.toUpperCase()));
    for (const question of parts.flat())
      for (const code of question.codes)
        expect(known, `${question.query} → ${code}`).to.include(code.toUpperCase());
    const dev = new Set(parts[0].map((question) => question.query.toLowerCase()));
    expect(parts[1].filter((question) => dev.has(question.query.toLowerCase()))).to.deep.equal([]);
  });

  it(`finds the right entry first for ${FLOORS.top1 * 100} % and in the top three for ${FLOORS.top3 * 100} % of the held-out questions`, async () => {
    const { scores } = scoreQuestions(catalog, await readQuestions('test'));
    expect(scores.all.top1).to.be.at.least(FLOORS.top1);
    expect(scores.all.top3).to.be.at.least(FLOORS.top3);
    expect(scores['kind code'].top1).to.be.at.least(FLOORS.codeTop1);
    expect(scores['language nl'].top1).to.be.at.least(FLOORS.dutchTop1);
  });
});
