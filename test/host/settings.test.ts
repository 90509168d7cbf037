import { expect } from 'chai';
import { chatConfig, importConfig, manifestConfig } from '../../src/host/config';

const MANIFEST = {
  TEAMS_APP_ID: '0f1e2d3c-4b5a-4987-8654-3210fedcba98',
  MicrosoftAppId: 'abcdef01-2345-4678-9abc-def012345678',
  DEVELOPER_NAME: ' Contoso IT ',
  DEVELOPER_WEBSITE: 'https://it.contoso.com',
};

describe('the tools’ settings', () => {
  it('gives npm run manifest its four settings, trimmed', () => {
    expect(manifestConfig(MANIFEST)).to.deep.equal({
      teamsAppId: MANIFEST.TEAMS_APP_ID,
      botAppId: MANIFEST.MicrosoftAppId,
      developerName: 'Contoso IT',
      developerWebsite: 'https://it.contoso.com',
    });
  });

  it('names every manifest setting that is missing or wrong in one error', () => {
    expect(() => manifestConfig({ DEVELOPER_WEBSITE: 'http://it.contoso.com' })).to.throw(
      [
        '[manifest] set these in .env or the environment:',
        '- TEAMS_APP_ID must be a GUID of your own (any new GUID)',
        "- MicrosoftAppId must be the Azure Bot's app ID",
        '- DEVELOPER_NAME must be 1 to 32 characters',
        '- DEVELOPER_WEBSITE must be an https URL',
      ].join('\n'),
    );
  });

  it('runs npm run chat’s bot on a free loopback port, logging warnings unless LOG_LEVEL is set', () => {
    const config = chatConfig({ PORT: '3978', HOST: '0.0.0.0' });
    expect(config).to.include({ port: 0, host: '127.0.0.1', logLevel: 'warn' });
    expect(chatConfig({ LOG_LEVEL: 'debug' }).logLevel).to.equal('debug');
  });

  it('reads npm run import’s relative file names from where the command was typed', () => {
    expect(importConfig({ INIT_CWD: '/home/hanna/Downloads' }).workingFolder).to.equal(
      '/home/hanna/Downloads',
    );
    expect(importConfig({}).workingFolder).to.equal(process.cwd());
  });

  it('checks the bot’s settings for the tools as for the bot', () => {
    expect(() => importConfig({ PORT: 'abc' })).to.throw('[config] PORT');
    expect(() => chatConfig({ LOG_LEVEL: 'loud' })).to.throw('[config] LOG_LEVEL');
  });
});
