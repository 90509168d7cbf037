import { expect } from 'chai';
import path from 'node:path';
import { readKnownApps } from '../../src/apps/knownApps';
import { PROJECT_ROOT } from '../../src/host/config';
import { generateSampleTenant, sampleDirectory, SampleTenant } from '../../src/sample/generator';
import { SAMPLE_APPS } from '../../src/sample/sampleApps';
import { NOW } from '../helpers/fixture';

describe('sample tenant generator', () => {
  let tenant: SampleTenant;
  let apps: Awaited<ReturnType<typeof readKnownApps>>;
  before(async () => {
    apps = await readKnownApps(path.join(PROJECT_ROOT, 'data', 'apps.json'));
    tenant = generateSampleTenant(apps, NOW);
  });

  it('gives the same files for the same day, every time', () => {
    expect(JSON.stringify(generateSampleTenant(apps, NOW))).to.equal(JSON.stringify(tenant));
  });

  it('gives different records for another seed', () => {
    expect(generateSampleTenant(apps, NOW, 7).signIns.signIns[0].id).not.to.equal(
      tenant.signIns.signIns[0].id,
    );
  });

  it('knows its people without its records: sampleDirectory() is the directory its sign-ins name', () => {
    expect(sampleDirectory()).to.deep.equal(tenant.directory);
    const ids = new Set(tenant.directory.users.map((user) => user.id));
    expect(tenant.signIns.signIns.every((signIn) => ids.has(signIn.userId))).to.equal(true);
  });

  it("signs in to its own apps, which are not among Microsoft's in data/apps.json", () => {
    const used = new Set(tenant.signIns.signIns.map((signIn) => signIn.appId));
    for (const app of SAMPLE_APPS) {
      expect(used.has(app.appId), app.displayName).to.equal(true);
      expect(apps.map((known) => known.appId)).not.to.include(app.appId);
    }
  });

  it('has the size and mix the demo needs', () => {
    const signIns = tenant.signIns.signIns;
    const codes = new Set(signIns.map((signIn) => signIn.status.errorCode).filter((code) => code !== 0));
    const failures = signIns.filter((signIn) => signIn.status.errorCode !== 0).length;
    expect(tenant.directory.users.length).to.be.at.least(30);
    expect(new Set(signIns.map((signIn) => signIn.appId)).size).to.be.at.least(12);
    expect(signIns.length).to.be.at.least(5000);
    expect(codes.size).to.be.at.least(25);
    expect(failures / signIns.length).to.be.within(0.03, 0.2);
    expect(signIns.some((signIn) => !signIn.isInteractive)).to.equal(true);
  });

  it('keeps every record within the last 30 days and no later than the end of the anchor day', () => {
    const times = tenant.signIns.signIns.map((signIn) => Date.parse(signIn.createdDateTime));
    expect(Math.min(...times)).to.be.at.least(Date.parse('2026-10-25T00:00:00Z'));
    expect(Math.max(...times)).to.be.below(Date.parse('2026-11-24T00:00:00Z'));
    expect(tenant.signIns.meta).to.include({ kind: 'sample', anchorDate: '2026-11-23' });
  });

  it('gives every record the Graph signIn fields the answers read', () => {
    for (const signIn of tenant.signIns.signIns.slice(0, 200)) {
      expect(signIn).to.include.keys(
        'id',
        'createdDateTime',
        'userPrincipalName',
        'userId',
        'appId',
        'appDisplayName',
        'ipAddress',
        'clientAppUsed',
        'correlationId',
        'conditionalAccessStatus',
        'status',
        'deviceDetail',
        'location',
        'appliedConditionalAccessPolicies',
      );
      expect(signIn.status.errorCode === 0).to.equal(signIn.status.failureReason === null);
    }
  });
});
