import { expect } from 'chai';
import path from 'node:path';
import { KnownAppEntry, readKnownApps } from '../../src/apps/knownApps';
import { Directory } from '../../src/directory/directory';
import { PROJECT_ROOT } from '../../src/host/config';
import { sampleDirectory } from '../../src/sample/generator';
import { SAMPLE_APPS } from '../../src/sample/sampleApps';
import { sampleOwn } from '../../src/sample/sampleOwn';
import { RecordsInUse, TenantNames, TenantOwn } from '../../src/tenant/tenantNames';
import { TAILSPIN, TAILSPIN_APPS } from '../helpers/otherTenant';

/** The records in use: the sample's, another tenant's import (naming Jane, who is not in its directory), or none (Graph). */
const RECORDS: Record<string, RecordsInUse | undefined> = {
  'on the sample tenant': { kind: 'sample', importedUsers: () => [], apps: () => [] },
  "on Tailspin's imported records": {
    kind: 'import',
    importedUsers: () => [TAILSPIN.agent, TAILSPIN.megan, TAILSPIN.jane],
    apps: () => [TAILSPIN.expenses, TAILSPIN.teams],
  },
  'on Tailspin through Graph': undefined,
};

/** Whose records are in use, what is said, and whom or which app the bot takes it for ('none': no one, no app). */
const PEOPLE: [records: string, said: string, known: string][] = [
  ['on the sample tenant', 'megan', 'Megan Bowen'],
  ['on the sample tenant', 'jane', 'Jane Visser'],
  ['on the sample tenant', 'rosa', 'none'],
  ["on Tailspin's imported records", 'megan', 'Megan Kowalski'],
  ["on Tailspin's imported records", 'jane', 'Jane Okafor'],
  ["on Tailspin's imported records", 'rosa', 'Rosa Martin'],
  ["on Tailspin's imported records", 'megan bowen', 'none'],
  ["on Tailspin's imported records", 'hanna.hoek@contoso.com', 'none'],
  ['on Tailspin through Graph', 'megan', 'Megan Kowalski'],
  ['on Tailspin through Graph', 'jane', 'none'],
];

const APPS: [records: string, said: string, known: string][] = [
  ['on the sample tenant', 'expenses', 'Contoso Expenses'],
  ['on the sample tenant', 'hr portal', 'Contoso HR Portal'],
  ['on the sample tenant', 'teams', 'Microsoft Teams'],
  ["on Tailspin's imported records", 'expenses', 'Tailspin Expenses'],
  ["on Tailspin's imported records", 'expense claims', 'Tailspin Expenses'],
  ["on Tailspin's imported records", 'hr portal', 'none'],
  ["on Tailspin's imported records", 'workday', 'none'],
  ["on Tailspin's imported records", 'teams', 'Microsoft Teams'],
  ["on Tailspin's imported records", 'outlook', 'Office 365 Exchange Online'],
  ["on Tailspin's imported records", 'graph explorer', 'Graph Explorer'],
  ["on Tailspin's imported records", 'azure powershell', 'Microsoft Azure PowerShell'],
  ["on Tailspin's imported records", 'graph powershell', 'Microsoft Graph Command Line Tools'],
  ["on Tailspin's imported records", 'powershell', 'Azure Active Directory PowerShell'],
  ['on Tailspin through Graph', 'expenses', 'Tailspin Expenses'],
  ['on Tailspin through Graph', 'declaraties', 'none'],
];

describe('TenantNames: whom and which apps the bot knows', () => {
  let known: TenantNames;
  let microsoftApps: KnownAppEntry[];
  const tailspin: TenantOwn = {
    directory: new Directory([TAILSPIN.agent, TAILSPIN.megan]),
    apps: TAILSPIN_APPS,
  };
  before(async () => {
    microsoftApps = await readKnownApps(path.join(PROJECT_ROOT, 'data', 'apps.json'));
    known = new TenantNames(microsoftApps, sampleOwn());
  });

  for (const [records, said, who] of PEOPLE)
    it(`takes "${said}" for ${who === 'none' ? 'no one' : who} ${records}`, () => {
      const match = known.names(tailspin, RECORDS[records]).users.resolve(said);
      expect(match.kind === 'one' ? match.user.displayName : match.kind).to.equal(who);
    });

  for (const [records, said, app] of APPS)
    it(`takes "${said}" for ${app === 'none' ? 'no app' : app} ${records}`, () => {
      const match = known.names(tailspin, RECORDS[records]).apps.resolve(said);
      expect(match.kind === 'one' ? match.app.displayName : match.kind).to.equal(app);
    });

  it("knows none of the sample's people and apps once another tenant's records are in use", () => {
    const { users, apps } = known.names(tailspin, RECORDS["on Tailspin's imported records"]);
    const sample = new Set(sampleDirectory().users.map((user) => user.id));
    for (const person of sampleDirectory().users) {
      expect(users.resolve(person.userPrincipalName).kind, person.userPrincipalName).to.equal('none');
      const mentioned = users.findMentioned(`why can't ${person.displayName} sign in?`);
      const found =
        mentioned?.kind === 'one' ? [mentioned.user] : mentioned?.kind === 'many' ? mentioned.users : [];
      expect(
        found.filter((user) => sample.has(user.id)),
        person.displayName,
      ).to.deep.equal([]);
    }
    for (const app of SAMPLE_APPS) {
      expect(apps.byId(app.appId), app.displayName).to.equal(undefined);
      for (const word of [app.displayName, ...app.aliases])
        expect(apps.findMentioned(`why can't jane sign in to ${word}?`)?.appId, word).not.to.equal(app.appId);
    }
  });

  it("knows Microsoft's own apps with every tenant, by the same IDs", () => {
    for (const records of Object.values(RECORDS)) {
      const { apps } = known.names(tailspin, records);
      for (const app of microsoftApps) expect(apps.byId(app.appId)?.displayName).to.equal(app.displayName);
    }
  });

  it('gives roles only to the people in the directory of the tenant in use', () => {
    const roles = (records: RecordsInUse | undefined, upn: string) =>
      known.people(tailspin, records).findByUpn(upn)?.roles;
    expect(roles(RECORDS['on the sample tenant'], 'hanna.hoek@contoso.com')).to.include(
      'Helpdesk Administrator',
    );
    expect(roles(RECORDS['on the sample tenant'], TAILSPIN.agent.userPrincipalName)).to.equal(undefined);
    expect(roles(RECORDS["on Tailspin's imported records"], 'hanna.hoek@contoso.com')).to.equal(undefined);
    expect(roles(RECORDS["on Tailspin's imported records"], TAILSPIN.agent.userPrincipalName)).to.deep.equal([
      'Helpdesk Administrator',
    ]);
    expect(roles(RECORDS["on Tailspin's imported records"], TAILSPIN.jane.userPrincipalName)).to.deep.equal(
      [],
    );
  });
});
