import { expect } from 'chai';
import { en } from '../../../src/text/en';
import { nl } from '../../../src/text/nl';
import { ChatArgumentError, readChatArguments } from '../../../tools/chat/chatArguments';

type Read = { as?: string; url?: string; locale?: string; language?: string };

describe('npm run chat arguments', () => {
  const READ: [argv: string[], read: Read][] = [
    [[], { locale: 'en-US', language: 'en' }],
    [['--locale', 'nl-NL'], { locale: 'nl-NL', language: 'nl' }],
    [['--locale', 'nl-BE'], { locale: 'nl-BE', language: 'nl' }],
    [['--locale', 'de-DE'], { locale: 'de-DE', language: 'en' }],
    [
      ['--as', 'adele.vance@contoso.com', '--url', 'http://127.0.0.1:3978/api/messages'],
      { as: 'adele.vance@contoso.com', url: 'http://127.0.0.1:3978/api/messages' },
    ],
  ];
  for (const [argv, read] of READ)
    it(`reads ${JSON.stringify(argv)}`, () => {
      const args = readChatArguments(argv);
      const seen: Read = { ...args, language: args.texts.language };
      for (const key of Object.keys(read) as (keyof Read)[]) expect(seen[key], key).to.equal(read[key]);
    });

  const MISTAKES: [argv: string[], message: string][] = [
    [['--colour'], en.chat.unknownArgument('--colour')],
    [['--as'], en.chat.needsValue('--as')],
    // Told in the language asked for, wherever --locale stands.
    [['--colour', '--locale', 'nl-NL'], nl.chat.unknownArgument('--colour')],
    [['--locale', 'nl-NL', '--as'], nl.chat.needsValue('--as')],
  ];
  for (const [argv, message] of MISTAKES)
    it(`refuses ${JSON.stringify(argv)}, saying why and how to use it`, () => {
      const read = (): unknown => readChatArguments(argv);
      expect(read).to.throw(ChatArgumentError, message);
      expect(read).to.throw(ChatArgumentError, argv.includes('nl-NL') ? nl.chat.usage : en.chat.usage);
    });
});
