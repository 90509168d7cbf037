import { IANAZone } from 'luxon';
import { Texts } from '../../src/text/en';
import { textsFor } from '../../src/text/texts';

/** What `npm run chat -- …` asked for, and the words the chat speaks in. */
export interface ChatArguments {
  as?: string;
  url?: string;
  locale: string;
  /** Sent as every activity's localTimezone, as Teams sends the user's. */
  timeZone: string;
  texts: Texts;
}

/** A mistake in the arguments, told in the chat's language with the usage under it: the chat exits with 2. */
export class ChatArgumentError extends Error {}

const FLAGS = { '--as': 'as', '--url': 'url', '--locale': 'locale', '--tz': 'tz' } as const;
type Flag = keyof typeof FLAGS;

/** Reads the chat's arguments; without --tz the time zone is the machine's (UTC when Intl cannot name it). */
export function readChatArguments(argv: string[], machineZone: string | undefined): ChatArguments {
  // The language comes first, so that every other mistake is told in it.
  const at = argv.indexOf('--locale');
  const texts = textsFor(at === -1 ? undefined : argv[at + 1]);
  const refuse = (mistake: string): ChatArgumentError =>
    new ChatArgumentError(`${mistake}\n\n${texts.chat.usage}`);
  const given: Partial<Record<(typeof FLAGS)[Flag], string>> = {};
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i];
    if (!(flag in FLAGS)) throw refuse(texts.chat.unknownArgument(flag));
    const value = argv[i + 1];
    if (!value) throw refuse(texts.chat.needsValue(flag));
    given[FLAGS[flag as Flag]] = value;
  }
  if (given.tz !== undefined && !IANAZone.isValidZone(given.tz))
    throw refuse(texts.chat.unknownZone(given.tz));
  return {
    as: given.as,
    url: given.url && endpointOf(given.url),
    locale: given.locale ?? 'en-US',
    timeZone: given.tz ?? machineZone ?? 'UTC',
    texts,
  };
}

/** The bot's address as `npm start` prints it (http://127.0.0.1:3978/) means its /api/messages. */
function endpointOf(url: string): string {
  return /^https?:\/\/[^/]+\/?$/i.test(url) ? `${url.replace(/\/$/, '')}/api/messages` : url;
}
