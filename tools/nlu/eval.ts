import { loadSettings } from '../../src/host/config';
import { sampleOwn } from '../../src/sample/sampleOwn';
import { readKnownApps } from '../../src/apps/knownApps';
import { AppResolver } from '../../src/apps/appResolver';
import { DateRecognizer } from '../../src/understanding/dateRecognizer';
import { IntentModel } from '../../src/understanding/intentModel';
import { entityFinderFor } from '../../src/understanding/readerFor';
import { Understander } from '../../src/understanding/understander';
import { TenantWords } from '../../src/understanding/corpus';
import { LANGUAGES as PACKS } from '../../src/text/texts';
import { evaluate, Score } from './evaluation';
import { LANGUAGES, MODEL_FILE, Part, readPart } from './corpusParts';

/** Names nobody in a tenant is likely to have, and apps a tenant may well not have. */
const STRANGERS = [
  'jon snow',
  'Zorro Nobody',
  'priya ramakrishnan',
  'Olaf Brekke',
  'kees van dijkstra',
  'Mbali Zulu',
];
const OTHER_APPS = ['vpn', 'salesforce', 'workday', 'zoom', 'servicenow', 'jira', 'citrix', 'sap'];
/** A Monday, mid-morning, in a tenant on Amsterdam time. */
const NOW = new Date('2026-11-23T10:00:00Z');

export interface Evaluation {
  part: Part;
  languages: Record<string, Score>;
}

/** Scores the model on a part of the corpus, filled with the sample tenant's people and apps. */
export async function runEvaluation(part: Part, modelFile = MODEL_FILE): Promise<Evaluation> {
  const config = loadSettings();
  const sample = sampleOwn();
  const directory = sample.directory;
  const knownApps = [...(await readKnownApps(config.files.apps)), ...sample.apps];
  const model = await IntentModel.load(modelFile);
  const dates = new DateRecognizer();
  const finder = entityFinderFor(
    { users: directory.users, knownApps, seenApps: [], appIds: new AppResolver(knownApps) },
    model.vocabulary,
    PACKS,
    dates,
  );
  const understander = new Understander(model, PACKS);
  const tenant: TenantWords = {
    people: directory.users.filter((user) => user.givenName && user.surname),
    apps: knownApps.flatMap((app) => [app.displayName, ...app.aliases]),
    strangers: STRANGERS,
    otherApps: OTHER_APPS.filter((app) => !knownApps.some((known) => known.aliases.includes(app))),
  };
  const languages: Record<string, Score> = {};
  for (const language of LANGUAGES) {
    const numericDates = language === 'nl' ? 'dayFirst' : 'ask';
    languages[language] = evaluate(await readPart(part, language), tenant, (text) =>
      understander.read(text, finder, { language, now: NOW, timeZone: 'Europe/Amsterdam', numericDates }),
    );
  }
  return { part, languages };
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)} %`.padStart(8);
}

async function main(): Promise<void> {
  const part = (process.argv.includes('--dev') ? 'dev' : 'test') as Part;
  const result = await runEvaluation(part);
  const out: string[] = [
    `Understanding, ${part === 'test' ? 'held-out test part' : 'development part'}:`,
    '',
  ];
  out.push('language  utterances    intents  slot prec  slot rec   slot F1');
  for (const [language, score] of Object.entries(result.languages))
    out.push(
      `${language.padEnd(8)}  ${String(score.utterances).padStart(10)}  ${percent(score.intentAccuracy)}  ${percent(score.slotPrecision)}  ${percent(score.slotRecall)}  ${percent(score.slotF1)}`,
    );
  if (part === 'dev' && process.argv.includes('--misses'))
    for (const [language, score] of Object.entries(result.languages))
      for (const miss of score.misses)
        out.push(
          `${language} ${miss.expected} → ${miss.got}: ${miss.text.replace(/\s+/g, ' ')}\n     ${miss.slots}`,
        );
  process.stdout.write(`${out.join('\n')}\n`);
}

if (require.main === module) {
  main().catch((error: Error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  });
}
