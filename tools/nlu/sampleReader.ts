import { readKnownApps } from '../../src/apps/knownApps';
import { AppResolver } from '../../src/apps/appResolver';
import { loadSettings } from '../../src/host/config';
import { sampleOwn } from '../../src/sample/sampleOwn';
import { LANGUAGES } from '../../src/text/texts';
import { TenantWords } from '../../src/understanding/corpus';
import { DateRecognizer } from '../../src/understanding/dateRecognizer';
import { EntityFinder } from '../../src/understanding/entityFinder';
import { IntentModel, MODEL_FILE } from '../../src/understanding/intentModel';
import { entityFinderFor, languageWordsOf } from '../../src/understanding/readerFor';
import { Read, Understander } from '../../src/understanding/understander';

/** Names nobody in the sample is likely to have, and apps it does not have, to fill `{stranger}` and `{otherApp}`. */
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
export const READING_NOW = new Date('2026-11-23T10:00:00Z');

export interface SampleReader {
  tenant: TenantWords;
  finder: EntityFinder;
  understander: Understander;
  read(text: string, language: string): Read;
}

/** The bot's reader on the sample tenant, as the bot builds it: the shipped model, the sample's people and apps. */
export async function sampleReader(modelFile = MODEL_FILE): Promise<SampleReader> {
  const sample = sampleOwn();
  const knownApps = [...(await readKnownApps(loadSettings().files.apps)), ...sample.apps];
  const model = await IntentModel.load(modelFile);
  const finder = entityFinderFor(
    { users: sample.directory.users, knownApps, seenApps: [], appIds: new AppResolver(knownApps) },
    languageWordsOf(model.vocabulary, LANGUAGES),
    new DateRecognizer(),
  );
  const understander = new Understander(model, LANGUAGES);
  const tenant: TenantWords = {
    people: sample.directory.users.filter((user) => user.givenName && user.surname),
    apps: knownApps.flatMap((app) => [app.displayName, ...app.aliases]),
    strangers: STRANGERS,
    otherApps: OTHER_APPS.filter((app) => !knownApps.some((known) => known.aliases.includes(app))),
  };
  return {
    tenant,
    finder,
    understander,
    read: (text, language) =>
      understander.read(text, finder, {
        language,
        now: READING_NOW,
        timeZone: 'Europe/Amsterdam',
        numericDates: language === 'nl' ? 'dayFirst' : 'ask',
      }),
  };
}
