import { expect } from 'chai';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import Ajv from 'ajv';
import { IntentModel, MODEL_FILE } from '../../src/understanding/intentModel';
import { PROJECT_ROOT } from '../../src/host/config';
import { LANGUAGES, Part, readPart, trainingHash } from '../../tools/nlu/corpusParts';
import { runEvaluation } from '../../tools/nlu/eval';

/** The held-out floors, in each language: 95 % of intents and 90 % slot F1. A change that reads worse fails here. */
const FLOORS = { intentAccuracy: 0.95, slotF1: 0.9 };
const PLACEHOLDERS = new Set([
  'person',
  'first',
  'last',
  'upn',
  'first~',
  'stranger',
  'app',
  'app~',
  'otherApp',
]);
const SLOTS = new Set(['date', 'code', 'ticket', 'requestId', 'correlationId']);

describe('the understanding corpus and model', () => {
  it('has at least 800 utterances, at least 35 % of them Dutch, each valid against its schema', async () => {
    const schema = JSON.parse(await readFile(path.join(PROJECT_ROOT, 'data', 'corpus.schema.json'), 'utf8'));
    const check = new Ajv({ strict: false }).compile(schema);
    let all = 0;
    let dutch = 0;
    for (const part of ['train', 'dev', 'test'] as Part[])
      for (const language of LANGUAGES) {
        const utterances = await readPart(part, language);
        expect(check({ utterances }), `${part}/${language}`).to.equal(true);
        all += utterances.length;
        if (language === 'nl') dutch += utterances.length;
      }
    expect(all).to.be.at.least(800);
    expect(dutch / all).to.be.at.least(0.35);
  });

  it('marks slots and placeholders only with the names the README lists', async () => {
    for (const part of ['train', 'dev', 'test'] as Part[])
      for (const language of LANGUAGES)
        for (const { text } of await readPart(part, language)) {
          for (const [, name] of text.matchAll(/\{([^}]*)\}/g)) expect(PLACEHOLDERS, text).to.include(name);
          for (const [, name] of text.matchAll(/\]\(([^)]*)\)/g)) expect(SLOTS, text).to.include(name);
        }
  });

  it('keeps the held-out part apart: no test utterance is also a training one', async () => {
    for (const language of LANGUAGES) {
      const training = new Set(
        [...(await readPart('train', language)), ...(await readPart('dev', language))].map((u) => u.text),
      );
      const shared = (await readPart('test', language)).filter((utterance) => training.has(utterance.text));
      expect(shared.map((utterance) => utterance.text)).to.deep.equal([]);
    }
  });

  it('ships a model trained from the corpus as it is now (else: npm run train)', async () => {
    const model = await IntentModel.load(MODEL_FILE);
    expect(model.corpus).to.equal(await trainingHash());
    expect(model.languages).to.have.members([...LANGUAGES]);
  });

  it(`reaches the floors on the held-out part in each language (intents ≥ ${FLOORS.intentAccuracy * 100} %, slot F1 ≥ ${FLOORS.slotF1 * 100} %)`, async () => {
    const { languages } = await runEvaluation('test');
    for (const language of LANGUAGES) {
      const score = languages[language];
      expect(score.utterances, language).to.be.greaterThan(100);
      expect(score.intentAccuracy, `${language} intents`).to.be.at.least(FLOORS.intentAccuracy);
      expect(score.slotF1, `${language} slot F1`).to.be.at.least(FLOORS.slotF1);
    }
  });

  it('refuses to start on a model file that is missing, with a hint', async () => {
    const loading = IntentModel.load(path.join(PROJECT_ROOT, 'data', 'model', 'missing.json'));
    await loading.then(
      () => expect.fail('loaded a missing model'),
      (error: Error) => expect(error.message).to.match(/^\[model\] cannot read .*Hint: run `npm run train`/),
    );
  });
});
