import { DateTime } from 'luxon';
import { CatalogEntry } from '../../catalog/catalogEntry';
import { Texts } from '../../text/en';
import { Nearby } from './nearby';
import { describeMoment } from './period';
import { clientAppOf, operatingSystemOf } from './recordWords';
import { CodeRun, Story } from './story';
import { ATTACKS, Pattern } from './patterns';
import { SignIn } from '../../signins/signIn';
import { readRecord, refusedMfa } from './signInFacts';

/** Patterns named in an answer: more would push the first card past 12 lines. */
const MOST_PATTERNS = 2;

/** How the reader wants times: their words, their zone, and whether the window spans more than one day. */
export interface StoryReader {
  texts: Texts;
  timeZone: string;
  staff: boolean;
  /** Times carry their day when the window spans days. */
  withDay: boolean;
  /** Runs name their app when the search was over every app. */
  withApp: boolean;
}

/** The few lines a senior agent would say: what failed and when, why, the next step, and whether it recovered. */
export function storyLines(
  story: Story,
  entry: CatalogEntry | undefined,
  patterns: Pattern[],
  to: StoryReader,
): string[] {
  const t = to.texts;
  const moment = (iso: string): string => describeMoment(iso, to.timeZone, t, to.withDay);
  const runs = (list: CodeRun[]): string[] =>
    list.map((run) => t.story.run(run.count, run.code, to.withApp ? run.app : undefined));
  const span = (list: CodeRun[]): string => spanOf(earliest(list), latest(list), to.withDay, to);
  const count = (list: CodeRun[]): number => list.reduce((sum, run) => sum + run.count, 0);
  const lines: string[] = [];
  if (story.failures.length > 0)
    lines.push(t.story.failed(runs(story.failures), span(story.failures), to.timeZone));
  if (story.background.length > 0) {
    const text = t.story.background(runs(story.background), span(story.background));
    lines.push(story.failures.length > 0 ? text : t.story.inZone(text, to.timeZone));
  }
  if (story.interrupts.length > 0)
    lines.push(t.story.interrupts(count(story.interrupts), runs(story.interrupts)));
  // An attack's advice comes first and replaces the code's usual step ("type the password again" for a spray).
  const attacked = patterns.some((pattern) => ATTACKS.has(pattern.kind));
  const named = patternLines(patterns, to);
  if (attacked) lines.push(...named);
  if (entry) {
    // The policy that blocked it is what the helpdesk looks up next: say it here, not only behind "details".
    lines.push(t.story.why(entry.title, readRecord(story.shown).failedPolicies));
    const step = nextStep(entry, to.staff);
    const fixer = (to.staff ? t.fixedBy : t.fixedBySelf)[entry.fixedBy];
    if (step && !attacked) lines.push(t.story.next(step, fixer));
  }
  // A refused MFA request is the one sign that tells a stolen password from a slip: the person knows which it was.
  if (!attacked && refusedMfa(story.shown))
    lines.push(to.staff ? t.story.declinedStaff : t.story.declinedSelf);
  // After an attack a later success says nothing good: it may be the attacker's.
  if (story.recovered && !attacked) lines.push(t.story.recovered(moment(story.recovered.createdDateTime)));
  return attacked ? lines : [...lines, ...named];
}

/** The patterns as lines, at most MOST_PATTERNS so the first card stays short; the records are behind "details". */
export function patternLines(patterns: Pattern[], to: Omit<StoryReader, 'withApp'>): string[] {
  const t = to.texts.patterns;
  // The person themself gets what they can act on, in their words; the helpdesk's actions stay with the helpdesk.
  if (!to.staff) return patterns.slice(0, MOST_PATTERNS).flatMap((pattern) => selfLine(pattern, to));
  const source = (signIn: SignIn): string =>
    t.source(
      signIn.deviceDetail.displayName ?? operatingSystemOf(signIn.deviceDetail.operatingSystem),
      signIn.ipAddress,
      clientAppOf(signIn, to.texts),
    );
  const line = (pattern: Pattern): string => {
    switch (pattern.kind) {
      case 'lockoutChain':
        return t.lockoutChain(pattern.wrongPasswords, source(pattern.source), pattern.otherApp);
      case 'mfaFatigue': {
        const times = pattern.records.map((signIn) => signIn.createdDateTime);
        return t.mfaFatigue(
          source(pattern.source),
          pattern.records.length,
          spanOf(times[0], times[times.length - 1], to.withDay, to),
        );
      }
      case 'passwordSpray':
        return t.passwordSpray(pattern.people, pattern.ipAddress);
      case 'legacyAuth':
        return t.legacyAuth(pattern.clientApp);
      case 'newCountry':
        return t.newCountry([pattern.city, pattern.country].filter(Boolean).join(', '));
      case 'disabledStillTried':
        return t.disabledStillTried(pattern.records.length, source(pattern.source));
      case 'otherAppFails':
        return t.otherAppFails(pattern.worksIn, pattern.failsIn);
    }
  };
  return patterns.slice(0, MOST_PATTERNS).map(line);
}

function selfLine(pattern: Pattern, to: Omit<StoryReader, 'withApp'>): string[] {
  const t = to.texts.patterns.self;
  switch (pattern.kind) {
    case 'lockoutChain':
      return [
        t.lockoutChain(
          pattern.wrongPasswords,
          pattern.source.deviceDetail.displayName ??
            operatingSystemOf(pattern.source.deviceDetail.operatingSystem),
          pattern.otherApp,
        ),
      ];
    case 'mfaFatigue': {
      const times = pattern.records.map((signIn) => signIn.createdDateTime);
      return [
        t.mfaFatigue(pattern.records.length, spanOf(times[0], times[times.length - 1], to.withDay, to)),
      ];
    }
    case 'newCountry':
      return [t.newCountry([pattern.city, pattern.country].filter(Boolean).join(', '))];
    default:
      return [];
  }
}

/** Failures near an empty search, each kind on a line; nothing when there are none. */
export function nearbyLines(nearby: Nearby, to: Omit<StoryReader, 'staff' | 'withApp'>): string[] {
  const t = to.texts;
  const run = (item: CodeRun, withDay: boolean): string =>
    t.nearby.run(item.count, item.code, item.app, spanOf(item.first, item.last, withDay, to));
  const lines: string[] = [];
  // A window of several days is no "same day": "in the same period", "the day before or after that period".
  const labels = nearby.severalDays
    ? { same: t.nearby.samePeriod, around: t.nearby.daysAroundPeriod }
    : { same: t.nearby.sameDay, around: t.nearby.daysAround };
  if (nearby.sameDay.length > 0) lines.push(labels.same(nearby.sameDay.map((item) => run(item, to.withDay))));
  if (nearby.daysAround.length > 0)
    lines.push(labels.around(nearby.daysAround.map((item) => run(item, true))));
  if (nearby.nearest) lines.push(t.nearby.nearest(run(nearby.nearest, true)));
  return lines.length > 0 ? [t.nearby.intro, ...lines] : [];
}

/** The one step to take first: the user's own when they can fix it or are the one asking, else the helpdesk's. */
export function nextStep(entry: CatalogEntry, staff: boolean): string | undefined {
  if (!staff || entry.fixedBy === 'user')
    return entry.userSteps[0] ?? (staff ? entry.adminSteps[0] : undefined);
  return entry.adminSteps[0] ?? entry.userSteps[0];
}

/** "at 09:10", "between 09:10 and 09:25", "between Sun 22 Nov 23:50 and Mon 23 Nov 00:10". */
function spanOf(
  first: string,
  last: string,
  withDay: boolean,
  to: { texts: Texts; timeZone: string },
): string {
  const from = describeMoment(first, to.timeZone, to.texts, withDay);
  const day = (iso: string): string =>
    DateTime.fromISO(iso, { zone: 'utc' }).setZone(to.timeZone).toISODate()!;
  const sameDay = day(first) === day(last);
  const until = describeMoment(last, to.timeZone, to.texts, withDay && !sameDay);
  // Two records in the same minute read as one moment: "at 09:43", not "between 09:43 and 09:43".
  return sameDay && from.endsWith(until) ? to.texts.story.span(from, from) : to.texts.story.span(from, until);
}

function earliest(runs: CodeRun[]): string {
  return runs.map((run) => run.first).reduce((a, b) => (Date.parse(a) <= Date.parse(b) ? a : b));
}

function latest(runs: CodeRun[]): string {
  return runs.map((run) => run.last).reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b));
}
