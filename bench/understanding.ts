import { fill, seeded } from '../src/understanding/corpus';
import { LANGUAGES, readPart } from '../tools/nlu/corpusParts';
import { sampleReader } from '../tools/nlu/sampleReader';
import { since, summarize, Summary } from './stats';

export interface UnderstandingResult {
  /** Reading the model and building the sample tenant's finder, as the bot does at start. */
  loadMs: number;
  messages: number;
  /** One message read: finding names, apps, dates and codes, and classifying what is asked. */
  perMessage: Summary;
  meanMs: number;
}

/** Times the understanding layer on the held-out corpus, filled from the sample tenant. */
export async function benchUnderstanding(rounds: number): Promise<UnderstandingResult> {
  const loading = process.hrtime.bigint();
  const reader = await sampleReader();
  const loadMs = since(loading);
  const random = seeded(7);
  const messages: [string, string][] = [];
  for (const language of LANGUAGES)
    for (const utterance of await readPart('test', language))
      messages.push([fill(utterance, reader.tenant, random).text, language]);
  // One pass first, as a running bot has had: the first reads compile the regular expressions and the JIT's code.
  for (const [text, language] of messages) reader.read(text, language);
  const times: number[] = [];
  for (let round = 0; round < rounds; round++)
    for (const [text, language] of messages) {
      const start = process.hrtime.bigint();
      reader.read(text, language);
      times.push(since(start));
    }
  const meanMs = Math.round((times.reduce((sum, ms) => sum + ms, 0) / times.length) * 1000) / 1000;
  return { loadMs, messages: messages.length, perMessage: summarize(times), meanMs };
}
