/** The parts of NLP.js the bot uses: its neural intent classifier and its English and Dutch stemmers. */
declare module '@nlpjs/neural' {
  export interface NeuralExample {
    input: Record<string, number>;
    output: Record<string, number>;
  }
  export class NeuralNetwork {
    constructor(settings?: {
      log?: boolean;
      iterations?: number;
      errorThresh?: number;
      deltaErrorThresh?: number;
    });
    train(corpus: NeuralExample[]): { iterations: number; error: number };
    run(input: Record<string, number>): Record<string, number> | undefined;
    /** The features and intents it was trained on (set by train and fromJSON). */
    lookup?: { inputLookup: { dict: Record<string, number> } };
    toJSON(): unknown;
    fromJSON(json: unknown): void;
  }
}

declare module '@nlpjs/lang-en-min' {
  export class StemmerEn {
    /** Every word stemmed so far, under "." and the word. */
    cache: Record<string, string>;
    stemWord(word: string): string;
  }
  export class StopwordsEn {
    dictionary: Record<string, boolean>;
  }
}

declare module '@nlpjs/lang-nl' {
  export class StemmerNl {
    /** Every word stemmed so far, under "." and the word. */
    cache: Record<string, string>;
    stemWord(word: string): string;
  }
  export class StopwordsNl {
    dictionary: Record<string, boolean>;
  }
}
