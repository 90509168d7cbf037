import { access } from 'node:fs/promises';
import path from 'node:path';
import { Catalog } from '../../src/catalog/catalog';
import { loadSettings } from '../../src/host/config';
import { QUESTIONS_DIR, readQuestions, scoreQuestions } from './questionScore';

function percent(value: number): string {
  return `${(value * 100).toFixed(1)} %`.padStart(8);
}

/** The catalog search's lines of `npm run eval`: top-1 and top-3 per kind and language on a part of the questions. */
export async function catalogReport(part: 'dev' | 'test', withMisses: boolean): Promise<string[]> {
  try {
    await access(path.join(QUESTIONS_DIR, `${part}.json`));
  } catch {
    return [`Catalog search: no ${part} questions yet (test/catalog/questions/${part}.json).`];
  }
  const catalog = await Catalog.read(loadSettings().files.catalog);
  const { scores, misses } = scoreQuestions(catalog, await readQuestions(part));
  const out = [
    `Catalog search, ${part === 'test' ? 'held-out test part' : 'development part'}:`,
    '',
    'questions        count     top-1     top-3',
  ];
  for (const [name, score] of Object.entries(scores))
    out.push(
      `${name.padEnd(15)} ${String(score.questions).padStart(6)}  ${percent(score.top1)}  ${percent(score.top3)}`,
    );
  if (part === 'dev' && withMisses)
    for (const miss of misses)
      out.push(
        `  ${miss.query} → ${miss.got.join(', ') || 'nothing'} (want ${miss.wanted.join(', ') || 'nothing'})`,
      );
  return out;
}
