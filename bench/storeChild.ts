import path from 'node:path';
import { PROJECT_ROOT } from '../src/host/config';
import { readKnownApps } from '../src/apps/knownApps';
import { generateSampleTenant } from '../src/sample/generator';
import { SignIn } from '../src/signins/signIn';
import { SignInIndex } from '../src/signins/signInIndex';
import { SignInQuery } from '../src/signins/signInSource';
import { since, summarize, Summary } from './stats';
import { AuditEntry, AuditSink } from '../src/access/auditLog';
import { Caller } from '../src/access/caller';
import { Catalog } from '../src/catalog/catalog';
import { DirectoryUser } from '../src/directory/directoryUser';
import { TenantOverview } from '../src/features/overview/tenantOverview';
import { SignInInvestigator } from '../src/features/troubleshoot/investigator';
import { storyOf } from '../src/features/troubleshoot/story';
import { textsFor } from '../src/text/texts';

/**
 * `node storeChild.js <records> <queries> <scans>`: builds a store of that many sign-ins and times lookups by user +
 * app + one day against a plain linear scan. The sample tenant is scaled up the way a bigger tenant looks: each
 * copy is a new set of people (new object IDs and UPNs) with the same habits, apps, days and error codes.
 */
async function main(): Promise<void> {
  const [records, queries, scans] = process.argv.slice(2).map(Number);
  const now = new Date();
  const base = generateSampleTenant(await readKnownApps(path.join(PROJECT_ROOT, 'data', 'apps.json')), now)
    .signIns.signIns;
  const signIns: SignIn[] = [];
  for (let i = 0; signIns.length < records; i++) {
    const round = Math.floor(i / base.length);
    const original = base[i % base.length];
    const tag = round.toString(16).padStart(6, '0');
    signIns.push({
      ...original,
      id: `${original.id.slice(0, 24)}${i.toString(16).padStart(12, '0')}`,
      userId: `${original.userId.slice(0, 30)}${tag}`,
      userPrincipalName: original.userPrincipalName.replace('@', `.${tag}@`),
    });
  }
  const started = process.hrtime.bigint();
  const store = new SignInIndex(
    { meta: { kind: 'import', includesNonInteractive: true, generatedAt: now.toISOString() }, signIns },
    now,
  );
  const buildMs = since(started);
  const people = new Set(signIns.map((signIn) => signIn.userId)).size;

  let seed = 7;
  const random = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const day = 86_400_000;
  const asked: SignInQuery[] = Array.from({ length: queries }, () => {
    const pick = signIns[random(signIns.length)];
    const from = new Date(Math.floor(Date.parse(pick.createdDateTime) / day) * day);
    return { userId: pick.userId, appId: pick.appId, from, to: new Date(from.getTime() + day) };
  });
  const lookups: number[] = [];
  let found = 0;
  for (const query of asked) {
    const start = process.hrtime.bigint();
    found += (await store.find(query)).length;
    lookups.push(since(start));
  }
  const scanTimes: number[] = [];
  for (const query of asked.slice(0, scans)) {
    const start = process.hrtime.bigint();
    signIns.filter(
      (signIn) =>
        signIn.userId === query.userId &&
        (signIn.appId === query.appId || signIn.resourceId === query.appId) &&
        Date.parse(signIn.createdDateTime) >= query.from!.getTime() &&
        Date.parse(signIn.createdDateTime) < query.to!.getTime(),
    );
    scanTimes.push(since(start));
  }
  const lookup = summarize(lookups);
  const scan = summarize(scanTimes);
  const answers = await timeAnswers(store, asked.slice(0, Math.min(queries, 2000)), now);
  process.stdout.write(
    JSON.stringify({
      records,
      people,
      buildSeconds: Math.round(buildMs / 10) / 100,
      peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
      averageFound: Math.round((found / queries) * 10) / 10,
      lookup,
      scan,
      speedup: Math.round(scan.p50 / Math.max(lookup.p50, 0.0001)),
      ...answers,
    }),
  );
}

/** Audit entries counted, not kept: the bench times the answers, not a disk. */
class CountingAudit implements AuditSink {
  count = 0;
  async append(_entry: AuditEntry): Promise<void> {
    this.count++;
  }
  async read(): Promise<AuditEntry[]> {
    return [];
  }
}

/**
 * Story and pattern answers (the investigation of one person, a day, one app, with the week before and the spray
 * check) and questions across people over an hour and a day, on the same store.
 */
async function timeAnswers(
  store: SignInIndex,
  asked: SignInQuery[],
  now: Date,
): Promise<{ story: Summary; tenantHour: Summary; tenantDay: Summary }> {
  const catalog = await Catalog.read(path.join(PROJECT_ROOT, 'data', 'catalog.json'));
  const audit = new CountingAudit();
  const caller: Caller = { isStaff: true, user: undefined };
  const investigator = new SignInInvestigator(store, catalog, audit, () => now);
  const overview = new TenantOverview(store, catalog, audit, () => now);
  const to = { texts: textsFor('en-US'), timeZone: 'UTC', staff: true };
  const story: number[] = [];
  for (const query of asked) {
    const user = { id: query.userId!, displayName: '', userPrincipalName: '' } as DirectoryUser;
    const start = process.hrtime.bigint();
    const found = await investigator.investigate(caller, user, query.appId, {
      from: query.from!,
      to: query.to!,
      precision: 'day',
    });
    storyOf(found);
    story.push(since(start));
  }
  const tenantHour: number[] = [];
  const tenantDay: number[] = [];
  for (const query of asked.slice(0, 100)) {
    const hourStart = process.hrtime.bigint();
    const hour = {
      from: new Date(query.from!.getTime() + 9 * 3_600_000),
      to: new Date(query.from!.getTime() + 10 * 3_600_000),
      precision: 'hours' as const,
    };
    await overview.answer(caller, { kind: 'counts', window: hour }, to);
    tenantHour.push(since(hourStart));
    const dayStart = process.hrtime.bigint();
    await overview.answer(
      caller,
      { kind: 'counts', code: 50126, window: { from: query.from!, to: query.to!, precision: 'day' } },
      to,
    );
    tenantDay.push(since(dayStart));
  }
  return { story: summarize(story), tenantHour: summarize(tenantHour), tenantDay: summarize(tenantDay) };
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 1;
});
