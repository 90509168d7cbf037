import { evaluate, Score } from './evaluation';
import { LANGUAGES, MODEL_FILE, Part, readPart } from './corpusParts';
import { sampleReader } from './sampleReader';
import { catalogReport } from '../catalogEval/catalogReport';

export interface Evaluation {
  part: Part;
  languages: Record<string, Score>;
}

/** Scores the model on a part of the corpus, filled with the sample tenant's people and apps. */
export async function runEvaluation(part: Part, modelFile = MODEL_FILE): Promise<Evaluation> {
  const reader = await sampleReader(modelFile);
  const languages: Record<string, Score> = {};
  for (const language of LANGUAGES)
    languages[language] = evaluate(await readPart(part, language), reader.tenant, (text) =>
      reader.read(text, language),
    );
  return { part, languages };
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)} %`.padStart(8);
}

async function main(): Promise<void> {
  const part = (process.argv.includes('--dev') ? 'dev' : 'test') as Part;
  const result = await runEvaluation(part);
  const out: string[] = [
    `Understanding, ${part === 'test' ? 'held-out test part' : 'development part'}:`,
    '',
  ];
  out.push('language  utterances    intents  slot prec  slot rec   slot F1');
  for (const [language, score] of Object.entries(result.languages))
    out.push(
      `${language.padEnd(8)}  ${String(score.utterances).padStart(10)}  ${percent(score.intentAccuracy)}  ${percent(score.slotPrecision)}  ${percent(score.slotRecall)}  ${percent(score.slotF1)}`,
    );
  if (part === 'dev' && process.argv.includes('--misses'))
    for (const [language, score] of Object.entries(result.languages))
      for (const miss of score.misses)
        out.push(
          `${language} ${miss.expected} → ${miss.got}: ${miss.text.replace(/\s+/g, ' ')}\n     ${miss.slots}`,
        );
  out.push('', ...(await catalogReport(part === 'dev' ? 'dev' : 'test', process.argv.includes('--misses'))));
  process.stdout.write(`${out.join('\n')}\n`);
}

if (require.main === module) {
  main().catch((error: Error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  });
}
