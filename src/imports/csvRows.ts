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
  const parser = createReadStream(file).pipe(
    parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true, raw: true }),
  );
  let columns: Map<string, number[]> | undefined;
  try {
    for await (const { record, info, raw } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
      raw: string;
    }>) {
      const line = info.lines - (raw.replace(/\r?\n$/, '').match(/\n/g)?.length ?? 0);
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
