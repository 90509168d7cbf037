import { StemmerEn } from '@nlpjs/lang-en-min';
import { StemmerNl } from '@nlpjs/lang-nl';

export interface Stemmer {
  stemWord(word: string): string;
}

/**
 * NLP.js's English and Dutch stemmers without the cache each keeps of every word it ever stemmed. The bot stems
 * whatever people type, so that cache grew without end, and each time the object behind it grew it was rehashed
 * whole: milliseconds in the middle of a question. A stem takes a microsecond or two; callers that meet the same
 * words often keep a bounded cache of their own.
 */
export const STEMMERS: Readonly<Record<'en' | 'nl', Stemmer>> = {
  en: uncached(new StemmerEn()),
  nl: uncached(new StemmerNl()),
};

function uncached<T extends { cache: Record<string, string> }>(stemmer: T): T {
  stemmer.cache = new Proxy({}, { set: () => true });
  return stemmer;
}
