import { LanguagePack } from '../text/texts';
import { wordAlternatives } from '../shared/patterns';
import { SLOT_TOKEN } from './corpus';
import { EntityFinder, Found, Reading } from './entityFinder';
import { IntentModel } from './intentModel';
import { fold, tokenize } from './tokens';
import { Entity, IntentName, Understanding } from './understanding';

/** Below this the model is guessing: the message is taken as not understood. */
const LEAST_SCORE = 0.25;
/** The intents a language pack lists words for, and which list. */
const FIXED = {
  greeting: 'greetings',
  thanks: 'thanks',
  help: 'help',
  cancel: 'cancel',
  restart: 'restart',
} as const;

const SMALL_TALK: ReadonlySet<IntentName> = new Set(['greeting', 'thanks', 'help']);

export type Read = Understanding &
  Found & {
    anyApp: boolean;
    leading?: 'yes' | 'no';
    /** Each intent's share of the model's belief, for the close calls the dialogs settle with more knowledge. */
    shares: Partial<Record<IntentName, number>>;
  };

/**
 * Reads a message: finds what it names, cuts those out, and lets the trained model say what is asked. The language
 * packs' fixed words ("help", "annuleer") win outright, so a one-word command never depends on the model.
 */
export class Understander {
  /** Every language's yes and no phrases, the longest first: "ja hoor, …" is "ja hoor", not "ja" and "hoor, …". */
  private readonly answers: { answer: 'yes' | 'no'; phrase: string; length: number }[];
  /** Per language, "my colleague" and the like: someone else, so not the caller themself. */
  private readonly others: RegExp[];
  /** Per language, "I think", "weet ik niet": how sure the caller is, so not about the caller's sign-in. */
  private readonly unsure: RegExp[];

  constructor(
    private readonly model: Pick<IntentModel, 'classify' | 'languages' | 'vocabulary'>,
    private readonly packs: readonly LanguagePack[],
  ) {
    this.answers = (['yes', 'no'] as const)
      .flatMap((answer) =>
        packs.flatMap((pack) =>
          pack.words[answer].map((phrase) => ({ answer, phrase, length: phrase.split(' ').length })),
        ),
      )
      .sort((a, b) => b.length - a.length);
    this.others = packs.map(
      ({ words: { selfPossessive, otherPeople } }) =>
        new RegExp(
          `(?:^| )(?:${selfPossessive.join('|')}) (?:[a-z]+ )?(?:${otherPeople.join('|')})(?! (?:account|name|id|naam|profiel))(?= |$)`,
          'g',
        ),
    );
    this.unsure = packs.map(
      ({ words: { unsure } }) => new RegExp(`(?:^| )(?:${wordAlternatives(unsure)})(?= |$)`, 'g'),
    );
  }

  read(text: string, finder: Pick<EntityFinder, 'find'>, reading: Reading & { language: string }): Read {
    const found = finder.find(text, reading);
    const whole = words(text);
    const leading = this.leadingAnswer(text);
    // "nee stop", "no, cancel": the command after the answer is what counts.
    const afterAnswer = leading?.rest ? this.fixedIntent(words(leading.rest)) : undefined;
    const fixed =
      this.fixedIntent(whole) ?? afterAnswer ?? (leading && !leading.rest ? leading.answer : undefined);
    const classified = fixed
      ? { intent: fixed, score: 1, language: reading.language, shares: { [fixed]: 1 } }
      : this.classify(delexicalized(text, found.entities), reading.language, !leading, found.entities);
    const { intent, score, language, shares } = classified;
    // "my colleague" names someone else: without it, whatever "my", "me" or "I" is left is the caller.
    const withoutOthers = this.others.map((others) => whole.replace(others, ' '));
    // "weet ik niet, vanochtend denk ik": the "ik" of a hedge is no question about the caller's own sign-ins.
    const own = withoutOthers.map((words, at) => words.replace(this.unsure[at], ' '));
    return {
      intent,
      score,
      language,
      shares,
      ...found,
      rest: leading?.rest,
      leading: leading?.answer,
      aboutSelf: this.packs.some((pack, at) => pack.words.self.some((word) => has(own[at], word))),
      aboutOther: withoutOthers.some((own) => own !== whole),
      anyApp: this.packs.some((pack) =>
        pack.words.anyApp.some((phrase) => (phrase.includes(' ') ? has(whole, phrase) : whole === phrase)),
      ),
    };
  }

  /**
   * The language whose training words cover more of the message reads it (people answer a Dutch bot in English
   * too); a tie keeps the conversation's language. Scores are shares of the total, so 0.35 means "unsure".
   */
  private classify(
    text: string,
    preferred: string,
    /** Without a yes or no word first, a message is not an answer ("sign-in failed"). */
    noAnswer: boolean,
    entities: readonly Entity[],
  ): { intent: IntentName; score: number; language: string; shares: Read['shares'] } {
    const language = this.languageOf(text, preferred);
    // A greeting, thanks or a call for help names nobody: "thanks! one more: nestor in outlook" asks about Nestor.
    const names = entities.length > 0;
    const scores = this.model
      .classify(text, language)
      .filter(({ intent }) => !noAnswer || (intent !== 'yes' && intent !== 'no'))
      .filter(({ intent }) => !names || !SMALL_TALK.has(intent));
    const total = scores.reduce((sum, { score }) => sum + score, 0);
    const shares: Read['shares'] = {};
    for (const { intent, score } of scores.slice(0, 3)) shares[intent] = total > 0 ? score / total : 0;
    const top = scores[0];
    const share = total > 0 ? top.score / total : 0;
    let intent: IntentName = share < LEAST_SCORE || top.score === 0 ? 'none' : top.intent;
    // A person named with a code or a symptom: the question is about that person's sign-ins.
    if (intent === 'explain' && entities.some((entity) => entity.type === 'person')) intent = 'troubleshoot';
    return { intent, score: share, language, shares };
  }

  private languageOf(text: string, preferred: string): string {
    const keys = tokenize(text).map((token) => token.key);
    let best = { language: preferred, hits: -1 };
    for (const language of this.model.languages) {
      const words = this.model.vocabulary.get(language);
      const hits = keys.filter((key) => words?.has(key)).length + (language === preferred ? 0.5 : 0);
      if (hits > best.hits) best = { language, hits };
    }
    return best.language;
  }

  private fixedIntent(whole: string): IntentName | undefined {
    const bare = whole.replace(/\s*\?$/, '');
    const intents = Object.keys(FIXED) as (keyof typeof FIXED)[];
    return intents.find((intent) => this.packs.some((pack) => pack.words[FIXED[intent]].includes(bare)));
  }

  /** "yes", "ja hoor, ze gebruikte de iPhone-app", "no - not yet": the answer and whatever came after it. */
  private leadingAnswer(text: string): { answer: 'yes' | 'no'; rest: string } | undefined {
    const tokens = tokenize(text);
    for (const { answer, phrase, length } of this.answers) {
      if (
        tokens
          .slice(0, length)
          .map((token) => token.key)
          .join(' ') !== phrase
      )
        continue;
      const rest = text
        .slice(tokens[length - 1].end)
        .replace(/^[\s,.;:!-]+/, '')
        .trim();
      return { answer, rest };
    }
    return undefined;
  }
}

/** The text with each slot replaced by its token, as the model was trained. */
export function delexicalized(text: string, entities: readonly Entity[]): string {
  let result = text;
  for (const entity of [...entities].sort((a, b) => b.start - a.start))
    result = `${result.slice(0, entity.start)} ${SLOT_TOKEN[entity.type]} ${result.slice(entity.end)}`;
  return result;
}

function words(text: string): string {
  return fold(text)
    .replace(/[^\p{L}\p{N}?]+/gu, ' ')
    .trim();
}

/** Whether the phrase stands in the words as whole words; a question mark ends a word ("op alle apps?"). */
function has(whole: string, phrase: string): boolean {
  return ` ${whole.replace(/\?/g, ' ')} `.includes(` ${phrase} `);
}
