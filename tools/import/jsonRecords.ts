import { createReadStream } from 'node:fs';
import { Readable, Transform } from 'node:stream';
import { parser } from 'stream-json';
import { pick } from 'stream-json/filters/pick.js';
import { streamArray } from 'stream-json/streamers/stream-array.js';
import { ImportFileError } from './sourceFile';

export interface JsonRecord {
  /** 1-based position of the record in the file, for naming rejected ones. */
  number: number;
  value: unknown;
}

/**
 * Streams the records of a JSON download: a bare array, a Graph list response (`{"value": [...]}`), or an array
 * of list responses (as the published beta examples are). Memory stays bounded to one record (or one page).
 */
export async function* jsonRecords(
  file: string,
  top: 'jsonArray' | 'jsonObject',
): AsyncGenerator<JsonRecord> {
  const stages = [
    parser.asStream(),
    ...(top === 'jsonObject' ? [pick.asStream({ filter: 'value' })] : []),
    streamArray.asStream(),
  ];
  const output = stages.reduce<Readable>(
    (input, stage) => input.pipe(stage) as unknown as Readable,
    createReadStream(file, { encoding: 'utf8' }).pipe(withoutBom()),
  );
  for (const stage of stages) stage.on('error', (error: Error) => output.destroy(error));
  let number = 0;
  try {
    for await (const { value } of output as AsyncIterable<{ value: unknown }>) {
      const page = (value as { value?: unknown })?.value;
      for (const item of Array.isArray(page) ? page : [value]) yield { number: ++number, value: item };
    }
  } catch (error) {
    throw new ImportFileError(
      file,
      `is not valid JSON after record ${number} (${(error as Error).message})`,
      {
        cause: error,
      },
    );
  }
}

/** Drops a UTF-8 byte order mark at the start, which the JSON parser would refuse. */
function withoutBom(): Transform {
  let first = true;
  return new Transform({
    decodeStrings: false,
    transform(chunk: string, _encoding, done) {
      done(null, first ? ((first = false), chunk.replace(/^\uFEFF/, '')) : chunk);
    },
  });
}
