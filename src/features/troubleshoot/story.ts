import { SignIn } from '../../signins/signIn';
import { Investigation } from './investigator';

/** Sign-ins with the same code to the same app, counted, with the first and last time. */
export interface CodeRun {
  code: number;
  app: string;
  count: number;
  /** ISO times, oldest first. */
  first: string;
  last: string;
}

/** What happened to one person over the window asked about, as a senior agent would sum it up. */
export interface Story {
  /** The record the answer is about: the latest failure the person saw, else the latest background one. */
  shown: SignIn;
  /** Failures the person saw (interactive), by code and app, in the order they began. */
  failures: CodeRun[];
  /** Failures of apps signing in on their own (non-interactive): tokens refreshed in the background. */
  background: CodeRun[];
  interrupts: CodeRun[];
  /**
   * The first success after the latest failure, in the same app, client and way (interactive or not) as the failure
   * shown: the problem may have gone away then. A background token refresh or another app working says nothing of it.
   */
  recovered?: SignIn;
}

/** The story of an investigation with failures; undefined when nothing failed. */
export function storyOf(found: Investigation): Story | undefined {
  const seen = found.failures.filter((signIn) => signIn.isInteractive);
  const background = found.failures.filter((signIn) => !signIn.isInteractive);
  const shown = seen[0] ?? background[0];
  if (!shown) return undefined;
  const latestFailure = Date.parse(found.failures[0].createdDateTime);
  // The earliest success after the failure: when it started to work again, not the latest time it did.
  const recovered = found.successes
    .filter(
      (signIn) =>
        Date.parse(signIn.createdDateTime) > latestFailure &&
        appOf(signIn) === appOf(shown) &&
        signIn.clientAppUsed === shown.clientAppUsed &&
        signIn.isInteractive === shown.isInteractive,
    )
    .sort((a, b) => Date.parse(a.createdDateTime) - Date.parse(b.createdDateTime))[0];
  return {
    shown,
    failures: runsOf(seen),
    background: runsOf(background),
    interrupts: runsOf(found.interrupts),
    recovered,
  };
}

/** Records (newest first, as sources give them) grouped by code and app, oldest group first. */
export function runsOf(signIns: SignIn[]): CodeRun[] {
  const runs = new Map<string, CodeRun>();
  for (const signIn of [...signIns].reverse()) {
    const app = appOf(signIn);
    const key = `${signIn.status.errorCode}|${app}`;
    const run = runs.get(key);
    if (run) {
      run.count++;
      run.last = signIn.createdDateTime;
    } else {
      const time = signIn.createdDateTime;
      runs.set(key, { code: signIn.status.errorCode, app, count: 1, first: time, last: time });
    }
  }
  return [...runs.values()];
}

/** The app as people name it: Outlook asking Exchange Online is "Outlook", a bare token request its resource. */
function appOf(signIn: SignIn): string {
  return signIn.appDisplayName || signIn.resourceDisplayName || signIn.appId;
}
