import { quoted } from '../text/normalize';
import { Catalog, CatalogHit } from '../catalog/catalog';
import { findCodeMention } from '../catalog/codeMatcher';
import { errorPageLink } from '../catalog/catalogEntry';
import { DirectoryUser } from '../directory/directoryUser';
import { SignIn } from '../signins/signIn';
import { Texts } from '../text/en';
import { DateWindow } from '../understanding/dateWindow';
import { DirectHit, Investigation } from './investigator';
import { describePeriod, describeTime } from './period';
import { entryHeading, remediation } from './remediation';
import { mfaStepOf, signInFacts } from './signInFacts';
import { ticketGuidance } from './ticketGuidance';

/** How the person asking should be answered: their words, their clock, their role. */
export interface Audience {
  texts: Texts;
  timeZone: string;
  staff: boolean;
}

export interface InvestigationReply {
  messages: string[];
  /** Request IDs of the failures, newest first, so "2" or "more" can open the others. */
  failureIds: string[];
}

export const LIST_PAGE = 5;

/** Composes the bot's answers from sign-in records and the catalog. */
export class Replies {
  constructor(
    private readonly catalog: Catalog,
    private readonly includesNonInteractive: () => boolean,
  ) {}

  investigation(
    found: Investigation,
    user: DirectoryUser,
    app: string,
    window: DateWindow,
    now: Date,
    to: Audience,
  ): InvestigationReply {
    const t = to.texts;
    const period = describePeriod(window, now, to.timeZone, t);
    const upn = user.userPrincipalName;
    const searched = t.searched(found.searched, user.displayName, app, period, this.includesNonInteractive());
    const { failures, interrupts, successes } = found;
    if (failures.length > 0) {
      const [latest, ...older] = failures;
      const messages = [
        `${t.foundFailures(failures.length, upn, app, period)}\n\n${signInFacts(latest, this.catalog, to.timeZone, t)}\n\n${searched}`,
        this.advice(latest, to),
      ];
      if (older.length > 0)
        messages.push(this.list(older.slice(0, LIST_PAGE), 2, Math.max(0, older.length - LIST_PAGE), to));
      return { messages, failureIds: failures.map((signIn) => signIn.id) };
    }
    if (interrupts.length > 0 && successes.length === 0) {
      const rows = interrupts.slice(0, LIST_PAGE).map((signIn, i) => this.row(signIn, i + 1, to));
      return {
        messages: [
          `${t.onlyInterrupts(interrupts.length, upn, app, period)}\n\n${rows.join('\n')}\n\n${searched}`,
        ],
        failureIds: [],
      };
    }
    if (successes.length > 0) {
      const last = describeTime(successes[0].createdDateTime, to.timeZone, t);
      return {
        messages: [`${t.onlySuccesses(successes.length, upn, app, period, last)}\n\n${searched}`],
        failureIds: [],
      };
    }
    return { messages: [`${t.noRecords(upn, app, period)}\n\n${searched}`], failureIds: [] };
  }

  /** One record in full, with what it means and the ticket text. */
  signIn(signIn: SignIn, to: Audience, heading?: string): string[] {
    const facts = signInFacts(signIn, this.catalog, to.timeZone, to.texts);
    const first = heading ? `${heading}\n\n${facts}` : facts;
    return signIn.status.errorCode === 0 ? [first] : [first, this.advice(signIn, to)];
  }

  direct(hit: DirectHit, to: Audience): string[] {
    const t = to.texts;
    const heading = [t.directFound(hit.how === 'requestId' ? t.howRequestId : t.howCorrelationId)];
    if (hit.siblings > 1) heading.push(t.severalForCorrelation(hit.siblings));
    return this.signIn(hit.signIn, to, heading.join(' '));
  }

  /** Numbered rows of one page of failures, starting at `first`, and how many are left after it. */
  list(page: SignIn[], first: number, rest: number, to: Audience): string {
    return to.texts.otherFailures(
      page.map((signIn, i) => this.row(signIn, first + i, to)),
      rest,
    );
  }

  /** The best catalog match in full, with "did you mean" for slips and the next two matches offered. */
  explain(query: string, to: Audience): string {
    const t = to.texts;
    const hits = this.catalog.search(query);
    const mention = findCodeMention(query);
    if (hits.length === 0) {
      return mention
        ? t.unknownCode(mention.code, errorPageLink({ code: mention.code, kind: 'aadsts' })!)
        : t.catalogNoMatch(quoted(query, 80));
    }
    const [best, ...others] = hits;
    const short = (hit: CatalogHit): string => `${hit.entry.code} (${hit.entry.title})`;
    const intro =
      best.reason === 'nearCode'
        ? `${t.noSuchCode(mention!.code, best.entry.code)}\n\n`
        : best.reason === 'correctedCode'
          ? `${t.readCodeAs(quoted(mention!.typed, 20), best.entry.code)}\n\n`
          : '';
    const offer =
      others.length === 0
        ? ''
        : `\n\n${best.reason === 'code' || best.reason === 'correctedCode' ? t.didYouMean(others.map(short)) : t.catalogAlso(others.map(short))}`;
    const body = `**${entryHeading(best.entry, t)}**\n\n${remediation(best.entry, to.staff, t)}`;
    return `${intro}${body}\n\n${t.explainEscalation[best.entry.escalate]}${offer}`;
  }

  private advice(signIn: SignIn, to: Audience): string {
    const code = signIn.status.errorCode;
    const entry = this.catalog.get(code);
    const meaning = entry
      ? remediation(entry, to.staff, to.texts)
      : to.texts.unknownCode(String(code), errorPageLink({ code: String(code), kind: 'aadsts' })!);
    return `${meaning}${this.mfaAdvice(signIn, to)}\n\n${ticketGuidance(signIn, entry, to.texts)}`;
  }

  /** A failed MFA step ("User declined the authentication") explained from its own catalog entry. */
  private mfaAdvice(signIn: SignIn, to: Audience): string {
    const step = mfaStepOf(signIn);
    const entry =
      step && !step.succeeded ? this.catalog.named(step.authenticationStepResultDetail) : undefined;
    if (!entry) return '';
    const steps = [...entry.userSteps, ...(to.staff ? entry.adminSteps : [])].map((item) => `- ${item}`);
    return `\n\n${to.texts.mfaStepAdvice(step!.authenticationStepResultDetail, entry.title)}\n${steps.join('\n')}`;
  }

  private row(signIn: SignIn, number: number, to: Audience): string {
    const code = signIn.status.errorCode;
    const meaning = this.catalog.get(code)?.title ?? signIn.status.failureReason ?? '';
    return `${number}. ${describeTime(signIn.createdDateTime, to.timeZone, to.texts)} · ${code} · ${meaning} · ${signIn.clientAppUsed}`;
  }
}
