import { parse } from 'csv-parse';
import { createReadStream } from 'node:fs';
import { ImportFileError } from './sourceFile';

export interface CsvRow {
  /** The line the row starts on, counting the header as line 1. */
  line: number;
  /** A column by its header, compared without case and extra spaces; the first non-empty of duplicate columns. */
  get(header: string): string;
}

/** "Application ID " and "Autonomous system  number" as they are compared: trimmed, single spaces, lower case. */
export function headerKey(header: string): string {
  return header.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Streams a CSV file (UTF-8 BOM, CRLF and quoted newlines allowed): the header first, then each row. */
export async function* csvRows(file: string): AsyncGenerator<{ headers: string[] } | CsvRow> {
  const parser = createReadStream(file, { highWaterMark: 1 << 20 }).pipe(
    parse({ bom: true, relax_column_count: true }),
  );
  let columns: Map<string, number[]> | undefined;
  let next = 1;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      // Lines are counted here (cheaper than the parser's info): one per row plus the newlines quoted inside it.
      const line = next;
      next += 1;
      for (const field of record) if (field.includes('\n')) next += field.split('\n').length - 1;
      if (record.length === 1 && record[0].trim() === '') continue;
      if (!columns) {
        columns = new Map();
        record.forEach((header, index) => {
          const key = headerKey(header);
          columns!.set(key, [...(columns!.get(key) ?? []), index]);
        });
        yield { headers: record.map(headerKey) };
        continue;
      }
      const positions = columns;
      yield {
        line,
        get: (header) => {
          for (const index of positions.get(header) ?? [])
            if (record[index]?.trim()) return record[index].trim();
          return '';
        },
      };
    }
  } catch (error) {
    throw new ImportFileError(file, `is not a readable CSV file (${(error as Error).message})`, {
      cause: error,
    });
  }
}
