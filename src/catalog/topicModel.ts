import path from 'node:path';
import { NeuralNetwork } from '@nlpjs/neural';
import { PROJECT_ROOT } from '../host/config';
import { MODEL_HINT, readJsonFile } from '../shared/jsonFile';

/** The model the bot ships with, trained by `npm run train` from the catalog's phrasings and data/corpus/offTopic. */
export const TOPIC_MODEL_FILE = path.join(PROJECT_ROOT, 'data', 'model', 'topic.json');

const NETWORK = { log: false, alpha: 0.03 };
const OFF = 'offTopic';
const ON = 'signIn';

/** How far a question is from every sign-in problem: 0 close to one, 1 about something else altogether. */
export interface TopicJudge {
  offTopic(terms: readonly string[]): number;
}

/** A text as the catalog searches it, and whether it is about a sign-in problem. */
export interface TopicExample {
  terms: readonly string[];
  offTopic: boolean;
}

/** The stored model: a hash of what it learnt from, so a test can tell when it is older than the catalog. */
export interface TopicModelFile {
  training: string;
  network: unknown;
}

/**
 * NLP.js's neural classifier over a question's search terms, trained on the catalog's own phrasings against other
 * things people ask a helpdesk ("my monitor flickers", "mijn verlofaanvraag wacht op goedkeuring"). Such questions
 * share a word or two with some entry ("approval", "phone") and BM25 alone cannot tell them apart from a real one.
 */
export class TopicModel implements TopicJudge {
  private constructor(
    private readonly network: NeuralNetwork,
    readonly training: string,
  ) {}

  static train(examples: readonly TopicExample[], training: string): TopicModel {
    const network = new NeuralNetwork(NETWORK);
    network.train(
      examples.map(({ terms, offTopic }) => ({
        input: featuresOf(terms),
        output: { [offTopic ? OFF : ON]: 1 },
      })),
    );
    return new TopicModel(network, training);
  }

  static async load(file = TOPIC_MODEL_FILE): Promise<TopicModel> {
    const stored = (await readJsonFile(file, '[topic]', MODEL_HINT)) as TopicModelFile;
    const network = new NeuralNetwork(NETWORK);
    network.fromJSON(stored.network);
    return new TopicModel(network, stored.training);
  }

  offTopic(terms: readonly string[]): number {
    const known = this.network.lookup?.inputLookup.dict ?? {};
    const features = featuresOf(terms);
    // No term it learnt from: nothing to say either way, so the search decides alone.
    if (!Object.keys(features).some((term) => term in known)) return 0;
    return this.network.run(features)?.[OFF] ?? 0;
  }

  toJSON(): TopicModelFile {
    return { training: this.training, network: this.network.toJSON() };
  }
}

/** A topic judge that finds everything on topic: for a catalog read without a model. */
export const NO_TOPIC: TopicJudge = { offTopic: () => 0 };

function featuresOf(terms: readonly string[]): Record<string, number> {
  return Object.fromEntries(terms.map((term) => [term, 1]));
}
