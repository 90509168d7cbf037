import { LEGACY_CLIENTS, SignIn } from '../../signins/signIn';
import { usesApp } from '../../signins/signInSource';

/** The thresholds each pattern needs, documented in the README ("Patterns"). */
export const THRESHOLDS = {
  /** Wrong passwords (50126) before a lockout (50053) that make a chain: the lock itself needs about 10 by default. */
  lockoutWrongPasswords: 3,
  /** MFA denials or unanswered prompts within FATIGUE_MINUTES. */
  fatiguePrompts: 3,
  fatigueMinutes: 60,
  /** Different people failing 50126/50053 from one IP address in the window… */
  sprayPeople: 5,
  /** …where most sign-ins from it fail (an office address has many successes too). */
  sprayFailedShare: 0.8,
  /** Records of the person in the 7 days before, without which no country can be called new. */
  knownCountryRecords: 3,
  /** Tries of a disabled account (50057). */
  disabledTries: 2,
  /** A success to one app and a failure to another within this many minutes. */
  otherAppMinutes: 120,
};

const WRONG_PASSWORD = 50126;
const LOCKED = 50053;
const DISABLED = 50057;
const MFA_FAILED = 500121;
const CA_BLOCKED = 53003;
/** Failures of the password or of MFA: another app working says nothing about whether these are fine. */
const CREDENTIALS = new Set([
  50126, 50053, 50055, 50056, 50057, 50072, 50074, 50076, 50079, 50132, 50133, 50144, 50158, 50173, 53004,
  500121,
]);
/** Patterns that mean someone else may have the password: their advice replaces the code's usual next step. */
export const ATTACKS: ReadonlySet<Pattern['kind']> = new Set(['mfaFatigue', 'passwordSpray']);
const MFA_REFUSED = /denied|declined|did not respond|no response|timed? ?out|timeout/i;

export type Pattern =
  | {
      kind: 'lockoutChain';
      records: SignIn[];
      wrongPasswords: number;
      source: SignIn;
      /** The app the lock happened in, when that is not the app asked about: the lock holds for every app. */
      otherApp?: string;
    }
  | { kind: 'mfaFatigue'; records: SignIn[]; source: SignIn }
  | { kind: 'passwordSpray'; records: SignIn[]; ipAddress: string; people: number }
  | { kind: 'legacyAuth'; records: SignIn[]; clientApp: string }
  | { kind: 'newCountry'; records: SignIn[]; country: string; city: string }
  | { kind: 'disabledStillTried'; records: SignIn[]; source: SignIn }
  | { kind: 'otherAppFails'; records: SignIn[]; worksIn: string; failsIn: string };

export interface PatternInput {
  /** The person's sign-ins in the window asked about, every app, newest first. */
  window: SignIn[];
  /** The person's sign-ins in the days before the window, newest first. */
  before: SignIn[];
  /** Everyone's sign-ins in the window from the IP addresses the person's wrong passwords came from. */
  sameAddress: SignIn[];
  /** The failures the answer is about (the app asked about), newest first. */
  asked: SignIn[];
  /** The app asked about; none when every app was. */
  appId?: string;
}

/** Every pattern the records show, each with the records behind it. */
export function findPatterns(input: PatternInput): Pattern[] {
  const oldestFirst = [...input.window].reverse();
  return [
    lockoutChain(oldestFirst, input.appId),
    mfaFatigue(oldestFirst),
    passwordSpray(input),
    legacyAuth(oldestFirst),
    newCountry(oldestFirst, input.before),
    disabledStillTried(oldestFirst),
    otherAppFails(oldestFirst, input.asked),
  ].filter((pattern): pattern is Pattern => pattern !== undefined);
}

function lockoutChain(records: SignIn[], appId: string | undefined): Pattern | undefined {
  const lock = records.find((signIn) => code(signIn) === LOCKED);
  if (!lock) return undefined;
  const wrong = records.filter((signIn) => code(signIn) === WRONG_PASSWORD && time(signIn) <= time(lock));
  if (wrong.length < THRESHOLDS.lockoutWrongPasswords) return undefined;
  const chain = [...wrong, lock];
  const elsewhere = appId !== undefined && !chain.some((signIn) => usesApp(signIn, appId));
  return {
    kind: 'lockoutChain',
    records: chain,
    wrongPasswords: wrong.length,
    source: mostCommonSource(wrong),
    ...(elsewhere ? { otherApp: lock.appDisplayName } : {}),
  };
}

function mfaFatigue(records: SignIn[]): Pattern | undefined {
  const refused = records.filter(
    (signIn) =>
      code(signIn) === MFA_FAILED ||
      (signIn.authenticationDetails ?? []).some(
        (step) => !step.succeeded && MFA_REFUSED.test(step.authenticationStepResultDetail),
      ),
  );
  const span = THRESHOLDS.fatigueMinutes * 60_000;
  for (let first = 0; first < refused.length; first++) {
    const burst = refused.filter(
      (signIn) => time(signIn) >= time(refused[first]) && time(signIn) - time(refused[first]) <= span,
    );
    if (burst.length >= THRESHOLDS.fatiguePrompts)
      return { kind: 'mfaFatigue', records: burst, source: mostCommonSource(burst) };
  }
  return undefined;
}

function passwordSpray(input: PatternInput): Pattern | undefined {
  const byAddress = new Map<string, SignIn[]>();
  for (const signIn of input.sameAddress) {
    const list = byAddress.get(signIn.ipAddress);
    if (list) list.push(signIn);
    else byAddress.set(signIn.ipAddress, [signIn]);
  }
  for (const [ipAddress, all] of byAddress) {
    const records = all.filter((signIn) => code(signIn) === WRONG_PASSWORD || code(signIn) === LOCKED);
    const failedShare = all.filter((signIn) => code(signIn) !== 0).length / all.length;
    const people = new Set(records.map((signIn) => signIn.userId)).size;
    if (people >= THRESHOLDS.sprayPeople && failedShare >= THRESHOLDS.sprayFailedShare)
      return { kind: 'passwordSpray', records, ipAddress, people };
  }
  return undefined;
}

function legacyAuth(records: SignIn[]): Pattern | undefined {
  const blocked = records.filter(
    (signIn) =>
      LEGACY_CLIENTS.has(signIn.clientAppUsed) &&
      (code(signIn) === CA_BLOCKED || signIn.conditionalAccessStatus === 'failure'),
  );
  return blocked.length > 0
    ? { kind: 'legacyAuth', records: blocked, clientApp: blocked[0].clientAppUsed }
    : undefined;
}

function newCountry(records: SignIn[], before: SignIn[]): Pattern | undefined {
  if (before.length < THRESHOLDS.knownCountryRecords) return undefined;
  const known = new Set(before.map((signIn) => signIn.location.countryOrRegion));
  const fresh = records.filter(
    (signIn) => signIn.location.countryOrRegion && !known.has(signIn.location.countryOrRegion),
  );
  if (fresh.length === 0) return undefined;
  const { countryOrRegion, city } = fresh[0].location;
  return {
    kind: 'newCountry',
    records: fresh.filter((signIn) => signIn.location.countryOrRegion === countryOrRegion),
    country: countryOrRegion,
    city,
  };
}

function disabledStillTried(records: SignIn[]): Pattern | undefined {
  const tries = records.filter((signIn) => code(signIn) === DISABLED);
  if (tries.length < THRESHOLDS.disabledTries) return undefined;
  return { kind: 'disabledStillTried', records: tries, source: mostCommonSource(tries) };
}

function otherAppFails(records: SignIn[], asked: SignIn[]): Pattern | undefined {
  const span = THRESHOLDS.otherAppMinutes * 60_000;
  for (const failure of asked.filter((signIn) => signIn.isInteractive && !CREDENTIALS.has(code(signIn)))) {
    const success = records.find(
      (signIn) =>
        code(signIn) === 0 &&
        signIn.isInteractive &&
        signIn.appId !== failure.appId &&
        Math.abs(time(failure) - time(signIn)) <= span,
    );
    if (success)
      return {
        kind: 'otherAppFails',
        records: [success, failure],
        worksIn: success.appDisplayName,
        failsIn: failure.appDisplayName,
      };
  }
  return undefined;
}

/** The device, address and client most of these records came from. */
function mostCommonSource(records: SignIn[]): SignIn {
  const key = (signIn: SignIn): string =>
    `${signIn.deviceDetail.displayName ?? signIn.deviceDetail.operatingSystem}|${signIn.ipAddress}|${signIn.clientAppUsed}`;
  const counts = new Map<string, number>();
  for (const signIn of records) counts.set(key(signIn), (counts.get(key(signIn)) ?? 0) + 1);
  return [...records].sort((a, b) => counts.get(key(b))! - counts.get(key(a))!)[0];
}

function code(signIn: SignIn): number {
  return signIn.status.errorCode;
}

function time(signIn: SignIn): number {
  return Date.parse(signIn.createdDateTime);
}
