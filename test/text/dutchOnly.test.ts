import { expect } from 'chai';
import { Activity } from 'botbuilder';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/host/config';
import { nl } from '../../src/text/nl/texts';
import { Conversation } from '../helpers/conversation';
import { sampleTenantDir, startTestBot, TestBot } from '../helpers/fixture';
import { readSignInFile } from '../../src/signins/signInFile';
import { identityOf } from '../helpers/identity';

/** English words that have no business in a Dutch reply (Dutch shares "is", "in", "app", so they are not here). */
const ENGLISH =
  /\b(the|and|to|with|you|your|were|failed|failure|succeeded|found|searched|between|yesterday|today|meaning|steps|tried|conversation|raised|please|which|when|what|why|nothing|could|would|should|password|sign-ins?|signed|declined|denied|locked|object ID|app ID|notApplied|singleFactorAuthentication|multiFactorAuthentication)\b/i;

/**
 * What may stay English: links, the log's own words (quoted „…” so support can match them), quoted names such as
 * policies, and the tenant's data (apps, policies, devices, people), which is whatever the tenant called it.
 */
function dutchPart(text: string, tenantWords: string[]): string {
  let rest = text
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/„[^”]*”/g, ' ')
    .replace(/"[^"\n]*"/g, ' ');
  for (const words of tenantWords) rest = rest.split(words).join(' ');
  return rest;
}

function englishIn(text: string, tenantWords: string[]): string | undefined {
  const part = dutchPart(text, tenantWords);
  const match = ENGLISH.exec(part);
  if (!match) return undefined;
  return part.slice(Math.max(0, match.index - 40), match.index + 40).replace(/\s+/g, ' ');
}

/** Any value a text function is given: a string, a number, a list, a person, all at once. */
const ANY: unknown = new Proxy(() => ANY, {
  get: (_target, key) => {
    if (key === Symbol.toPrimitive) return (hint: string) => (hint === 'number' ? 2 : 'X');
    if (key === 'length') return 2;
    if (key === 'name') return 'X';
    if (key === 'self') return false;
    if (key === 'map' || key === 'slice' || key === 'filter')
      return (f?: (item: unknown, i: number) => unknown) =>
        key === 'map' && f ? [f(ANY, 0), f(ANY, 1)] : [ANY, ANY];
    if (key === 'join') return () => 'X, X';
    return ANY;
  },
  apply: () => ANY,
});

/** Every sentence of nl, each function called with stand-in values: [where, text]. */
function sentencesOf(value: unknown, where: string): [string, string][] {
  if (typeof value === 'string') return [[where, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => sentencesOf(item, `${where}[${i}]`));
  if (typeof value === 'function') {
    const args = Array.from({ length: value.length }, () => ANY);
    return sentencesOf(String((value as (...a: unknown[]) => unknown)(...args)), `${where}()`);
  }
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => sentencesOf(item, where ? `${where}.${key}` : key));
  return [];
}

async function tenantWords(): Promise<string[]> {
  // The sample tenant as the tests generate it: a clean checkout has no data/signins.json before the first start.
  const { signIns } = await readSignInFile(path.join(await sampleTenantDir(), 'signins.json'));
  const words = new Set<string>(['Microsoft Entra ID', 'Microsoft Graph', 'Identity Protection', 'What If']);
  for (const record of signIns) {
    for (const value of [
      record.appDisplayName,
      record.resourceDisplayName,
      record.userDisplayName,
      record.clientAppUsed,
      record.deviceDetail.displayName,
      record.deviceDetail.operatingSystem,
      record.deviceDetail.browser,
      ...(record.appliedConditionalAccessPolicies ?? []).map((policy) => policy.displayName),
    ])
      if (value) words.add(value);
  }
  return [...words].sort((a, b) => b.length - a.length);
}

/** Everything a reader sees of an activity: its text, its suggested actions and its cards' strings. */
function shown(activity: Partial<Activity>): string[] {
  const strings: string[] = [];
  const walk = (value: unknown, key = ''): void => {
    if (typeof value === 'string') {
      if (['text', 'title', 'value', 'label', 'placeholder', 'altText'].includes(key) || key === '')
        strings.push(value);
    } else if (Array.isArray(value)) value.forEach((item) => walk(item, key));
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) if (k !== 'data' && k !== 'id') walk(v, k);
  };
  if (activity.text) strings.push(activity.text);
  walk(activity.suggestedActions?.actions?.map((action) => action.title));
  walk(activity.attachments?.map((attachment) => attachment.content));
  return strings;
}

const AGENT_TALK = [
  'hallo',
  'help',
  'waarom kan megan gisteren niet inloggen op outlook?',
  'details',
  'meer',
  'maak een ticket',
  'ja',
  'indienen',
  'waarom kon jane gisteren niet inloggen bij teams',
  'details',
  'waarom kon ruben gisteren niet inloggen?',
  'alle apps',
  'details',
  'waarom kan lee vandaag niet inloggen op teams?',
  'wat betekent 50053?',
  'wat betekent FAILED_PHONE_APP_DENIED',
  'wat betekent 5012',
  'wat betekent 99999999',
  'hoeveel mensen kregen vandaag 50126?',
  'wat zijn de meest voorkomende fouten deze week?',
  'wie heeft de aanmeldingen van jane bekeken?',
  'mijn tickets',
  'asdfghjkl',
];

const END_USER_TALK = [
  'ik kan niet inloggen',
  'teams',
  'gisteren',
  'details',
  'waarom kan megan niet inloggen op outlook?',
  'wie heeft de aanmeldingen van jane bekeken?',
];

describe('no English in Dutch', () => {
  let words: string[];
  let bot: TestBot;
  before(async () => {
    words = await tenantWords();
    bot = await startTestBot();
  });
  after(() => bot.close());

  it('in any sentence of the Dutch texts, each function called', () => {
    const english = sentencesOf(nl, '')
      .filter(([where]) => !where.startsWith('chat.'))
      .map(([where, text]) => [where, englishIn(text, words)])
      .filter(([, found]) => found);
    expect(english).to.deep.equal([]);
  });

  it('in the Dutch catalog: names, titles, causes, steps and categories', async () => {
    const file = JSON.parse(await readFile(path.join(PROJECT_ROOT, 'data', 'catalog.nl.json'), 'utf8')) as {
      categories: Record<string, Record<string, string | string[]>>;
      entries: Record<string, Record<string, string | string[]>>;
    };
    const english: string[] = [];
    for (const [id, category] of Object.entries(file.categories))
      for (const [field, value] of Object.entries(category))
        for (const text of [value].flat()) {
          const found = englishIn(text, words);
          if (found) english.push(`category ${id}.${field}: …${found}…`);
        }
    for (const [code, entry] of Object.entries(file.entries))
      for (const [field, value] of Object.entries(entry))
        if (field !== 'synonyms')
          for (const text of [value].flat()) {
            const found = englishIn(text, words);
            if (found) english.push(`${code}.${field}: …${found}…`);
          }
    expect(english).to.deep.equal([]);
  });

  for (const [who, talk] of [
    ['hanna.hoek@contoso.com', AGENT_TALK],
    ['adele.vance@contoso.com', END_USER_TALK],
  ] as const)
    it(`in every reply and card of a Dutch conversation (${who})`, async () => {
      const chat = new Conversation(bot.app, identityOf(bot.app, who), { locale: 'nl-NL' });
      const english: string[] = [];
      let replies = 0;
      for (const message of talk)
        for (const activity of await chat.send({ type: 'message', text: message })) {
          replies++;
          for (const text of shown(activity)) {
            const found = englishIn(text, words);
            if (found) english.push(`${message} → …${found}…`);
          }
        }
      expect(replies).to.be.greaterThan(talk.length);
      expect(english).to.deep.equal([]);
    });

  it('catches English when there is some (the check itself)', () => {
    expect(englishIn('Geen mislukte aanmeldingen: the only sign-in succeeded', words)).to.include('the');
    expect(englishIn('Gebruiker: Jane (object ID 123)', words)).to.include('object ID');
    expect(
      englishIn('Beleid: "Block legacy authentication" in het logboek: „The password is wrong.”', words),
    ).to.equal(undefined);
  });
});
