import { AuditSink, EVERYONE } from '../../access/auditLog';
import { Caller } from '../../access/caller';
import { decide } from '../../access/policy';
import { refusalText } from '../../access/refusal';
import { Catalog } from '../../catalog/catalog';
import { SignIn } from '../../signins/signIn';
import { SignInQuery, SignInSource } from '../../signins/signInSource';
import { DateWindow } from '../../understanding/dateWindow';
import { isInterrupted } from '../troubleshoot/signInFacts';
import { Audience } from '../troubleshoot/replies';
import { describeMoment, describePeriod } from '../troubleshoot/period';
import { countByCode, outageVerdict, Rate } from './overviewFigures';

/** A question about many people at once, as the main dialog read it. */
export type OverviewRequest =
  | { kind: 'counts'; code?: number; appId?: string; appName?: string; window: DateWindow }
  | { kind: 'outage'; appId: string; appName: string }
  | { kind: 'address'; ipAddress: string; window: DateWindow };

const TOP = 5;
const NAMED_PEOPLE = 5;
const USUAL_DAYS = 7;
const HOUR = 3_600_000;

/** Answers the helpdesk's questions across people: counts of failures, "is Outlook down?", one address's sign-ins. */
export class TenantOverview {
  constructor(
    private readonly source: SignInSource,
    private readonly catalog: Catalog,
    private readonly audit: AuditSink,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async answer(caller: Caller, request: OverviewRequest, to: Audience): Promise<string> {
    const decision = decide(caller, 'readSignIns');
    if (!decision.allowed) return refusalText(decision.refusal, caller, to.texts);
    switch (request.kind) {
      case 'counts':
        return this.counts(caller, request, to);
      case 'outage':
        return this.outage(caller, request, to);
      case 'address':
        return this.address(caller, request, to);
    }
  }

  private async counts(
    caller: Caller,
    request: Extract<OverviewRequest, { kind: 'counts' }>,
    to: Audience,
  ): Promise<string> {
    const t = to.texts.overview;
    const { window, code } = request;
    const failed = await this.read(caller, {
      appId: request.appId,
      from: window.from,
      to: window.to,
      // One code: Graph filters on it; otherwise failures are picked out of the window.
      ...(code === undefined ? { status: 'failure' as const } : { errorCode: code }),
    });
    const failures = failed.filter(
      (signIn) =>
        !isInterrupted(signIn, this.catalog) && (code === undefined || signIn.status.errorCode === code),
    );
    const period = describePeriod(window, this.now(), to.timeZone, to.texts);
    const counts = countByCode(failures);
    const moment = (iso: string): string =>
      describeMoment(iso, to.timeZone, to.texts, window.precision === 'days');
    const title = (of: number): string =>
      this.catalog.get(of) ? this.catalog.inLanguage(this.catalog.get(of)!, to.texts.language).title : '';
    if (code !== undefined) {
      const [count] = counts;
      if (!count) return t.noneOfCode(code, period);
      const apps = count.apps.slice(0, 3).map((app) => t.app(app.name, app.failures));
      return t.ofCode(
        request.appName,
        code,
        period,
        count.failures,
        count.people,
        moment(count.first),
        moment(count.last),
        apps,
        title(code),
      );
    }
    if (counts.length === 0) return t.noFailures(period);
    const people = new Set(failures.map((signIn) => signIn.userId)).size;
    const rows = counts
      .slice(0, TOP)
      .map((count, i) => t.topRow(i + 1, count.code, count.failures, count.people, title(count.code)));
    return t.top(request.appName, period, failures.length, people, rows);
  }

  private async outage(
    caller: Caller,
    request: Extract<OverviewRequest, { kind: 'outage' }>,
    to: Audience,
  ): Promise<string> {
    const end = this.now().getTime();
    const hours = Array.from({ length: USUAL_DAYS + 1 }, (_, day) => end - day * 24 * HOUR);
    const rates: Rate[] = [];
    for (const hourEnd of hours) {
      const records = await this.read(caller, {
        appId: request.appId,
        from: new Date(hourEnd - HOUR),
        to: new Date(hourEnd),
      });
      const failed = records.filter(
        (signIn) => signIn.status.errorCode !== 0 && !isInterrupted(signIn, this.catalog),
      );
      rates.push({ total: records.length, failed: failed.length });
    }
    const [last, ...usual] = rates;
    const { verdict, rate, usualRate } = outageVerdict(last, usual);
    const t = to.texts.overview;
    if (last.total === 0) return t.noSignInsLastHour(request.appName, percent(usualRate));
    return `${t.outageFigures(request.appName, last.failed, last.total, percent(rate), percent(usualRate))} ${t.verdict[verdict](last.total)}`;
  }

  private async address(
    caller: Caller,
    request: Extract<OverviewRequest, { kind: 'address' }>,
    to: Audience,
  ): Promise<string> {
    const { window, ipAddress } = request;
    const t = to.texts.overview;
    const records = await this.read(caller, { ipAddress, from: window.from, to: window.to });
    const period = describePeriod(window, this.now(), to.timeZone, to.texts);
    if (records.length === 0) return t.noneFromAddress(ipAddress, period);
    const failed = records.filter((signIn) => signIn.status.errorCode !== 0);
    const people = [...new Set(records.map((signIn) => signIn.userPrincipalName))];
    const codes = countByCode(failed).map((count) => `${count.code} × ${count.failures}`);
    const times = records.map((signIn) => signIn.createdDateTime).sort();
    const moment = (iso: string): string =>
      describeMoment(iso, to.timeZone, to.texts, window.precision === 'days');
    return t.fromAddress(
      ipAddress,
      period,
      records.length,
      failed.length,
      people.slice(0, NAMED_PEOPLE),
      people.length - NAMED_PEOPLE,
      codes,
      moment(times[0]),
      moment(times[times.length - 1]),
    );
  }

  /** Everyone's sign-ins that fit the query; recorded for audit as a lookup of everyone. */
  private async read(caller: Caller, query: SignInQuery): Promise<SignIn[]> {
    const records = await this.source.find(query);
    await this.audit.append({
      at: this.now().toISOString(),
      askedBy: caller.user?.id ?? 'unknown',
      target: EVERYONE,
      appId: query.appId,
      from: query.from?.toISOString(),
      to: query.to?.toISOString(),
      matched: records.length,
      shown: 0,
      allowed: true,
      outcome: 'shown',
    });
    return records;
  }
}

function percent(rate: number): string {
  return `${Math.round(rate * 100)} %`;
}
