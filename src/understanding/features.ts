import { Stemmer, STEMMERS } from '../text/stemmers';
import { SLOT_TOKEN } from './corpus';
import { tokenize } from './tokens';

const SLOT_WORDS = new Set(Object.values(SLOT_TOKEN));

/**
 * What the classifier sees of a text: each word's stem, each pair of neighbouring stems so "sign in" and "in sign"
 * differ, and the first stem. Slot tokens ("xperson") stay as they are. Numbers carry no meaning once slots are cut out.
 */
export function featuresOf(text: string, language: string): Record<string, number> {
  const stemmer: Stemmer = language === 'nl' ? STEMMERS.nl : STEMMERS.en;
  const stems = tokenize(text)
    .map((token) => token.key.replace(/'/g, ''))
    .filter((word) => !/^\d+$/.test(word))
    .map((word) => (SLOT_WORDS.has(word) ? word : stemmer.stemWord(word)));
  const features: Record<string, number> = {};
  stems.forEach((stem, i) => {
    features[stem] = 1;
    if (i > 0) features[`${stems[i - 1]}_${stem}`] = 1;
  });
  // How a message starts says much: "why ...", "wie heeft ...", "add ...", "ja, ...".
  if (stems.length > 0) features[`^${stems[0]}`] = 1;
  return features;
}
