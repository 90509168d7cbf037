import { expect } from 'chai';
import MiniSearch from 'minisearch';
import { TermSearch } from '../../src/catalog/termSearch';

interface Doc {
  id: number;
  title: string;
  text: string;
}

const DOCS: Doc[] = [
  { id: 0, title: 'account locked', text: 'too many sign-in attempts with a wrong password' },
  { id: 1, title: 'password expired', text: 'the password must be changed before signing in' },
  { id: 2, title: 'user not assigned', text: 'the user account is not assigned to the application' },
  { id: 3, title: 'application not found', text: 'the application was not found in the directory' },
  { id: 4, title: 'consent required', text: 'an administrator must consent to the application' },
];

function index(): MiniSearch<Doc> {
  const search = new MiniSearch<Doc>({
    fields: ['title', 'text'],
    searchOptions: { boost: { title: 2 }, prefix: (term) => term.length >= 5 },
  });
  search.addAll(DOCS);
  return search;
}

describe('TermSearch', () => {
  const queries: string[][] = [
    ['password'],
    ['application', 'not', 'found'],
    ['passw', 'wrong', 'wrong'],
    ['user', 'account', 'application', 'consent'],
    ['printer'],
  ];
  for (const terms of queries)
    it(`scores ${terms.join(' ')} as MiniSearch's OR query does, with common terms kept`, () => {
      const search = index();
      const expected = search.search({ combineWith: 'OR', queries: terms });
      const termSearch = new TermSearch(search);
      termSearch.warmUp(terms);
      for (const round of [1, 2]) {
        const found = termSearch.find(terms, () => 1, 0);
        const got = found.hits.sort((a, b) => b.score - a.score);
        expect(
          got.map((hit) => hit.id),
          `round ${round}`,
        ).to.deep.equal(expected.map((hit) => hit.id));
        got.forEach((hit, at) => {
          expect(hit.score).to.be.closeTo(expected[at].score, 1e-9);
          const queryTerms: string[] = [];
          const catalogTerms = new Set<string>();
          found.forEachMatch(hit.id, (term, terms) => {
            queryTerms.push(term);
            terms.forEach((each) => catalogTerms.add(each));
          });
          expect(queryTerms).to.have.members(expected[at].queryTerms);
          expect([...catalogTerms]).to.have.members(expected[at].terms);
        });
      }
    });

  it('leaves out entries whose weighed score stays under the least asked for', () => {
    const found = new TermSearch(index()).find(['password'], (id) => (id === 0 ? 0.01 : 1), 0.5);
    expect(found.hits.map((hit) => hit.id)).to.have.members([1]);
  });
});
