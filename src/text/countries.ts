import { fold } from './normalize';

/**
 * Country names that are also first names or ordinary words ("why can't jordan sign in", "turkey sandwich"): a
 * question naming them is more often about someone or something else.
 */
const AMBIGUOUS = new Set([
  'jordan',
  'georgia',
  'chad',
  'israel',
  'india',
  'turkey',
  'china',
  'jersey',
  'chile',
]);
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

let names: ReadonlySet<string> | undefined;

/**
 * The one-word names of countries and territories in English and Dutch, folded ("singapore", "marokko", "brazilie"),
 * from the runtime's own locale data, so no list is kept here.
 */
export function countryNames(languages: readonly string[] = ['en', 'nl']): ReadonlySet<string> {
  if (names) return names;
  const found = new Set<string>();
  for (const language of languages) {
    const display = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    for (const first of LETTERS)
      for (const second of LETTERS) {
        const name = display.of(first + second);
        if (name && !/[\s&.,()-]/.test(name)) found.add(fold(name));
      }
  }
  for (const word of AMBIGUOUS) found.delete(word);
  names = found;
  return names;
}
