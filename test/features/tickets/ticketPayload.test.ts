import { expect } from 'chai';
import { Ticket } from '../../../src/features/tickets/ticket';
import { describe as describeTicket } from '../../../src/features/tickets/ticketPayload';
import { aTicket } from '../../helpers/tickets';

const CASES: [tried: boolean | null, language: 'en' | 'nl', line: string][] = [
  [true, 'en', 'Steps tried by the user: yes'],
  [false, 'en', 'Steps tried by the user: no'],
  [null, 'en', 'Steps tried by the user: not said'],
  [true, 'nl', 'Stappen geprobeerd door de gebruiker: ja'],
  [null, 'nl', 'Stappen geprobeerd door de gebruiker: niet gezegd'],
];

describe("a ticket's text for the ticket system (ServiceNow's description)", () => {
  for (const [tried, language, line] of CASES)
    it(`says "${line}"`, () => {
      const ticket: Ticket = {
        ...aTicket({ stepsTried: tried, language }),
        id: 'SIGNIN-000001',
        confirmationKey: 'k',
      };
      expect(describeTicket(ticket).split('\n')).to.include(line);
    });
});
