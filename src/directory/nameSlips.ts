import { editDistance } from '../text/editDistance';
import { normalize } from '../text/normalize';
import { DirectoryUser } from './directoryUser';

/** A name this short or longer may be suggested for a name one slip away. */
const LEAST_SLIPPED_NAME = 4;

/**
 * People whose first or last name is one slip from a short name ("jnae" → Jane), or whose full name is, word by word
 * ("jnae vsiser" → Jane Visser). Fuse scores two swapped letters of a four-letter name as two errors out of four, too
 * many to suggest anything, so this is asked when Fuse has nothing.
 */
export function oneSlipFrom(users: readonly DirectoryUser[], typed: string): DirectoryUser[] {
  const wanted = normalize(typed);
  const fits = wanted.includes(' ')
    ? (user: DirectoryUser): boolean =>
        slippedWords(wanted.split(' '), normalize(user.displayName).split(' '))
    : (user: DirectoryUser): boolean =>
        [user.givenName, user.surname].map(normalize).some((name) => slipped(wanted, name));
  return users.filter(fits).slice(0, 3);
}

function slippedWords(typed: string[], name: string[]): boolean {
  return (
    typed.length === name.length && typed.every((word, at) => word === name[at] || slipped(word, name[at]))
  );
}

function slipped(typed: string, name: string): boolean {
  return (
    typed.length >= LEAST_SLIPPED_NAME &&
    name.length >= LEAST_SLIPPED_NAME &&
    editDistance(name, typed, 1) <= 1
  );
}
