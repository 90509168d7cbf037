import { Texts } from '../text/en';
import { Caller } from './caller';
import { Refusal } from './policy';

/** The words of a refusal. Only who asks and what they asked decide them, never whom they asked about. */
export function refusalText(refusal: Refusal, caller: Caller, texts: Texts, ticketId = ''): string {
  switch (refusal) {
    case 'callerUnverified':
      return unverifiedText(caller, texts);
    case 'notAllowed':
      return texts.notAllowed;
    case 'auditOnlyReaders':
      return texts.auditOnlyReaders;
    case 'ticketNotFound':
      return texts.tickets.notFound(ticketId);
    case 'openOnlyStaff':
      return texts.tickets.openOnlyStaff;
  }
}

/** Why a caller sees no records: the channel vouches for nobody, the directory is down for now, or Graph refused. */
export function unverifiedText(caller: Caller, texts: Texts): string {
  const problem = caller.unverified ?? 'unavailable';
  if (problem === 'unidentified') return texts.callerUnidentified;
  if (problem === 'unavailable' || problem === 'throttled' || problem === 'failing')
    return texts.callerUnverified;
  return texts.graphProblem[problem];
}
