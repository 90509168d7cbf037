import { editDistance } from '../text/editDistance';
import { normalize } from '../text/normalize';
import { DirectoryUser } from './directoryUser';

/** A name this short or longer may be suggested for a name one slip away. */
const LEAST_SLIPPED_NAME = 4;

/**
 * People whose first or last name is one slip from a short name: "jnae" → Jane. Fuse scores two swapped letters of
 * a four-letter name as two errors out of four, too many to suggest anything, so this is asked when Fuse has nothing.
 */
export function oneSlipFrom(users: readonly DirectoryUser[], typed: string): DirectoryUser[] {
  const wanted = normalize(typed);
  if (wanted.includes(' ') || wanted.length < LEAST_SLIPPED_NAME) return [];
  return users
    .filter((user) =>
      [user.givenName, user.surname]
        .map(normalize)
        .some((name) => name.length >= LEAST_SLIPPED_NAME && editDistance(name, wanted, 1) <= 1),
    )
    .slice(0, 3);
}
