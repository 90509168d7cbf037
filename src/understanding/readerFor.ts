import { AppRef, AppResolver } from '../apps/appResolver';
import { KnownAppEntry } from '../apps/knownApps';
import { DirectoryUser } from '../directory/directoryUser';
import { LanguagePack } from '../text/texts';
import { fold } from '../text/normalize';
import { AppCues, AppFinder, appWordsOf } from './appFinder';
import { DateRecognizer } from './dateRecognizer';
import { EntityFinder } from './entityFinder';
import { PersonCues, PersonFinder } from './personFinder';
import { WordTest } from './tokens';
import { commonWords, stopWords } from '../text/commonWords';
import { SlipIndex } from './slipIndex';

/** What a tenant contributes to reading messages: its people and its apps. */
export interface TenantNames {
  users: readonly DirectoryUser[];
  knownApps: readonly KnownAppEntry[];
  seenApps: readonly AppRef[];
  appIds: Pick<AppResolver, 'byId'>;
}

/** What the languages contribute, the same for every tenant: ordinary words and the words around names and apps. */
export interface LanguageWords {
  words: WordTest;
  personCues: PersonCues;
  appCues: AppCues;
  greetings: ReadonlySet<string>;
}

/**
 * Built once at start (about 50 ms: the slip index holds 20,000 words), not on every reload of the tenant. A word
 * the model saw in training or a language pack lists is known; those and the languages' most used words are
 * common. Neither kind is taken for an unknown name or app without a reason.
 */
export function languageWordsOf(
  vocabulary: ReadonlyMap<string, ReadonlySet<string>>,
  packs: readonly LanguagePack[],
): LanguageWords {
  const known = new Set<string>();
  for (const words of vocabulary.values()) for (const word of words) known.add(word);
  for (const pack of packs)
    for (const entry of allWords(pack.words)) for (const word of fold(entry).split(/[\s']+/)) known.add(word);
  const common = packs.map((pack) => commonWords(pack.commonWords));
  const plain = (key: string): string => key.replace(/['-]/g, '');
  const slips = new SlipIndex([...known, ...common.flatMap((list) => [...list])]);
  const words: WordTest = {
    isKnown: (key) => known.has(key) || known.has(plain(key)),
    isCommon: (key) => words.isKnown(key) || common.some((list) => list.has(key) || list.has(plain(key))),
    isSlip: (key) => slips.has(key),
  };
  const cues = (kind: 'personCues' | 'appCues'): { before: Set<string>; after: Set<string> } => ({
    before: new Set(packs.flatMap((pack) => pack.words[kind].before)),
    after: new Set(packs.flatMap((pack) => pack.words[kind].after)),
  });
  return {
    words,
    personCues: {
      ...cues('personCues'),
      heldBefore: new Set(packs.flatMap((pack) => pack.words.personCues.heldBefore)),
      notAName: new Set(packs.flatMap((pack) => [...pack.words.notAName, ...stopWords(pack.language)])),
    },
    appCues: {
      ...cues('appCues'),
      signIn: packs.flatMap((pack) => pack.words.appCues.signIn),
      articles: packs.flatMap((pack) => pack.words.appCues.articles),
      notAnApp: new Set(
        packs.flatMap((pack) => [
          ...pack.words.appCues.notAnApp,
          ...pack.words.appCues.articles,
          ...pack.words.notAName,
          ...pack.words.anyApp.map((phrase) => phrase.split(' ')[0]),
        ]),
      ),
    },
    greetings: new Set(packs.flatMap((pack) => pack.words.greetings)),
  };
}

/** The finder for one tenant: its people and apps, with the languages' words. */
export function entityFinderFor(
  tenant: TenantNames,
  language: LanguageWords,
  dates: Pick<DateRecognizer, 'recognize'>,
  isCodeName?: (word: string) => boolean,
): EntityFinder {
  const people = new Set(
    tenant.users.flatMap((user) => [user.givenName, user.surname].filter(Boolean).map((name) => fold(name))),
  );
  return new EntityFinder(
    new PersonFinder(tenant.users, language.words, language.personCues),
    new AppFinder(
      appWordsOf([...tenant.knownApps, ...tenant.seenApps]),
      language.words,
      language.appCues,
      (key) => people.has(key),
    ),
    tenant.appIds,
    dates,
    isCodeName,
    language.greetings,
  );
}

/** Every word a language pack lists, however deep: "personCues.before", "dates.weekdays". */
function allWords(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allWords);
  if (value && typeof value === 'object') return Object.values(value).flatMap(allWords);
  return [];
}
