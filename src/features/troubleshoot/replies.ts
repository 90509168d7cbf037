import { quoted } from '../../text/normalize';
import { Catalog, CatalogHit } from '../../catalog/catalog';
import { findCodeMention } from '../../catalog/codeMatcher';
import { CatalogEntry, errorPageLink } from '../../catalog/catalogEntry';
import { DirectoryUser, signInName } from '../../directory/directoryUser';
import { SignIn } from '../../signins/signIn';
import { Texts } from '../../text/en';
import { DateWindow } from '../../understanding/dateWindow';
import { DirectHit, Investigation } from './investigator';
import { describePeriod, describeTime } from './period';
import { advice, adviceText } from '../explain/advice';
import { isInterrupted, mfaStepOf, signInFacts, signInGroups } from './signInFacts';
import { nearbyOf } from './nearby';
import { storyOf } from './story';
import { nearbyLines, patternLines, storyLines } from './storyLines';
import { ticketDraft, ticketGuidance } from '../tickets/ticketGuidance';
import { Reply, textReply } from '../../cards/reply';
import { LIST_PAGE } from './listing';

/** How the person asking should be answered: their words, their clock, their role. */
export interface Audience {
  texts: Texts;
  timeZone: string;
  staff: boolean;
}

export interface InvestigationReply {
  messages: Reply[];
  /** Request IDs of the failures, the one answered about first, so "2" or "more" can open the others. */
  failureIds: string[];
  /** How many of failureIds the answer listed (the first is the one it is about). */
  listed: number;
  /** What was searched and found, for a ticket's conversation summary. */
  summary?: string;
}

/** What was asked: whose sign-ins, to which app (none: every app, `app` then says "all apps"), over which window. */
export interface Asked {
  user: DirectoryUser;
  appId?: string;
  app: string;
  window: DateWindow;
}

/** Composes the bot's answers from sign-in records and the catalog. */
export class Replies {
  constructor(
    private readonly catalog: Catalog,
    private readonly includesNonInteractive: () => boolean,
  ) {}

  /** A short story of what failed, with the record, the steps and the ticket text behind buttons or "details". */
  investigation(found: Investigation, asked: Asked, now: Date, to: Audience): InvestigationReply {
    const t = to.texts;
    const { user, app, window } = asked;
    const period = describePeriod(window, now, to.timeZone, t);
    const searched = t.searched(found.searched, user.displayName, app, period, this.includesNonInteractive());
    const story = storyOf(found);
    if (!story) {
      const { reply, nearby } = this.noFailures(found, asked, now, to, period, searched);
      return { messages: [reply], failureIds: nearby.map((signIn) => signIn.id), listed: 0 };
    }
    const failureIds = [
      story.shown.id,
      ...found.failures.filter((signIn) => signIn !== story.shown).map((signIn) => signIn.id),
    ];
    const heading = t.story.heading(found.failures.length, signInName(user), app, period);
    const summary = `${heading}. ${searched}`;
    const reader = { ...to, withDay: window.precision === 'days', withApp: asked.appId === undefined };
    const lines = storyLines(
      story,
      this.localEntry(story.shown.status.errorCode, to),
      found.patterns,
      reader,
    );
    return {
      messages: [this.summaryCard(story.shown, heading, lines, failureIds.length - 1, to)],
      failureIds,
      listed: 1,
      summary,
    };
  }

  /** Nothing failed where asked: say what was there, then what failed nearby, if anything did. */
  private noFailures(
    found: Investigation,
    asked: Asked,
    now: Date,
    to: Audience,
    period: string,
    searched: string,
  ): { reply: Reply; nearby: SignIn[] } {
    const t = to.texts;
    const upn = signInName(asked.user);
    const nearby = nearbyOf(
      found.around,
      (signIn) => signIn.status.errorCode !== 0 && !isInterrupted(signIn, this.catalog),
      {
        appId: asked.appId,
        window: asked.window,
        timeZone: to.timeZone,
        now,
      },
    );
    const around = nearbyLines(nearby, { ...to, withDay: asked.window.precision === 'days' });
    const delay = nearby.logDelay ? [t.nearby.logDelay] : [];
    let opening: string[];
    if (found.interrupts.length > 0 && found.successes.length === 0) {
      const rows = found.interrupts.slice(0, LIST_PAGE).map((signIn, i) => this.row(signIn, i + 1, to));
      opening = [t.onlyInterrupts(found.interrupts.length, upn, asked.app, period), rows.join('\n')];
    } else if (found.successes.length > 0) {
      const last = describeTime(found.successes[0].createdDateTime, to.timeZone, t);
      opening = [
        t.onlySuccesses(found.successes.length, upn, asked.app, period, last),
        ...(nearby.sameDay.length + nearby.daysAround.length > 0 ? [] : [t.probablyElsewhere]),
      ];
    } else opening = [t.noRecords(upn, asked.app, period)];
    const patterns = patternLines(found.patterns, { ...to, withDay: asked.window.precision === 'days' });
    const hint = nearby.records.length > 0 ? [t.nearby.hint(nearby.records.length)] : [];
    const text = [...opening, patterns.join('\n'), around.join('\n'), ...hint, ...delay, searched];
    return { reply: textReply(text.filter(Boolean).join('\n\n')), nearby: nearby.records };
  }

  /** The answer's first card: the story in a few lines, the record, the steps and the ticket text one tap away. */
  private summaryCard(signIn: SignIn, heading: string, lines: string[], others: number, to: Audience): Reply {
    const t = to.texts;
    const code = signIn.status.errorCode;
    const entry = this.localEntry(code, to);
    const steps = entry ? advice(entry, to.staff, t) : undefined;
    const hint = t.story.hint(others);
    return {
      text: [`**${heading}**`, lines.join('\n'), hint].join('\n\n'),
      card: {
        name: 'summary',
        data: {
          heading,
          lines: lines.map((text) => ({ text })),
          record: {
            title: t.story.detailsButton,
            groups: signInGroups(signIn, this.catalog, to.timeZone, t),
          },
          steps: {
            title: t.story.stepsButton,
            heading: steps?.heading ?? String(code),
            about: steps?.about ?? [],
            stepLists: steps?.stepLists ?? [],
            notes: steps?.notes ?? [
              { text: t.unknownCode(String(code), errorPageLink({ code: String(code), kind: 'aadsts' })!) },
            ],
          },
          ticket: {
            ...ticketDraft(signIn, entry, t),
            title: t.story.ticketButton,
            heading: ticketDraft(signIn, entry, t).title,
          },
          buttons: [
            { title: t.card.draftTicket, data: { action: 'ticket', requestId: signIn.id } },
            ...(others > 0 ? [{ title: t.story.othersButton(others), data: { action: 'more' } }] : []),
          ],
        },
      },
    };
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

  /** A record found by a pasted ID; `pasted` is the code the screen showed, said beside the record's when they differ. */
  direct(hit: DirectHit, to: Audience, pasted?: number): Reply[] {
    const t = to.texts;
    const heading = [t.directFound(hit.how === 'requestId' ? t.howRequestId : t.howCorrelationId)];
    if (hit.siblings > 1) heading.push(t.severalForCorrelation(hit.siblings));
    const recorded = hit.signIn.status.errorCode;
    if (pasted !== undefined && pasted !== recorded) heading.push(t.codeDiffers(pasted, recorded));
    return this.signIn(hit.signIn, to, heading.join(' '));
  }

  /** Numbered rows of one page of failures, starting at `first`, each with a button to open it. */
  list(page: SignIn[], first: number, rest: number, to: Audience): Reply {
    const t = to.texts;
    const text = t.otherFailures(
      page.map((signIn, i) => this.row(signIn, first + i, to)),
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
            detail: [signIn.status.errorCode, this.meaningOf(signIn, to), signIn.clientAppUsed].join(' · '),
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
    return {
      text: `${t.welcome}\n\n${whoYouAre}`,
      card: {
        name: 'welcome',
        data: {
          title: t.card.welcomeTitle,
          lines: [...t.card.welcomeLines, whoYouAre].map((text) => ({ text })),
          buttons: t.card.examples.map((example) => ({
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
    const entry = this.localEntry(code, to);
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
    const entry = this.localEntry(signIn.status.errorCode, to);
    const draft = ticketDraft(signIn, entry, to.texts);
    return {
      text: `${ticketGuidance(signIn, entry, to.texts)}\n\n${to.texts.ticketOffer}`,
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
    const step = mfaStepOf(signIn);
    const found =
      step && !step.succeeded ? this.catalog.named(step.authenticationStepResultDetail) : undefined;
    if (!found) return '';
    const entry = this.catalog.inLanguage(found, to.texts.language);
    const steps = [...entry.userSteps, ...(to.staff ? entry.adminSteps : [])].map((item) => `- ${item}`);
    return `${to.texts.mfaStepAdvice(step!.authenticationStepResultDetail, entry.title)}\n${steps.join('\n')}`;
  }

  private row(signIn: SignIn, number: number, to: Audience): string {
    const time = describeTime(signIn.createdDateTime, to.timeZone, to.texts);
    return `${number}. ${time} · ${signIn.status.errorCode} · ${this.meaningOf(signIn, to)} · ${signIn.clientAppUsed}`;
  }

  private meaningOf(signIn: SignIn, to: Audience): string {
    return this.localEntry(signIn.status.errorCode, to)?.title ?? signIn.status.failureReason ?? '';
  }

  private localEntry(code: number, to: Audience): CatalogEntry | undefined {
    const entry = this.catalog.get(code);
    return entry && this.catalog.inLanguage(entry, to.texts.language);
  }
}
