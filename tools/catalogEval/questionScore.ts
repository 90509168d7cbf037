import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Catalog } from '../../src/catalog/catalog';
import { PROJECT_ROOT } from '../../src/host/config';

/** A question someone asked about an error, with the codes that answer it (none: nothing should). */
export interface LabelledQuestion {
  query: string;
  codes: string[];
  kind: 'code' | 'symptom' | 'mfa' | 'pasted' | 'typo' | 'none';
  language: 'en' | 'nl';
}

/** How often the right code came first, or in the first three; for "none", how often nothing came back. */
export interface QuestionScore {
  questions: number;
  top1: number;
  top3: number;
}

export const QUESTIONS_DIR = path.join(PROJECT_ROOT, 'test', 'catalog', 'questions');

export async function readQuestions(part: 'dev' | 'test'): Promise<LabelledQuestion[]> {
  const file = path.join(QUESTIONS_DIR, `${part}.json`);
  return (JSON.parse(await readFile(file, 'utf8')) as { questions: LabelledQuestion[] }).questions;
}

/** Asks the catalog each question as the chat does, and scores per kind and per language. */
export function scoreQuestions(catalog: Pick<Catalog, 'search'>, questions: LabelledQuestion[]) {
  const groups = new Map<string, { questions: number; top1: number; top3: number }>();
  const misses: { query: string; wanted: string[]; got: string[] }[] = [];
  const add = (name: string, top1: boolean, top3: boolean): void => {
    const group = groups.get(name) ?? { questions: 0, top1: 0, top3: 0 };
    group.questions++;
    if (top1) group.top1++;
    if (top3) group.top3++;
    groups.set(name, group);
  };
  for (const question of questions) {
    const got = catalog.search(question.query, 3).map((hit) => hit.entry.code.toUpperCase());
    const wanted = question.codes.map((code) => code.toUpperCase());
    const top1 = wanted.length === 0 ? got.length === 0 : wanted.includes(got[0]);
    const top3 = wanted.length === 0 ? got.length === 0 : got.some((code) => wanted.includes(code));
    for (const name of ['all', `kind ${question.kind}`, `language ${question.language}`])
      add(name, top1, top3);
    if (!top1) misses.push({ query: question.query, wanted, got });
  }
  const scores: Record<string, QuestionScore> = {};
  for (const [name, group] of [...groups].sort(([a], [b]) => a.localeCompare(b)))
    scores[name] = {
      questions: group.questions,
      top1: group.top1 / group.questions,
      top3: group.top3 / group.questions,
    };
  return { scores, misses };
}
