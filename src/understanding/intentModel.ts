import path from 'node:path';
import { PROJECT_ROOT } from '../host/config';
import { MODEL_HINT, readJsonFile } from '../shared/jsonFile';
import { NeuralNetwork } from '@nlpjs/neural';
import { featuresOf } from './features';
import { IntentName, INTENTS } from './understanding';

/** The model the bot ships with, trained from data/corpus by `npm run train`. */
export const MODEL_FILE = path.join(PROJECT_ROOT, 'data', 'model', 'intents.json');

/**
 * NLP.js's defaults but a smaller leak for negative sums (alpha 0.07 → 0.03): on the development part this read
 * 94.6 % and 95.4 % of intents instead of 93.6 % and 93.0 %. The network uses it when it runs, too.
 */
const NETWORK = { log: false, alpha: 0.03 };

/** One training example: a text with its slots already cut out (see corpus.ts `delexicalize`). */
export interface TrainingExample {
  language: string;
  text: string;
  intent: IntentName;
}

/** The trained model as stored in data/model/intents.json. */
export interface IntentModelFile {
  /** A hash of the training corpus, so a test can tell when the model is older than the corpus. */
  corpus: string;
  /** Ordinary words of each language seen in training: a word in here is not a name. */
  vocabulary: Record<string, string[]>;
  networks: Record<string, unknown>;
}

export interface Classification {
  intent: IntentName;
  score: number;
}

/** NLP.js's neural classifier, one network per language, over word stems and stem pairs. */
export class IntentModel {
  private constructor(
    private readonly networks: Map<string, NeuralNetwork>,
    readonly vocabulary: ReadonlyMap<string, ReadonlySet<string>>,
    readonly corpus: string,
  ) {}

  static train(
    examples: TrainingExample[],
    vocabulary: Record<string, string[]>,
    corpus: string,
  ): IntentModel {
    const networks = new Map<string, NeuralNetwork>();
    for (const language of new Set(examples.map((example) => example.language))) {
      const network = new NeuralNetwork(NETWORK);
      network.train(
        examples
          .filter((example) => example.language === language)
          .map((example) => ({ input: featuresOf(example.text, language), output: { [example.intent]: 1 } })),
      );
      networks.set(language, network);
    }
    return new IntentModel(networks, toSets(vocabulary), corpus);
  }

  static async load(file: string): Promise<IntentModel> {
    const stored = (await readJsonFile(file, '[model]', MODEL_HINT)) as IntentModelFile;
    const networks = new Map<string, NeuralNetwork>();
    for (const [language, json] of Object.entries(stored.networks ?? {})) {
      const network = new NeuralNetwork(NETWORK);
      network.fromJSON(json);
      networks.set(language, network);
    }
    if (networks.size === 0)
      throw new Error(`[model] ${file} holds no language. Hint: run \`npm run train\`.`);
    return new IntentModel(networks, toSets(stored.vocabulary ?? {}), stored.corpus);
  }

  get languages(): string[] {
    return [...this.networks.keys()];
  }

  /** Every intent with its score, best first; all zero when no word of the text was seen in training. */
  classify(text: string, language: string): Classification[] {
    const network = this.networks.get(language) ?? this.networks.values().next().value!;
    const features = featuresOf(text, language);
    // With no feature it learnt from, the network answers with its biases alone: that is no answer at all.
    const known = network.lookup?.inputLookup.dict ?? {};
    const outputs = Object.keys(features).some((feature) => feature in known)
      ? (network.run(features) ?? {})
      : {};
    return INTENTS.map((intent) => ({ intent, score: outputs[intent] ?? 0 })).sort(
      (a, b) => b.score - a.score,
    );
  }

  toJSON(): IntentModelFile {
    return {
      corpus: this.corpus,
      vocabulary: Object.fromEntries(
        [...this.vocabulary].map(([language, words]) => [language, [...words].sort()]),
      ),
      networks: Object.fromEntries(
        [...this.networks].map(([language, network]) => [language, network.toJSON()]),
      ),
    };
  }
}

function toSets(vocabulary: Record<string, string[]>): Map<string, Set<string>> {
  return new Map(Object.entries(vocabulary).map(([language, words]) => [language, new Set(words)]));
}
