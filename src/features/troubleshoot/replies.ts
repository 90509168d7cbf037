import { quoted } from '../../text/normalize';
import { Catalog, CatalogHit } from '../../catalog/catalog';
import { findCodeMention } from '../../catalog/codeMatcher';
import { errorPageLink } from '../../catalog/catalogEntry';
import { DirectoryUser } from '../../directory/directoryUser';
import { SignIn } from '../../signins/signIn';
import { Texts } from '../../text/en';
import { DirectHit, Investigation } from './investigator';
import { describeTime } from './period';
import { advice, adviceText } from '../explain/advice';
import { mfaStepOf, signInFacts, signInGroups } from './signInFacts';
import { ticketDraft, ticketGuidance } from '../tickets/ticketGuidance';
import { Reply, textReply } from '../../cards/reply';
import { Asked, InvestigationReply, StoryReplies } from './storyReplies';
import { failureRow, localEntry, meaningOf, mfaStepEntry } from './rows';
import { clientAppOf } from './recordWords';

/** How the person asking should be answered: their words, their clock, their role. */
export interface Audience {
  texts: Texts;
  timeZone: string;
  staff: boolean;
}

/** Composes the bot's answers from sign-in records and the catalog. */
export class Replies {
  private readonly story: StoryReplies;

  constructor(
    private readonly catalog: Catalog,
    includesNonInteractive: () => boolean,
  ) {
    this.story = new StoryReplies(catalog, includesNonInteractive);
  }

  /** A short story of what failed, with the record, the steps and the ticket text behind buttons or "details". */
  investigation(found: Investigation, asked: Asked, now: Date, to: Audience): InvestigationReply {
    return this.story.investigation(found, asked, now, to);
  }

  /** One record in full (a card with its facts grouped), then what it means and the ticket draft. */
  signIn(signIn: SignIn, to: Audience, heading?: string, footer = ''): Reply[] {
    const t = to.texts;
    const code = signIn.status.errorCode;
    const facts = signInFacts(signIn, this.catalog, to.timeZone, t);
    const record: Reply = {
      text: [heading, facts, footer].filter(Boolean).join('\n\n'),
      card: {
        name: 'signIn',
        data: {
          heading: heading ?? `${signIn.userDisplayName} · ${signIn.appDisplayName}`,
          groups: signInGroups(signIn, this.catalog, to.timeZone, t),
          footer,
          buttons: [
            ...(code === 0
              ? []
              : [
                  { title: t.card.draftTicket, data: { action: 'ticket', requestId: signIn.id } },
                  { title: t.card.explain(String(code)), data: { action: 'explain', code: String(code) } },
                ]),
            { title: t.card.restart, data: { action: 'restart' } },
          ],
        },
      },
    };
    return code === 0 ? [record] : [record, this.advice(signIn, to), this.ticket(signIn, to)];
  }

  /**
   * A record found by a pasted ID; `pasted` is the code the screen showed (`earlier`: explained in a message before),
   * said beside the record's when they differ.
   */
  direct(hit: DirectHit, to: Audience, pasted?: number, earlier = false): Reply[] {
    const t = to.texts;
    const how = hit.how === 'requestId' ? t.howRequestId : t.howCorrelationId;
    const heading = [t.directFound(how)];
    if (hit.siblings > 1) heading.push(t.severalForCorrelation(hit.siblings));
    const recorded = hit.signIn.status.errorCode;
    if (pasted !== undefined && pasted !== recorded)
      heading.push((earlier ? t.codeDiffersFromEarlier : t.codeDiffers)(pasted, recorded, how));
    return this.signIn(hit.signIn, to, heading.join(' '));
  }

  /** Numbered rows of one page of failures, starting at `first`, each with a button to open it. */
  list(page: SignIn[], first: number, rest: number, to: Audience): Reply {
    const t = to.texts;
    const text = t.otherFailures(
      page.map((signIn, i) => failureRow(this.catalog, signIn, first + i, to)),
      rest,
    );
    const [heading, ...footer] = t.otherFailures([], rest).split('\n').filter(Boolean);
    return {
      text,
      card: {
        name: 'failureList',
        data: {
          heading,
          rows: page.map((signIn, i) => ({
            label: `#${first + i} · ${describeTime(signIn.createdDateTime, to.timeZone, t)}`,
            detail: [
              signIn.status.errorCode,
              meaningOf(this.catalog, signIn, to),
              clientAppOf(signIn, to.texts),
            ].join(' · '),
            button: t.card.show(first + i),
            data: { action: 'pick', requestId: signIn.id },
          })),
          footer: footer.join(' '),
          buttons: rest > 0 ? [{ title: t.card.more, data: { action: 'more' } }] : [],
        },
      },
    };
  }

  /** The welcome and help card: what the bot does, who the caller is (not in a group), and example questions. */
  welcome(to: Audience, caller: DirectoryUser | undefined | 'group'): Reply {
    const t = to.texts;
    const whoYouAre =
      caller === 'group'
        ? t.inGroup
        : caller
          ? t.youAre(caller.displayName, caller.userPrincipalName, to.staff)
          : t.youAreUnknown;
    // Someone who sees only their own sign-ins gets examples about themself, not about colleagues.
    const self = caller !== 'group' && caller !== undefined && !to.staff;
    return {
      text: `${self ? t.welcomeSelf : t.welcome}\n\n${whoYouAre}`,
      card: {
        name: 'welcome',
        data: {
          title: t.card.welcomeTitle,
          lines: [...t.card.welcomeLines, whoYouAre].map((text) => ({ text })),
          buttons: (self ? t.card.examplesSelf : t.card.examples).map((example) => ({
            title: example,
            data: { action: 'say', text: example },
          })),
        },
      },
    };
  }

  /** The best catalog match in full, with "did you mean" for slips and the next two matches offered. */
  explain(query: string, to: Audience): Reply {
    const t = to.texts;
    const hits = this.catalog.search(query);
    const mention = findCodeMention(query);
    if (hits.length === 0) {
      return textReply(
        mention
          ? t.unknownCode(mention.code, errorPageLink({ code: mention.code, kind: 'aadsts' })!)
          : t.catalogNoMatch(quoted(query, 80)),
      );
    }
    const [best, ...others] = hits.map((hit) => ({
      ...hit,
      entry: this.catalog.inLanguage(hit.entry, t.language),
    }));
    const short = (hit: CatalogHit): string => `${hit.entry.code} (${hit.entry.title})`;
    const intro =
      best.reason === 'nearCode'
        ? t.noSuchCode(mention!.code, best.entry.code)
        : best.reason === 'correctedCode'
          ? t.readCodeAs(quoted(mention!.typed, 20), best.entry.code)
          : '';
    const offer =
      others.length === 0
        ? ''
        : best.reason === 'code' || best.reason === 'correctedCode'
          ? t.didYouMean(others.map(short))
          : t.catalogAlso(others.map(short));
    const parts = advice(best.entry, to.staff, t);
    parts.notes.push({ text: t.explainEscalation[best.entry.escalate] });
    const body = `**${parts.heading}**\n\n${adviceText(parts, t)}`;
    return {
      text: [intro, body, offer].filter(Boolean).join('\n\n'),
      card: {
        name: 'advice',
        data: {
          intro,
          ...parts,
          notes: [...parts.notes, ...(offer ? [{ text: offer }] : [])],
          buttons: others.map((hit) => ({
            title: t.card.explain(hit.entry.code),
            data: { action: 'explain', code: hit.entry.code },
          })),
        },
      },
    };
  }

  private advice(signIn: SignIn, to: Audience): Reply {
    const code = signIn.status.errorCode;
    const entry = localEntry(this.catalog, code, to);
    const mfa = this.mfaAdvice(signIn, to);
    if (!entry) {
      const text = to.texts.unknownCode(String(code), errorPageLink({ code: String(code), kind: 'aadsts' })!);
      return textReply(`${text}${mfa ? `\n\n${mfa}` : ''}`);
    }
    const parts = advice(entry, to.staff, to.texts);
    if (mfa) parts.notes.push({ text: mfa });
    return {
      text: `**${parts.heading}**\n\n${adviceText(parts, to.texts)}`,
      card: { name: 'advice', data: { intro: '', ...parts, buttons: [] } },
    };
  }

  private ticket(signIn: SignIn, to: Audience): Reply {
    const entry = localEntry(this.catalog, signIn.status.errorCode, to);
    const draft = ticketDraft(signIn, entry, to.texts, this.catalog);
    return {
      text: `${ticketGuidance(signIn, entry, to.texts, this.catalog)}\n\n${to.texts.ticketOffer}`,
      card: {
        name: 'ticket',
        data: {
          ...draft,
          buttons: [{ title: to.texts.card.draftTicket, data: { action: 'ticket', requestId: signIn.id } }],
        },
      },
    };
  }

  /** A failed MFA step ("User declined the authentication") explained from its own catalog entry. */
  private mfaAdvice(signIn: SignIn, to: Audience): string {
    const entry = mfaStepEntry(this.catalog, signIn, to);
    if (!entry) return '';
    const steps = [...entry.userSteps, ...(to.staff ? entry.adminSteps : [])].map((item) => `- ${item}`);
    return `${to.texts.mfaStepAdvice(entry.name || mfaStepOf(signIn)!.authenticationStepResultDetail, entry.title)}\n${steps.join('\n')}`;
  }
}
