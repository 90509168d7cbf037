import { writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { delexicalize } from '../../src/understanding/corpus';
import { IntentModel, TrainingExample } from '../../src/understanding/intentModel';
import { tokenize } from '../../src/understanding/tokens';
import { LANGUAGES, MODEL_FILE, readPart, trainingHash } from './corpusParts';
import { TOPIC_MODEL_FILE, TopicModel } from '../../src/catalog/topicModel';
import { topicTraining } from './topicTraining';

const PLACEHOLDER = /\{[a-zA-Z~]+\}/g;
const MARK = /\[([^\]]+)\]\([a-zA-Z]+\)/g;

/** Trains the intent model on the training part (without the development part) and writes data/model/. */
export async function train(withDev: boolean): Promise<{ model: IntentModel; examples: number }> {
  const examples: TrainingExample[] = [];
  const vocabulary: Record<string, string[]> = {};
  for (const language of LANGUAGES) {
    const utterances = [
      ...(await readPart('train', language)),
      ...(withDev ? await readPart('dev', language) : []),
    ];
    const words = new Set<string>();
    for (const utterance of utterances) {
      examples.push({ language, text: delexicalize(utterance.text), intent: utterance.intent });
      const plain = utterance.text.replace(PLACEHOLDER, ' ').replace(MARK, ' $1 ');
      for (const token of tokenize(plain))
        if (/^\p{L}[\p{L}'-]*$/u.test(token.key)) words.add(token.key).add(token.key.replace(/['-]/g, ''));
    }
    vocabulary[language] = [...words];
  }
  return { model: IntentModel.train(examples, vocabulary, await trainingHash()), examples: examples.length };
}

async function main(): Promise<void> {
  const started = Date.now();
  // The shipped model learns from the development part too; `--keep-dev` leaves it out, to measure changes with it.
  const { model, examples } = await train(!process.argv.includes('--keep-dev'));
  await mkdir(path.dirname(MODEL_FILE), { recursive: true });
  await writeFile(MODEL_FILE, `${JSON.stringify(model.toJSON())}\n`);
  process.stdout.write(
    `Trained on ${examples} utterances (${model.languages.join(', ')}) in ${Date.now() - started} ms → ${path.relative(process.cwd(), MODEL_FILE)}\n`,
  );
  const topicStarted = Date.now();
  const topic = await topicTraining();
  await writeFile(
    TOPIC_MODEL_FILE,
    `${JSON.stringify(TopicModel.train(topic.examples, topic.hash).toJSON())}\n`,
  );
  process.stdout.write(
    `Trained the topic model on ${topic.examples.length} texts in ${Date.now() - topicStarted} ms → ${path.relative(process.cwd(), TOPIC_MODEL_FILE)}\n`,
  );
}

if (require.main === module) {
  main().catch((error: Error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  });
}
