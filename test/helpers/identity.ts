import { ChannelAccount } from 'botbuilder';
import { App } from '../../src/app';

/** The channel account Teams would send for a person in the sample directory. */
export function identityOf(app: App, upn: string): ChannelAccount {
  const match = app.names.current().users.resolve(upn);
  if (match.kind !== 'one') throw new Error(`test setup: ${upn} is not in the sample directory`);
  return { id: `29:${match.user.id}`, name: match.user.displayName, aadObjectId: match.user.id };
}
