import { UPNS } from '../shared/patterns';
import { createHash } from 'node:crypto';
import pino from 'pino';

export type Logger = pino.Logger;

/** LOG_PII=true: identifiers and text go to the log as they are. Set once at start-up, from the config. */
let plain = false;

export function createLogger(level: string, options: { pii?: boolean } = {}): Logger {
  plain = options.pii === true;
  return pino({ level, base: undefined });
}

/** A stable, non-reversible tag for a personal identifier, so logs can be correlated without naming anyone. */
export function pseudonym(value: string | undefined): string {
  if (!value) return '-';
  if (plain) return value;
  return createHash('sha256').update(value.toLowerCase()).digest('hex').slice(0, 12);
}

const IPV4 = /\b\d{1,3}(?:\.\d{1,3}){3}\b/g;
const QUOTED = /'[^']*'|"[^"]*"/g;

/** Removes e-mail addresses, IP addresses and quoted values from text bound for a log. */
export function redact(text: string): string {
  if (plain) return text;
  return text.replace(UPNS, '<email>').replace(IPV4, '<ip>').replace(QUOTED, '<value>');
}
