import { expect } from 'chai';
import { en } from '../../../src/text/en';
import { nl } from '../../../src/text/nl';
import { ChatArgumentError, readChatArguments } from '../../../tools/chat/chatArguments';

type Read = { as?: string; url?: string; locale?: string; timeZone?: string; language?: string };

describe('npm run chat arguments', () => {
  const READ: [argv: string[], machineZone: string | undefined, read: Read][] = [
    [[], 'Europe/Amsterdam', { locale: 'en-US', language: 'en', timeZone: 'Europe/Amsterdam' }],
    [['--locale', 'nl-NL'], 'UTC', { locale: 'nl-NL', language: 'nl', timeZone: 'UTC' }],
    [['--locale', 'nl-BE'], 'UTC', { locale: 'nl-BE', language: 'nl' }],
    [['--locale', 'de-DE'], 'UTC', { locale: 'de-DE', language: 'en' }],
    [['--tz', 'Asia/Tokyo'], 'Europe/Amsterdam', { timeZone: 'Asia/Tokyo' }],
    [['--tz', 'UTC', '--locale', 'nl-NL'], 'Asia/Tokyo', { timeZone: 'UTC', language: 'nl' }],
    // A machine whose zone Intl cannot name (TZ set to nonsense) still sends one.
    [[], undefined, { timeZone: 'UTC' }],
    [
      ['--as', 'adele.vance@contoso.com', '--url', 'http://127.0.0.1:3978/api/messages'],
      'UTC',
      { as: 'adele.vance@contoso.com', url: 'http://127.0.0.1:3978/api/messages' },
    ],
    // The address `npm start` prints is the bot's: its /api/messages.
    [['--url', 'http://127.0.0.1:3978/'], 'UTC', { url: 'http://127.0.0.1:3978/api/messages' }],
    [['--url', 'http://127.0.0.1:3999'], 'UTC', { url: 'http://127.0.0.1:3999/api/messages' }],
  ];
  for (const [argv, machineZone, read] of READ)
    it(`reads ${JSON.stringify(argv)} on a machine in ${machineZone}`, () => {
      const args = readChatArguments(argv, machineZone);
      const seen: Read = { ...args, language: args.texts.language };
      for (const key of Object.keys(read) as (keyof Read)[]) expect(seen[key], key).to.equal(read[key]);
    });

  const MISTAKES: [argv: string[], message: string][] = [
    [['--colour'], en.chat.unknownArgument('--colour')],
    [['--as'], en.chat.needsValue('--as')],
    [['--tz'], en.chat.needsValue('--tz')],
    [['--tz', 'Mars/Olympus_Mons'], en.chat.unknownZone('Mars/Olympus_Mons')],
    [['--tz', 'UTC+2'], en.chat.unknownZone('UTC+2')],
    [['--tz', 'local'], en.chat.unknownZone('local')],
    // Told in the language asked for, wherever --locale stands.
    [['--colour', '--locale', 'nl-NL'], nl.chat.unknownArgument('--colour')],
    [['--locale', 'nl-NL', '--as'], nl.chat.needsValue('--as')],
    [['--tz', 'Mars/Olympus_Mons', '--locale', 'nl-NL'], nl.chat.unknownZone('Mars/Olympus_Mons')],
  ];
  for (const [argv, message] of MISTAKES)
    it(`refuses ${JSON.stringify(argv)}, saying why and how to use it`, () => {
      const read = (): unknown => readChatArguments(argv, 'UTC');
      expect(read).to.throw(ChatArgumentError, message);
      expect(read).to.throw(ChatArgumentError, argv.includes('nl-NL') ? nl.chat.usage : en.chat.usage);
    });
});
