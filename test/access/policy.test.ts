import { expect } from 'chai';
import { Caller, callerFor } from '../../src/access/caller';
import { Action, decide } from '../../src/access/policy';
import { DirectoryUser } from '../../src/directory/directoryUser';

const SELF = 'a0000000-0000-4000-8000-000000000001';
const KNOWN = 'b0000000-0000-4000-8000-000000000002';
const UNKNOWN = 'c0000000-0000-4000-8000-000000000003';
const GROUP = 'd0000000-0000-4000-8000-000000000004';

const person = (roles: string[], userType: DirectoryUser['userType'] = 'member'): DirectoryUser => ({
  id: SELF,
  userPrincipalName: 'sam@contoso.com',
  displayName: 'Sam',
  givenName: 'Sam',
  surname: '',
  mail: 'sam@contoso.com',
  userType,
  accountEnabled: true,
  roles,
});

type Kind = 'reader' | 'helpdesk' | 'user' | 'unverified';

const CALLERS: [name: string, caller: Caller, kind: Kind][] = [
  ...[
    'Global Administrator',
    'Security Administrator',
    'Security Reader',
    'Global Reader',
    'Reports Reader',
  ].map((role): [string, Caller, Kind] => [role, callerFor(person([role])), 'reader']),
  ['Helpdesk Administrator', callerFor(person(['Helpdesk Administrator'])), 'helpdesk'],
  ['named in HELPDESK_STAFF', callerFor(person([]), { namedStaff: ['sam@contoso.com'] }), 'helpdesk'],
  ['member of HELPDESK_GROUP_ID', callerFor(person([]), { helpdeskGroupId: GROUP }, [GROUP]), 'helpdesk'],
  ['end user', callerFor(person([])), 'user'],
  ['guest', callerFor(person([], 'guest')), 'user'],
  ['another role (Directory Readers)', callerFor(person(['Directory Readers'])), 'user'],
  ['unverified (directory down)', { isStaff: false, unverified: 'unavailable' }, 'unverified'],
  ['unidentified (Web Chat)', { isStaff: false, unverified: 'unidentified' }, 'unverified'],
];

const TARGETS: [name: string, id: string][] = [
  ['self', SELF],
  ['another known person', KNOWN],
  ['an unknown person', UNKNOWN],
];

/** The expected answer for each kind of caller: "yes" or the exact refusal, per action and target. */
function expected(kind: Kind, action: Action, target: string): string {
  if (kind === 'unverified') return 'callerUnverified';
  const staff = kind !== 'user';
  const self = target === SELF;
  switch (action) {
    case 'readSignIns':
      return staff || self ? 'yes' : 'notAllowed';
    case 'readAudit':
      return kind === 'reader' ? 'yes' : 'auditOnlyReaders';
    case 'seeTicket':
      return staff || self ? 'yes' : 'ticketNotFound';
    case 'listOpenTickets':
      return staff ? 'yes' : 'openOnlyStaff';
    case 'seeAdminSteps':
      return staff ? 'yes' : 'notAllowed';
  }
}

const ACTIONS: Action[] = ['readSignIns', 'readAudit', 'seeTicket', 'listOpenTickets', 'seeAdminSteps'];

describe('access policy', () => {
  for (const [name, caller, kind] of CALLERS) {
    it(`decides every action for ${name}`, () => {
      for (const action of ACTIONS) {
        for (const [targetName, target] of TARGETS) {
          const decision = decide(caller, action, { userIds: [target] });
          const got = decision.allowed ? 'yes' : decision.refusal;
          expect(got, `${action} of ${targetName}`).to.equal(expected(kind, action, target));
        }
      }
    });
  }

  it('gives the same refusal for a known and an unknown person, for every caller and action', () => {
    for (const [, caller] of CALLERS)
      for (const action of ACTIONS)
        expect(decide(caller, action, { userIds: [KNOWN] })).to.deep.equal(
          decide(caller, action, { userIds: [UNKNOWN] }),
        );
  });
});
