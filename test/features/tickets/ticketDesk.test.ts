import { expect } from 'chai';
import path from 'node:path';
import { Catalog } from '../../../src/catalog/catalog';
import { PROJECT_ROOT } from '../../../src/host/config';
import { DirectoryUser } from '../../../src/directory/directoryUser';
import { createLogger } from '../../../src/host/log';
import { SignIn } from '../../../src/signins/signIn';
import { SignInSource } from '../../../src/signins/signInSource';
import { textsFor } from '../../../src/text/texts';
import { INCIDENT_PEOPLE, TicketDesk } from '../../../src/features/tickets/ticketDesk';
import { TicketStore } from '../../../src/features/tickets/ticketStore';
import { readSignInFile } from '../../../src/signins/signInFile';
import { sampleTenantDir } from '../../helpers/fixture';
import { tempDir } from '../../helpers/endOfRun';

/** A sign-in log with `people` other users failing with the same code in the same half hour. */
function logWith(signIn: SignIn, people: number): SignInSource {
  const others = Array.from({ length: people }, (_, i) => ({
    ...signIn,
    id: `other-${i}`,
    userId: `user-${i}`,
  }));
  return { find: async () => others, describe: () => ({ includesNonInteractive: true }) };
}

describe('TicketDesk', () => {
  const CASES: [name: string, people: number, staff: boolean, incident: boolean, priority: number][] = [
    ['one person failing, asked by the helpdesk', 1, true, false, 3],
    [
      `${INCIDENT_PEOPLE} people failing within the hour, asked by the helpdesk`,
      INCIDENT_PEOPLE,
      true,
      true,
      2,
    ],
    [
      `${INCIDENT_PEOPLE} people failing, asked by an end user (no one else's records are read)`,
      INCIDENT_PEOPLE,
      false,
      false,
      3,
    ],
  ];
  for (const [name, people, staff, incident, priority] of CASES) {
    it(`routes a 53003 ticket for ${name}`, async () => {
      const { signIns } = await readSignInFile(path.join(await sampleTenantDir(), 'signins.json'));
      const signIn = signIns.find((candidate) => candidate.status.errorCode === 53003)!;
      const catalog = await Catalog.read(path.join(PROJECT_ROOT, 'data', 'catalog.json'));
      const dir = await tempDir('desk');
      const store = await TicketStore.open(
        path.join(dir, 'tickets.json'),
        new Date(),
        createLogger('silent'),
      );
      const desk = new TicketDesk(store, catalog, logWith(signIn, people), undefined);
      const user = { id: 'me', userPrincipalName: 'me@contoso.com', displayName: 'Me' } as DirectoryUser;
      const draft = await desk.draft({
        signIn,
        caller: { user, isStaff: staff },
        to: { texts: textsFor('en-US'), timeZone: 'UTC', staff },
        summary: 's',
        stepsTried: false,
        note: '',
      });
      expect([draft.incidentSuggested, draft.priority, draft.assignmentGroup]).to.deep.equal([
        incident,
        priority,
        'Service Desk',
      ]);
    });
  }
});
