import { expect } from 'chai';
import { oneSlipFrom } from '../../src/directory/nameSlips';
import { DirectoryUser } from '../../src/directory/directoryUser';

const person = (givenName: string, surname: string): DirectoryUser => ({
  id: `${givenName}-${surname}`,
  userPrincipalName: `${givenName}.${surname}@contoso.com`.toLowerCase(),
  displayName: `${givenName} ${surname}`,
  givenName,
  surname,
  mail: `${givenName}.${surname}@contoso.com`.toLowerCase(),
  userType: 'member',
  accountEnabled: true,
  roles: [],
});
const PEOPLE = [person('Jane', 'Visser'), person('Daan', 'de Vries'), person('Lee', 'Gu')];

describe('oneSlipFrom', () => {
  const CASES: [typed: string, names: string[]][] = [
    ['jnae', ['Jane Visser']],
    ['jame', ['Jane Visser']],
    ['vsiser', ['Jane Visser']],
    ['daam', ['Daan de Vries']],
    ['lee', []],
    ['jnae visser', ['Jane Visser']],
    ['jnae vsiser', ['Jane Visser']],
    ['jnae blorp', []],
    ['xyzq', []],
  ];
  for (const [typed, names] of CASES)
    it(`offers ${names.join(', ') || 'nobody'} for "${typed}"`, () => {
      expect(oneSlipFrom(PEOPLE, typed).map((user) => user.displayName)).to.deep.equal(names);
    });
});
