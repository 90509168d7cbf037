import { Logger } from '../../host/log';
import { Caller } from '../../access/caller';
import { may } from '../../access/policy';
import { Audience } from '../troubleshoot/replies';
import { ticketDraft } from './ticketGuidance';
import { describeTime } from '../troubleshoot/period';
import { refusedMfa } from '../troubleshoot/signInFacts';
import { mfaStepEntry } from '../troubleshoot/rows';
import { Catalog } from '../../catalog/catalog';
import { SignIn } from '../../signins/signIn';
import { SignInSource } from '../../signins/signInSource';
import { ASSIGNMENT, TicketPerson, Ticket } from './ticket';
import { TicketOutbox } from './ticketOutbox';
import { NewTicket, TicketRecords } from './ticketRecords';

/** How many different people failing with the same code within the hour make it look like an incident. */
export const INCIDENT_PEOPLE = 5;
const HALF_HOUR = 30 * 60 * 1000;

export interface DraftInput {
  signIn: SignIn;
  caller: Caller;
  to: Audience;
  summary: string;
  stepsTried: boolean | null;
  note: string;
}

/** Turns a troubleshooting conversation into a ticket, files it once, and answers "my tickets" and "open tickets". */
export class TicketDesk {
  constructor(
    private readonly store: TicketRecords,
    private readonly catalog: Catalog,
    private readonly source: SignInSource,
    private readonly outbox: TicketOutbox | undefined,
    private readonly now: () => Date = () => new Date(),
    private readonly log?: Pick<Logger, 'warn' | 'redact'>,
  ) {}

  /** The ticket as it would be filed; nothing is stored yet. */
  async draft(input: DraftInput): Promise<NewTicket> {
    const { signIn, caller, to } = input;
    const found = this.catalog.get(signIn.status.errorCode);
    const entry = found && this.catalog.inLanguage(found, to.texts.language);
    const draft = ticketDraft(signIn, entry, to.texts, this.catalog);
    // A failed MFA step ("User declined the authentication") has steps of its own, as the answer shows them: 500121's
    // "approve the notification" is wrong for a prompt the person may not have started.
    const steps = mfaStepEntry(this.catalog, signIn, to) ?? entry;
    const assignment = ASSIGNMENT[entry?.fixedBy ?? 'helpdesk'];
    // Counting other people's failures reads their sign-ins: only for those who may.
    const incident = may(caller, 'readSignIns') && (await this.looksLikeIncident(signIn));
    // A refused MFA request may be someone else's sign-in: a step up until the person says it was theirs.
    const raised = Math.max(
      1,
      assignment.priority -
        (entry?.escalate === 'yes' ? 1 : 0) -
        (incident ? 1 : 0) -
        (refusedMfa(signIn) ? 1 : 0),
    );
    return {
      createdAt: this.now().toISOString(),
      raisedBy: personOf(caller),
      subject: {
        id: signIn.userId,
        userPrincipalName: signIn.userPrincipalName,
        displayName: signIn.userDisplayName,
      },
      errorCode: signIn.status.errorCode,
      title: draft.title,
      language: to.texts.language,
      facts: draft.facts.map((fact) =>
        fact.title === to.texts.field.time
          ? { ...fact, value: describeTime(signIn.createdDateTime, to.timeZone, to.texts) }
          : fact,
      ),
      meaning: entry?.title ?? signIn.status.failureReason ?? '',
      stepsSuggested: steps
        ? [...steps.userSteps, ...(may(caller, 'seeAdminSteps') ? steps.adminSteps : [])]
        : [],
      stepsTried: input.stepsTried,
      note: input.note,
      summary: input.summary,
      priority: raised as Ticket['priority'],
      assignmentGroup: assignment.group,
      incidentSuggested: incident,
      requestId: signIn.id,
      correlationId: signIn.correlationId,
      signInTime: signIn.createdDateTime,
      status: 'open',
      updates: [],
      delivery: { state: this.outbox ? 'queued' : 'local', attempts: 0 },
    };
  }

  /** Stores the ticket (once per confirmation key) and hands it to the outbox. */
  async file(confirmationKey: string, ticket: NewTicket): Promise<{ ticket: Ticket; created: boolean }> {
    const result = await this.store.create(confirmationKey, ticket);
    if (result.created) this.outbox?.kick();
    return result;
  }

  byConfirmation(key: string): Promise<Ticket | undefined> {
    return this.store.byConfirmation(key);
  }

  /** An open ticket for the same person and code, to add to instead of filing a duplicate. */
  async openFor(userId: string, errorCode: number): Promise<Ticket | undefined> {
    return [...(await this.store.all())]
      .reverse()
      .find(
        (ticket) =>
          ticket.status === 'open' && ticket.subject.id === userId && ticket.errorCode === errorCode,
      );
  }

  addNote(id: string, caller: Caller, note: string): Promise<Ticket | undefined> {
    return this.store.update(id, (ticket) => {
      ticket.updates.push({ at: this.now().toISOString(), by: personOf(caller).userPrincipalName, note });
    });
  }

  /** A ticket the caller may see: staff see all, others the ones they raised or that are about them. */
  async get(id: string, caller: Caller): Promise<Ticket | undefined> {
    const ticket = await this.store.get(id);
    return ticket && may(caller, 'seeTicket', ticket.raisedBy.id, ticket.subject.id) ? ticket : undefined;
  }

  async mine(caller: Caller): Promise<Ticket[]> {
    const me = caller.user?.id;
    if (!me) return [];
    return (await this.store.all()).filter((ticket) => ticket.raisedBy.id === me || ticket.subject.id === me);
  }

  /** Every open ticket, for those who may list them; undefined for everyone else. */
  async open(caller: Caller): Promise<Ticket[] | undefined> {
    if (!may(caller, 'listOpenTickets')) return undefined;
    return (await this.store.all()).filter((ticket) => ticket.status === 'open');
  }

  /** Other people failing with the same code around the same time: counted, never shown. */
  private async looksLikeIncident(signIn: SignIn): Promise<boolean> {
    const time = Date.parse(signIn.createdDateTime);
    try {
      const around = await this.source.find({
        from: new Date(time - HALF_HOUR),
        to: new Date(time + HALF_HOUR),
        errorCode: signIn.status.errorCode,
      });
      return new Set(around.map((other) => other.userId)).size >= INCIDENT_PEOPLE;
    } catch (error) {
      // The ticket goes ahead without the flag; the admin sees why it could not be set.
      this.log?.warn(
        { error: this.log.redact((error as Error).message) },
        'could not check for an incident: the sign-in log did not answer',
      );
      return false;
    }
  }
}

function personOf(caller: Caller): TicketPerson {
  return {
    id: caller.user?.id ?? 'unknown',
    userPrincipalName: caller.user?.userPrincipalName ?? 'unknown',
    displayName: caller.user?.displayName ?? 'unknown',
  };
}
