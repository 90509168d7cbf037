import type { FileReport } from './importer';

/** The share of rejected rows above which --replace asks for --force: a bad export should not wipe a good store. */
export const REPLACE_REJECTED_LIMIT = 0.1;

/** An import that would leave the store emptier for nothing; nothing is written. The files' reports say what was read. */
export class ImportRefused extends Error {
  constructor(
    readonly reason: string,
    readonly files: FileReport[],
  ) {
    super(`[import] nothing was imported: ${reason}`);
  }
}

/** Why an import that read `files` must not be written, if it must not. */
export function refusal(
  files: FileReport[],
  options: { replace?: boolean; force?: boolean },
): string | undefined {
  const read = files.reduce((sum, file) => sum + file.read, 0);
  const rejected = files.reduce((sum, file) => sum + file.rejected.length, 0);
  if (read === 0) return 'the files hold no sign-ins';
  if (rejected === read) return `none of the ${read} rows could be imported`;
  if (options.replace && !options.force && rejected > read * REPLACE_REJECTED_LIMIT) {
    const share = Math.round((rejected / read) * 100);
    return (
      `${rejected} of ${read} rows (${share} %) were rejected, more than the ${REPLACE_REJECTED_LIMIT * 100} % ` +
      '--replace allows. Check the rejected rows, or add --force to replace the store anyway'
    );
  }
  return undefined;
}
