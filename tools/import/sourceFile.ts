import { open } from 'node:fs/promises';

/** Why a whole file cannot be imported; nothing from an import that meets one is written. */
export class ImportFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`[import] ${file}: ${reason}`, options);
  }
}

/** CSV, or JSON starting with an array or an object. */
export type FileKind = 'csv' | 'jsonArray' | 'jsonObject';

/** JSON or CSV, from the first bytes of the content (never the file name); binary and empty files are refused. */
export async function sniffFile(file: string): Promise<FileKind> {
  const handle = await open(file, 'r').catch((error: NodeJS.ErrnoException) => {
    throw new ImportFileError(file, `cannot be opened (${error.code ?? error.message})`, { cause: error });
  });
  try {
    const buffer = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const head = buffer.subarray(0, bytesRead);
    if (head.includes(0)) throw new ImportFileError(file, 'is a binary file, not a CSV or JSON download');
    const start = head
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trimStart();
    if (start === '') throw new ImportFileError(file, 'is empty');
    return start.startsWith('[') ? 'jsonArray' : start.startsWith('{') ? 'jsonObject' : 'csv';
  } finally {
    await handle.close();
  }
}
