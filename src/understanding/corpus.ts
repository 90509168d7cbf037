import { readFile } from 'node:fs/promises';
import { IntentName, SlotType } from './understanding';

/** An utterance as written in data/corpus: placeholders for names and apps, `[words](slot)` for the rest. */
export interface CorpusUtterance {
  text: string;
  intent: IntentName;
}

/** An utterance with its placeholders filled in from a tenant, and the slots it holds. */
export interface LabelledUtterance {
  text: string;
  intent: IntentName;
  slots: { type: SlotType; text: string }[];
}

/** Who and what a tenant has, to fill placeholders with. */
export interface TenantWords {
  people: { displayName: string; givenName: string; surname: string; userPrincipalName: string }[];
  /** Display names and the words people use for them. */
  apps: string[];
  /** Names nobody in the tenant has, and apps it does not have. */
  strangers: string[];
  otherApps: string[];
}

const MARK =
  /\[([^\]]+)\]\((date|code|ticket|requestId|correlationId)\)|\{(person|first|last|upn|first~|stranger|app|app~|otherApp)\}/g;

/** The word the model sees where a slot stood, so it learns how people ask and not who or what they name. */
export const SLOT_TOKEN: Record<SlotType, string> = {
  person: 'xperson',
  app: 'xapp',
  date: 'xdate',
  code: 'xcode',
  ticket: 'xticket',
  requestId: 'xguid',
  correlationId: 'xguid',
};

export async function readCorpus(file: string): Promise<CorpusUtterance[]> {
  const parsed = JSON.parse(await readFile(file, 'utf8')) as { utterances?: CorpusUtterance[] };
  if (!Array.isArray(parsed.utterances))
    throw new Error(`[corpus] ${file} has no "utterances" list. Hint: see data/corpus/README.md.`);
  return parsed.utterances;
}

/** The text with every slot replaced by its token: what the intent model is trained on. */
export function delexicalize(text: string): string {
  return text.replace(
    MARK,
    (_, _words: string, slot: SlotType | undefined, placeholder: string | undefined) =>
      SLOT_TOKEN[slot ?? placeholderType(placeholder!)],
  );
}

/** Fills the placeholders from a tenant; `random` makes the choices (seeded, so a run can be repeated). */
export function fill(
  utterance: CorpusUtterance,
  tenant: TenantWords,
  random: () => number,
): LabelledUtterance {
  const slots: LabelledUtterance['slots'] = [];
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)];
  const text = utterance.text.replace(
    MARK,
    (_, words: string | undefined, slot: SlotType | undefined, placeholder: string | undefined) => {
      if (slot) {
        slots.push({ type: slot, text: words! });
        return words!;
      }
      const person = pick(tenant.people);
      const fillers: Record<string, () => string> = {
        person: () => person.displayName,
        first: () => (random() < 0.7 ? person.givenName.toLowerCase() : person.givenName),
        last: () => person.surname,
        upn: () => person.userPrincipalName,
        'first~': () => slip(person.givenName.toLowerCase(), random),
        stranger: () => pick(tenant.strangers),
        app: () => pick(tenant.apps),
        'app~': () => slip(pick(tenant.apps.filter((app) => app.length >= 5)), random),
        otherApp: () => pick(tenant.otherApps),
      };
      const value = fillers[placeholder!]();
      slots.push({ type: placeholderType(placeholder!), text: value });
      return value;
    },
  );
  return { text, intent: utterance.intent, slots };
}

function placeholderType(placeholder: string): SlotType {
  return /app/i.test(placeholder) ? 'app' : 'person';
}

/** A typing slip: a letter dropped, doubled or swapped with the next one. */
export function slip(word: string, random: () => number): string {
  if (word.length < 4) return word;
  const at = 1 + Math.floor(random() * (word.length - 2));
  const kind = Math.floor(random() * 3);
  if (kind === 0) return word.slice(0, at) + word.slice(at + 1);
  if (kind === 1) return word.slice(0, at) + word[at] + word.slice(at);
  return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
}

/** A small seeded generator (mulberry32): the same seed fills the corpus the same way on every machine. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
