import { UPNS } from '../shared/patterns';
import { createHash } from 'node:crypto';
import pino, { DestinationStream } from 'pino';

/**
 * pino's logger, with the two ways to keep personal data out of a log line. Whether they do anything is decided
 * once, when the logger is made (LOG_PII), and travels with it: no module keeps a flag of its own.
 */
export type Logger = pino.Logger & {
  /** A stable, non-reversible tag for a personal identifier, so logs can be correlated without naming anyone. */
  pseudonym(value: string | undefined): string;
  /** Removes e-mail addresses, IP addresses and quoted values from text bound for the log. */
  redact(text: string): string;
};

export function createLogger(
  level: string,
  options: { pii?: boolean; destination?: DestinationStream } = {},
): Logger {
  const plain = options.pii === true;
  const logger = options.destination
    ? pino({ level, base: undefined }, options.destination)
    : pino({ level, base: undefined });
  return Object.assign(logger, {
    pseudonym: (value: string | undefined) => (plain || !value ? value || '-' : pseudonym(value)),
    redact: (text: string) => (plain ? text : redact(text)),
  });
}

function pseudonym(value: string): string {
  return createHash('sha256').update(value.toLowerCase()).digest('hex').slice(0, 12);
}

const IPV4 = /\b\d{1,3}(?:\.\d{1,3}){3}\b/g;
const QUOTED = /'[^']*'|"[^"]*"/g;

function redact(text: string): string {
  return text.replace(UPNS, '<email>').replace(IPV4, '<ip>').replace(QUOTED, '<value>');
}
