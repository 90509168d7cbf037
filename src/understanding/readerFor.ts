import { AppRef, AppResolver } from '../apps/appResolver';
import { KnownAppEntry } from '../apps/knownApps';
import { DirectoryUser } from '../directory/directoryUser';
import { LanguagePack } from '../text/texts';
import { AppFinder, appWordsOf } from './appFinder';
import { DateRecognizer } from './dateRecognizer';
import { EntityFinder } from './entityFinder';
import { PersonFinder } from './personFinder';
import { fold, WordTest } from './tokens';
import { commonWords, stopWords } from './commonWords';
import { SlipIndex } from './slipIndex';

/** What a tenant contributes to reading messages: its people and its apps. */
export interface TenantNames {
  users: readonly DirectoryUser[];
  knownApps: readonly KnownAppEntry[];
  seenApps: readonly AppRef[];
  appIds: Pick<AppResolver, 'byId'>;
}

/**
 * Builds the finder for one tenant. A word the model saw in training or a language pack lists is known; those and
 * the languages' most used words are common. Neither kind is taken for an unknown name or app without a reason.
 */
export function entityFinderFor(
  tenant: TenantNames,
  vocabulary: ReadonlyMap<string, ReadonlySet<string>>,
  packs: readonly LanguagePack[],
  dates: Pick<DateRecognizer, 'recognize'>,
  isCodeName?: (word: string) => boolean,
): EntityFinder {
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
  const people = new Set(
    tenant.users.flatMap((user) => [user.givenName, user.surname].filter(Boolean).map((name) => fold(name))),
  );
  const appWords = appWordsOf([...tenant.knownApps, ...tenant.seenApps]);
  return new EntityFinder(
    new PersonFinder(tenant.users, words, {
      ...cues('personCues'),
      notAName: new Set(packs.flatMap((pack) => [...pack.words.notAName, ...stopWords(pack.language)])),
    }),
    new AppFinder(
      appWords,
      words,
      {
        ...cues('appCues'),
        signIn: packs.flatMap((pack) => pack.words.appCues.signIn),
        notAnApp: new Set(
          packs.flatMap((pack) => [
            ...pack.words.appCues.notAnApp,
            ...pack.words.notAName,
            ...pack.words.anyApp.map((phrase) => phrase.split(' ')[0]),
          ]),
        ),
      },
      (key) => people.has(key),
    ),
    tenant.appIds,
    dates,
    isCodeName,
    new Set(packs.flatMap((pack) => pack.words.greetings)),
  );
}

/** Every word a language pack lists, however deep: "personCues.before", "dates.weekdays". */
function allWords(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allWords);
  if (value && typeof value === 'object') return Object.values(value).flatMap(allWords);
  return [];
}
