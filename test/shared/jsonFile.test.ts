import { expect } from 'chai';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Directory } from '../../src/directory/directory';
import { LiveSignInStore } from '../../src/signins/liveSignInStore';
import { writeSignInFile } from '../../src/signins/signInFile';
import { TicketStore } from '../../src/features/tickets/ticketStore';
import { capturedLog } from '../helpers/capturedLog';
import { NOW } from '../helpers/fixture';
import { tempDir } from '../helpers/endOfRun';

/** Broken files holding personal data: one the parser names a position for, one it quotes instead. */
const BROKEN: [name: string, text: string, position: string][] = [
  [
    'a record cut short',
    '{"meta": {},\n "signIns": [\n  {"userPrincipalName": "jane.visser@contoso.com", "ipAddress": "84.241.196.7" oops}]}',
    'line 3, column 80',
  ],
  ['stray text', 'jane.visser@contoso.com signed in from 84.241.196.7', 'line 1, column 1'],
  [
    'a record cut short in a file of one record a line',
    '{"meta":{"kind":"import"},"users":[],"signIns":[\n{"userPrincipalName":"jane.visser@contoso.com","ipAddress":"84.241.196.7" oops}\n]}',
    'line 2, column 75',
  ],
];

/** Each reader of a data file at start-up, and what it says about a broken one: a log line or an error. */
const READERS: [file: string, say: (file: string) => Promise<string>][] = [
  // At start-up, and again when a new import is noticed.
  [
    'signins.json',
    async (file) => {
      const { lines, logger } = capturedLog();
      await LiveSignInStore.open(file, () => NOW, logger);
      return lines.join('');
    },
  ],
  [
    'signins.json',
    async (file) => {
      const { lines, logger } = capturedLog();
      const broken = await readFile(file, 'utf8');
      await writeSignInFile(file, {
        meta: { kind: 'import', includesNonInteractive: false, generatedAt: '' },
        signIns: [],
      });
      const store = await LiveSignInStore.open(file, () => NOW, logger);
      await writeFile(file, broken);
      await store.reload();
      return lines.join('');
    },
  ],
  [
    'tickets.json',
    async (file) => {
      const { lines, logger } = capturedLog();
      await TicketStore.open(file, NOW, logger);
      return lines.join('');
    },
  ],
  ['directory.json', (file) => Directory.read(file).then(String, (error: Error) => error.message)],
];

describe('a data file that is not JSON', () => {
  for (const [file, read] of READERS)
    for (const [name, text, position] of BROKEN)
      it(`is reported by file name and position only, never content (${file}, ${name})`, async () => {
        const broken = path.join(await tempDir('broken'), file);
        await writeFile(broken, text);
        const said = await read(broken);
        for (const personal of ['jane', 'contoso', '84.241', 'oops', 'signed in'])
          expect(said).not.to.include(personal);
        expect(said).to.include(file);
        expect(said).to.include(position);
      });
});
