import { Catalog } from '../../catalog/catalog';
import { errorPageLink } from '../../catalog/catalogEntry';
import { Reply, textReply } from '../../cards/reply';
import { DirectoryUser, signInName } from '../../directory/directoryUser';
import { SignIn } from '../../signins/signIn';
import { DateWindow } from '../../understanding/dateWindow';
import { advice } from '../explain/advice';
import { ticketDraft } from '../tickets/ticketGuidance';
import { Investigation } from './investigator';
import { LIST_PAGE } from './listing';
import { nearbyOf } from './nearby';
import { describePeriod, describeTime } from './period';
import { Audience } from './replies';
import { failureRow, localEntry, mfaStepEntry } from './rows';
import { isInterrupted, signInGroups } from './signInFacts';
import { storyOf } from './story';
import { nearbyLines, patternLines, storyLines } from './storyLines';

export interface InvestigationReply {
  messages: Reply[];
  /** Request IDs of the failures, the one answered about first, so "2" or "more" can open the others. */
  failureIds: string[];
  /** How many of failureIds the answer listed (the first is the one it is about). */
  listed: number;
  /** What was searched and found, for a ticket's conversation summary. */
  summary?: string;
  /** No failure of what was asked: failureIds are the ones nearby. */
  nearbyOnly?: boolean;
}

/** What was asked: whose sign-ins, to which app (none: every app, `app` then says "all apps"), over which window. */
export interface Asked {
  user: DirectoryUser;
  appId?: string;
  app: string;
  window: DateWindow;
  /** The asker asked about their own sign-ins: the answer says "you", not their name. */
  self: boolean;
}

/** The answer to "why did X fail to sign in to Y then?": the person's story, or what failed nearby. */
export class StoryReplies {
  constructor(
    private readonly catalog: Catalog,
    private readonly includesNonInteractive: () => boolean,
  ) {}

  /** A short story of what failed, with the record, the steps and the ticket text behind buttons or "details". */
  investigation(found: Investigation, asked: Asked, now: Date, to: Audience): InvestigationReply {
    const t = to.texts;
    const { user, app, window } = asked;
    const period = describePeriod(window, now, to.timeZone, t);
    const searched = t.searched(
      found.searched,
      { name: user.displayName, self: asked.self },
      app,
      period,
      this.includesNonInteractive(),
    );
    const story = storyOf(found);
    if (!story) {
      const { reply, nearby } = this.noFailures(found, asked, now, to, period, searched);
      return {
        messages: [reply],
        failureIds: nearby.map((signIn) => signIn.id),
        listed: 0,
        nearbyOnly: true,
      };
    }
    const failureIds = [
      story.shown.id,
      ...found.failures.filter((signIn) => signIn !== story.shown).map((signIn) => signIn.id),
    ];
    const heading = t.story.heading(
      found.failures.length,
      { name: signInName(user), self: asked.self },
      app,
      period,
    );
    // A ticket's second line reads the summary: it names the person even when they asked about themself.
    const named = { name: signInName(user), self: false };
    const summary = `${t.story.heading(found.failures.length, named, app, period)}. ${t.searched(found.searched, { ...named, name: user.displayName }, app, period, this.includesNonInteractive())}`;
    const reader = { ...to, withDay: window.precision === 'days', withApp: asked.appId === undefined };
    const lines = storyLines(
      story,
      mfaStepEntry(this.catalog, story.shown, to) ??
        localEntry(this.catalog, story.shown.status.errorCode, to),
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
    const upn = { name: signInName(asked.user), self: asked.self };
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
    // "No sign-ins" already says the log can lag by 2 hours: not twice in one answer.
    const noneAtAll = found.interrupts.length === 0 && found.successes.length === 0;
    const delay = nearby.logDelay && !noneAtAll ? [t.nearby.logDelay] : [];
    let opening: string[];
    if (found.interrupts.length > 0 && found.successes.length === 0) {
      const rows = found.interrupts
        .slice(0, LIST_PAGE)
        .map((signIn, i) => failureRow(this.catalog, signIn, i + 1, to));
      opening = [t.onlyInterrupts(found.interrupts.length, upn, asked.app, period), rows.join('\n')];
    } else if (found.successes.length > 0) {
      const last = describeTime(found.successes[0].createdDateTime, to.timeZone, t);
      opening = [
        t.onlySuccesses(found.successes.length, upn, asked.app, period, last, found.interrupts.length),
        ...(nearby.sameDay.length + nearby.daysAround.length > 0 ? [] : [t.probablyElsewhere]),
      ];
    } else opening = [t.noRecords(upn, asked.app, period)];
    const patterns = patternLines(found.patterns, { ...to, withDay: asked.window.precision === 'days' });
    const hint =
      nearby.records.length === 0
        ? []
        : [
            nearby.nearest
              ? t.nearby.nearestHint(nearby.records.length - 1)
              : t.nearby.hint(nearby.records.length),
          ];
    // The failures nearby first: a pattern found in another app ("Legacy authentication") reads as this app's otherwise.
    const text = [...opening, around.join('\n'), ...hint, patterns.join('\n'), ...delay, searched];
    return { reply: textReply(text.filter(Boolean).join('\n\n')), nearby: nearby.records };
  }

  /** The answer's first card: the story in a few lines, the record, the steps and the ticket text one tap away. */
  private summaryCard(signIn: SignIn, heading: string, lines: string[], others: number, to: Audience): Reply {
    const t = to.texts;
    const code = signIn.status.errorCode;
    const entry = localEntry(this.catalog, code, to);
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
            ...ticketDraft(signIn, entry, t, this.catalog),
            title: t.story.ticketButton,
            heading: ticketDraft(signIn, entry, t, this.catalog).title,
          },
          buttons: [
            { title: t.card.draftTicket, data: { action: 'ticket', requestId: signIn.id } },
            ...(others > 0 ? [{ title: t.story.othersButton(others), data: { action: 'more' } }] : []),
          ],
        },
      },
    };
  }
}
