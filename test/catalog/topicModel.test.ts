import { expect } from 'chai';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Catalog } from '../../src/catalog/catalog';
import { readCatalogFile } from '../../src/catalog/catalogFile';
import { CatalogTranslation } from '../../src/catalog/catalogTranslation';
import { TopicModel } from '../../src/catalog/topicModel';
import { PROJECT_ROOT } from '../../src/host/config';
import { topicTraining } from '../../tools/nlu/topicTraining';

const CATALOG = path.join(PROJECT_ROOT, 'data', 'catalog.json');

/** Other things a helpdesk is asked that share words with an entry ("aanmelden", "certificate", "approval"). */
const OFF_TOPIC = [
  'ik wil me aanmelden voor de cursus timemanagement',
  'Het verzekeringscertificaat van onze onderaannemer is verlopen, wie vraagt een nieuwe op?',
  'my leave request is still waiting for approval from my manager',
];

/** Their sign-in twins, with an entry that should be among the first three. */
const ON_TOPIC: [string, string][] = [
  ['ik kan me niet aanmelden, mijn account is vergrendeld', '50053'],
  ['the certificate on the app registration expired and now the service cannot get a token', '7000222'],
  [
    'the sign-in is waiting for approval on my phone but nothing arrives',
    'FAILED_PHONE_APP_NOTIFICATION_FAILED',
  ],
];

describe('the topic model', () => {
  let catalog: Catalog;
  let withoutModel: Catalog;
  before(async () => {
    catalog = await Catalog.read(CATALOG);
    const entries = await readCatalogFile(CATALOG);
    withoutModel = new Catalog(
      entries,
      await CatalogTranslation.read(CATALOG.replace(/\.json$/, '.nl.json'), entries),
    );
  });

  it('ships trained on the catalog and data/corpus/offTopic as they are now (else: npm run train)', async () => {
    const model = await TopicModel.load();
    expect(model.training).to.equal((await topicTraining()).hash);
  });

  for (const question of OFF_TOPIC)
    it(`finds nothing for "${question}", where words alone found an entry`, () => {
      expect(withoutModel.search(question)).to.have.length.above(0);
      expect(catalog.search(question)).to.deep.equal([]);
      expect(catalog.describes(question)).to.equal(undefined);
    });

  for (const [question, code] of ON_TOPIC)
    it(`still finds ${code} for "${question}"`, () => {
      expect(catalog.search(question).map((hit) => hit.entry.code)).to.include(code);
    });

  it('judges by the words it learnt, and leaves words it never saw to the search', () => {
    const model = TopicModel.train(
      [
        { terms: ['password', 'expired'], offTopic: false },
        { terms: ['account', 'locked'], offTopic: false },
        { terms: ['printer', 'jammed'], offTopic: true },
        { terms: ['coffee', 'machine', 'broken'], offTopic: true },
      ],
      'tiny',
    );
    expect(model.offTopic(['printer', 'jammed'])).to.be.above(0.5);
    expect(model.offTopic(['password', 'expired'])).to.be.below(0.5);
    expect(model.offTopic(['zorblax'])).to.equal(0);
  });

  it('fails fast with a hint when the model file is missing', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'topic-'));
    try {
      const error = await TopicModel.load(path.join(folder, 'topic.json')).catch((thrown: Error) => thrown);
      expect(String(error)).to.match(/^Error: \[topic\] cannot read .*npm run train/);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
