import { SignIn } from './signIn';
import { SignInFileData } from './signInFile';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days between the sample's anchor day and today, so "yesterday" always has data; NaN for a bad anchor. */
export function sampleShift(data: SignInFileData, now: Date): number {
  if (data.meta.kind !== 'sample' || !data.meta.anchorDate) return 0;
  const anchor = Date.parse(`${data.meta.anchorDate}T00:00:00Z`);
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Math.round((today - anchor) / DAY_MS) * DAY_MS;
}

/** The record moved by `shiftMs`; a step time that is not a time stays as it is. */
export function shifted(signIn: SignIn, shiftMs: number): SignIn {
  const move = (iso: string): string => {
    const time = Date.parse(iso);
    return Number.isNaN(time) ? iso : new Date(time + shiftMs).toISOString();
  };
  return {
    ...signIn,
    createdDateTime: move(signIn.createdDateTime),
    authenticationDetails: signIn.authenticationDetails?.map((step) => ({
      ...step,
      authenticationStepDateTime: move(step.authenticationStepDateTime),
    })),
  };
}
