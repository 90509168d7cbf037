import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { Catalog } from '../../src/catalog/catalog';
import { readCatalogFile } from '../../src/catalog/catalogFile';
import { CatalogTranslation } from '../../src/catalog/catalogTranslation';
import { analysisSignature, SearchTerms } from '../../src/catalog/searchTerms';
import { CompoundSplitter } from '../../src/text/compounds';
import { Speller } from '../../src/text/speller';
import { TopicExample } from '../../src/catalog/topicModel';
import { loadSettings } from '../../src/host/config';
import { readCorpus } from '../../src/understanding/corpus';
import { CORPUS_DIR } from './corpusParts';

/** Other things people ask a helpdesk, written for the topic model: `en.json`, `nl.json`, more hands' `en-*.json`. */
export const OFF_TOPIC_DIR = path.join(CORPUS_DIR, 'offTopic');

const MARKED = /\[([^\]]+)\]\([a-zA-Z]+\)/g;
const PLACEHOLDER = /\{[a-zA-Z~]+\}/g;

/**
 * What the topic model learns from: each phrasing of each catalog entry (English and Dutch) as on topic; the intent
 * corpus's `none` utterances and data/corpus/offTopic as off topic. The hash covers the texts and how they become
 * terms, so a test can tell when the model is older than either.
 */
export async function topicTraining(): Promise<{ examples: TopicExample[]; hash: string }> {
  const file = loadSettings().files.catalog;
  const entries = await readCatalogFile(file);
  const dutch = await CatalogTranslation.read(file.replace(/\.json$/, '.nl.json'), entries);
  const catalog = new Catalog(entries, dutch);
  const onTopic = entries.flatMap((entry) => {
    const nl = dutch.textOf(entry.code);
    return [entry.title, ...entry.synonyms, nl?.title ?? '', ...(nl?.synonyms ?? [])].filter(Boolean);
  });
  const offTopic = [...(await noneUtterances()), ...(await offTopicMessages())];
  const hash = createHash('sha256');
  // How text becomes terms is part of what the model learnt: the reading of slips, compounds and word lists.
  const reading = [SearchTerms, Speller, CompoundSplitter].map(String);
  for (const text of [...reading, ...analysisSignature(), ...onTopic, '\u0000', ...offTopic])
    hash.update(`${text}\n`);
  const examples = [
    ...onTopic.map((text) => ({ terms: catalog.termsOf(text), offTopic: false })),
    ...offTopic.map((text) => ({ terms: catalog.termsOf(text), offTopic: true })),
  ].filter(({ terms }) => terms.length > 0);
  return { examples, hash: hash.digest('hex').slice(0, 16) };
}

async function noneUtterances(): Promise<string[]> {
  const folder = path.join(CORPUS_DIR, 'train');
  const texts: string[] = [];
  for (const name of (await readdir(folder)).filter((file) => file.endsWith('.json')).sort())
    for (const utterance of await readCorpus(path.join(folder, name)))
      if (utterance.intent === 'none')
        texts.push(utterance.text.replace(MARKED, '$1').replace(PLACEHOLDER, ' '));
  return texts;
}

async function offTopicMessages(): Promise<string[]> {
  const texts: string[] = [];
  for (const name of (await readdir(OFF_TOPIC_DIR)).filter((file) => file.endsWith('.json')).sort())
    texts.push(...(await readCorpus(path.join(OFF_TOPIC_DIR, name))).map(({ text }) => text));
  return texts;
}
