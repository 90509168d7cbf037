import { Catalog } from '../../catalog/catalog';
import { CatalogEntry } from '../../catalog/catalogEntry';
import { SignIn } from '../../signins/signIn';
import { describeTime } from './period';
import { clientAppOf } from './recordWords';
import { mfaStepOf } from './signInFacts';
import { Audience } from './replies';

/** "2. 2026-11-22 08:42:00 UTC (…) · 53003 · A Conditional Access policy blocked the sign-in. · Exchange ActiveSync". */
export function failureRow(catalog: Catalog, signIn: SignIn, number: number, to: Audience): string {
  const time = describeTime(signIn.createdDateTime, to.timeZone, to.texts);
  return `${number}. ${time} · ${signIn.status.errorCode} · ${meaningOf(catalog, signIn, to)} · ${clientAppOf(signIn, to.texts)}`;
}

/** The code's title in the reader's language, else the record's own failure reason. */
export function meaningOf(catalog: Catalog, signIn: SignIn, to: Audience): string {
  return localEntry(catalog, signIn.status.errorCode, to)?.title ?? signIn.status.failureReason ?? '';
}

/**
 * What the failed sign-in's own MFA step says went wrong ("User declined the authentication"), in the reader's
 * language: more exact than its error code (500121 covers a refusal, silence and a wrong code alike).
 */
export function mfaStepEntry(
  catalog: Catalog,
  signIn: SignIn,
  to: Pick<Audience, 'texts'>,
): CatalogEntry | undefined {
  const step = mfaStepOf(signIn);
  const entry = step && !step.succeeded ? catalog.named(step.authenticationStepResultDetail) : undefined;
  return entry && catalog.inLanguage(entry, to.texts.language);
}

export function localEntry(
  catalog: Catalog,
  code: number,
  to: Pick<Audience, 'texts'>,
): CatalogEntry | undefined {
  const entry = catalog.get(code);
  return entry && catalog.inLanguage(entry, to.texts.language);
}
