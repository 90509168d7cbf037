import { expect } from 'chai';
import { unzipSync } from 'fflate';
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { PROJECT_ROOT } from '../../../src/host/config';
import { buildAppPackage, iconProblems, manifestProblems } from '../../../tools/manifest/manifestPackage';
import { Conversation } from '../../helpers/conversation';
import { startTestBot } from '../../helpers/fixture';
import { identityOf } from '../../helpers/identity';
import { tempDir } from '../../helpers/endOfRun';

const SETTINGS = {
  teamsAppId: '0f9e8d7c-6b5a-4948-8372-615243342516',
  botAppId: '9a8b7c6d-1111-4222-8333-444455556666',
  developerName: 'Contoso IT',
  developerWebsite: 'https://it.contoso.com',
};

/** An 8-bit RGBA PNG of one colour, for icons of the wrong size or look. */
function png(size: number, rgba: [number, number, number, number]): Buffer {
  const chunk = (type: string, body: Buffer): Buffer => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(body.length);
    head.write(type, 4, 'ascii');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, 'ascii'), body])));
    return Buffer.concat([head, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array(size).fill(rgba).flat())]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(Array(size).fill(row)))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('the Teams app package', () => {
  let shipped: Record<string, unknown>;
  before(async () => {
    const zip = unzipSync(await buildAppPackage(path.join(PROJECT_ROOT, 'manifest'), SETTINGS));
    expect(Object.keys(zip).sort()).to.deep.equal(['color.png', 'manifest.json', 'outline.png']);
    shipped = JSON.parse(Buffer.from(zip['manifest.json']).toString('utf8')) as Record<string, unknown>;
  });

  it('is a valid manifest at 1.17 or later, with the IDs filled in and the bot in every scope', () => {
    expect(manifestProblems(shipped)).to.deep.equal([]);
    expect(Number(String(shipped.manifestVersion).split('.')[1])).to.be.at.least(17);
    expect(shipped).to.not.have.property('packageName');
    expect(shipped.id).to.equal(SETTINGS.teamsAppId);
    const [bot] = shipped.bots as {
      botId: string;
      scopes: string[];
      commandLists: { commands: { title: string }[] }[];
    }[];
    expect(bot.botId).to.equal(SETTINGS.botAppId);
    expect(bot.scopes).to.have.members(['personal', 'team', 'groupChat']);
    expect(bot.commandLists[0].commands.map((command) => command.title)).to.deep.equal([
      'troubleshoot',
      'my sign-ins',
      'look up a code',
      'help',
    ]);
  });

  it('answers each command of its command list with something other than "didn\'t understand"', async () => {
    const bot = await startTestBot();
    const [list] = (shipped.bots as { commandLists: { commands: { title: string }[] }[] }[])[0].commandLists;
    try {
      for (const { title } of list.commands) {
        const chat = new Conversation(bot.app, identityOf(bot.app, 'hanna.hoek@contoso.com'));
        expect(await chat.ask(title), title).not.to.include("didn't understand");
      }
    } finally {
      await bot.close();
    }
  });

  const BROKEN: [name: string, change: (manifest: Record<string, unknown>) => void, problem: RegExp][] = [
    ['an old manifest version', (m) => (m.manifestVersion = '1.16'), /use 1\.17 or later/],
    ['a packageName', (m) => (m.packageName = 'com.contoso.bot'), /packageName/],
    ['a bot ID that is not a GUID', (m) => ((m.bots as { botId: string }[])[0].botId = 'bot'), /botId/],
    ['an unknown property', (m) => (m.colour = 'blue'), /additional properties.*colour/],
    [
      'a command title over 32 characters',
      (m) =>
        ((
          m.bots as { commandLists: { commands: { title: string }[] }[] }[]
        )[0].commandLists[0].commands[0].title = 'x'.repeat(40)),
      /longer than 32 characters/,
    ],
    ['no name', (m) => delete m.name, /name/],
  ];
  for (const [name, change, problem] of BROKEN) {
    it(`refuses a manifest with ${name}`, () => {
      const manifest = structuredClone(shipped);
      change(manifest);
      expect(manifestProblems(manifest).join('\n')).to.match(problem);
    });
  }

  const ICONS: [name: string, color: Buffer, outline: Buffer, problem: RegExp][] = [
    ['a colour icon of the wrong size', png(100, [0, 120, 212, 255]), png(32, [255, 255, 255, 0]), /192×192/],
    ['an outline icon of the wrong size', png(192, [0, 120, 212, 255]), png(48, [255, 255, 255, 0]), /32×32/],
    [
      'an outline without transparency',
      png(192, [0, 120, 212, 255]),
      png(32, [255, 255, 255, 255]),
      /transparent/,
    ],
    ['a coloured outline', png(192, [0, 120, 212, 255]), png(32, [0, 120, 212, 255]), /not white/],
  ];
  for (const [name, color, outline, problem] of ICONS) {
    it(`refuses ${name}`, () => {
      expect(iconProblems(color, outline).join('\n')).to.match(problem);
    });
  }

  it('writes no zip when the package is invalid, and says why', async () => {
    const folder = await tempDir('manifest');
    await cp(path.join(PROJECT_ROOT, 'manifest'), folder, { recursive: true });
    await writeFile(path.join(folder, 'outline.png'), png(32, [255, 255, 255, 255]));
    const error = await buildAppPackage(folder, SETTINGS).catch((caught: Error) => caught);
    expect(String(error)).to.match(
      /the app package is not valid:\n- outline\.png has no transparent background/,
    );
    const template = await readFile(path.join(folder, 'manifest.json'), 'utf8');
    await writeFile(
      path.join(folder, 'manifest.json'),
      template.replace('${{DEVELOPER_NAME}}', '${{OWNER}}'),
    );
    expect(String(await buildAppPackage(folder, SETTINGS).catch((caught: Error) => caught))).to.include(
      'unknown placeholder ${{OWNER}}',
    );
  });
});
