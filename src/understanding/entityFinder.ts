import { GUIDS, UPNS } from '../shared/patterns';
import { TICKET_ID } from '../features/tickets/ticket';
import { AppResolver } from '../apps/appResolver';
import { DateRecognizer } from './dateRecognizer';
import { DateRecognition } from './dateWindow';
import { AppFinder } from './appFinder';
import { findBareCodes, findCodeNames, findCodes } from './codeFinder';
import { PersonFinder } from './personFinder';
import { blank, Taken } from './tokens';
import { Entity, Span } from './understanding';

/** When and where a message is read: dates mean the caller's days. */
export interface Reading {
  now: Date;
  timeZone: string;
  numericDates: 'ask' | 'dayFirst';
}

export interface Found {
  entities: Entity[];
  /** The date the message gave, read in the caller's time zone. */
  date: DateRecognition;
}

const REQUEST_LABEL = /(?:request|trace|aanvraag)[\s-]*id\W{0,4}$/i;
const CORRELATION_LABEL = /correlati(?:on|e)(?:[\s-]*id)?\W{0,4}$/i;
const TICKETS = new RegExp(TICKET_ID.source, 'gi');
/** Far enough for a question and the top of a pasted error screen, short enough to bound a turn's cost. */
const NAMES_WITHIN = 600;

/**
 * Everything a message names, each claimed once, in the order that keeps them apart: IDs and addresses first (they
 * hold digits), then codes, the date, apps, and last people, who are whatever name-like words remain.
 */
export class EntityFinder {
  constructor(
    private readonly people: PersonFinder,
    private readonly apps: AppFinder,
    private readonly appIds: Pick<AppResolver, 'byId'>,
    private readonly dates: Pick<DateRecognizer, 'recognize'>,
    /** The catalog knows this word as an error's name ("IdsLocked"). */
    private readonly isCodeName: (word: string) => boolean = () => false,
    private readonly greetings: ReadonlySet<string> = new Set(),
  ) {}

  find(text: string, reading: Reading): Found {
    const entities: Entity[] = [];
    const taken: Taken[] = [];
    const claim = (spans: Entity[]): void => {
      for (const span of spans) {
        if (taken.some((other) => span.start < other.end && other.start < span.end)) continue;
        entities.push(span);
        taken.push(span);
      }
    };
    claim(this.ids(text));
    claim([...text.matchAll(TICKETS)].map((match) => span('ticket', match)));
    const addresses = [...text.matchAll(UPNS)].map((match) => ({
      start: match.index,
      end: match.index + match[0].length,
    }));
    claim(findCodes(blank(text, [...taken, ...addresses])));
    claim(findCodeNames(blank(text, [...taken, ...addresses]), this.isCodeName));
    const date = this.dates.recognize(
      blank(text, [...taken, ...addresses]),
      reading.now,
      reading.timeZone,
      reading.numericDates,
    );
    const dateSpan = date.kind === 'none' ? undefined : date.span;
    if (dateSpan && !this.isGreeting(dateSpan.text))
      claim([
        {
          type: 'date',
          start: dateSpan.index,
          end: dateSpan.index + dateSpan.text.length,
          text: dateSpan.text,
        },
      ]);
    claim(findBareCodes(blank(text, [...taken, ...addresses])));
    // Names and apps are looked for in the first stretch only: each unknown word costs a fuzzy search.
    const head = text.slice(0, NAMES_WITHIN);
    claim(this.apps.find(head, [...taken, ...addresses]));
    const dateGap = dateSpan ? [{ start: dateSpan.index, end: dateSpan.index + dateSpan.text.length }] : [];
    claim(this.people.find(head, taken, dateGap));
    return { entities: entities.sort((a, b) => a.start - b.start), date };
  }

  /** "morning, ..." greets; "do" is a verb more often than Thursday. */
  private isGreeting(text: string): boolean {
    const word = text.trim().toLowerCase();
    return this.greetings.has(word) || /^\p{L}{1,2}$/u.test(word);
  }

  /** A GUID is an app's ID when an app has it, else a Request or Correlation ID by the label before it. */
  private ids(text: string): Entity[] {
    return [...text.matchAll(GUIDS)].map((match): Entity => {
      const app = this.appIds.byId(match[0].toLowerCase());
      if (app) return { ...span('app', match), type: 'app', app, suggestions: [] };
      const before = text.slice(Math.max(0, match.index - 30), match.index);
      return span(
        CORRELATION_LABEL.test(before) && !REQUEST_LABEL.test(before) ? 'correlationId' : 'requestId',
        match,
      );
    });
  }
}

function span<T extends Span['type']>(type: T, match: RegExpMatchArray): Span & { type: T } {
  return { type, start: match.index!, end: match.index! + match[0].length, text: match[0] };
}
