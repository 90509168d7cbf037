import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DateTime } from 'luxon';
import { PROJECT_ROOT } from '../../src/host/config';
import { DirectoryUser } from '../../src/directory/directoryUser';
import { SignIn } from '../../src/signins/signIn';
import { textsFor } from '../../src/text/texts';
import { FakeChannel } from './fakeChannel';
import { FakeGraph } from './fakeGraph';

const ZONE = 'Europe/Amsterdam';
/** Codes the bot reads as an interruption (MFA asked, a choice shown), not a failure: no question is built on them. */
const INTERRUPTS = new Set(
  (
    JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'data', 'catalog.json'), 'utf8')) as {
      entries: { code: string; interrupt?: boolean }[];
    }
  ).entries
    .filter((entry) => entry.interrupt)
    .map((entry) => Number(entry.code)),
);
const EN = textsFor('en-US');
const QUEUED = EN.lookingItUpQueued(0).split('0')[0];

/** A question an agent asks, built from one failed sign-in, and what its answer must name. */
export interface AgentQuestion {
  text: string;
  upn: string;
  errorCode: number;
}

export interface BusyHelpdeskResult {
  questions: number;
  answeredCorrectly: number;
  /** Questions answered with an apology or a Graph problem, or not at all. */
  errors: number;
  /** From the question's HTTP request to its answer in the conversation, in seconds. */
  secondsToAnswer: { p50: number; p99: number; max: number };
  /** How long the HTTP requests took, in milliseconds. */
  httpMs: { p50: number; max: number };
  signInRequests: number;
  throttled: number;
  requestsPerQuestion: number;
  /** The most sign-in requests Graph let through in one budget window. */
  mostInOneWindow: number;
  /** Questions answered wrongly or not at all: question → what came back. */
  wrong: Record<string, string>;
}

/** `count` helpdesk agents: staff by their Entra role, so they may look up anyone. */
export function helpdeskAgents(count: number): DirectoryUser[] {
  return Array.from({ length: count }, (_, n) => {
    const number = String(n + 1).padStart(2, '0');
    return {
      id: `00000000-0000-4000-8000-0000000000${number}`,
      userPrincipalName: `agent${number}@contoso.com`,
      displayName: `Agent ${number}`,
      givenName: 'Agent',
      surname: number,
      mail: `agent${number}@contoso.com`,
      userType: 'member',
      accountEnabled: true,
      roles: ['Helpdesk Administrator'],
    };
  });
}

/**
 * One question per failed sign-in of a different person-and-day within the last week before `now`: "why did Megan
 * Bowen fail to sign in to Outlook on 22 November?". Different windows, so nothing is shared between them.
 */
export function agentQuestions(
  signIns: SignIn[],
  users: DirectoryUser[],
  now: Date,
  count: number,
): AgentQuestion[] {
  const byUpn = new Map(users.map((user) => [user.userPrincipalName.toLowerCase(), user]));
  const weekAgo = now.getTime() - 7 * 86_400_000;
  const seen = new Set<string>();
  const questions: AgentQuestion[] = [];
  for (const signIn of signIns) {
    const user = byUpn.get(signIn.userPrincipalName.toLowerCase());
    const at = DateTime.fromISO(signIn.createdDateTime).setZone(ZONE);
    const code = signIn.status.errorCode;
    if (!user || user.userType !== 'member' || code === 0 || INTERRUPTS.has(code) || !signIn.isInteractive)
      continue;
    if (at.toMillis() < weekAgo || at.toMillis() > now.getTime() || !signIn.appDisplayName) continue;
    const key = `${user.id}|${at.toISODate()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    questions.push({
      text: `why did ${user.displayName} fail to sign in to ${signIn.appDisplayName} on ${at.toFormat('d MMMM')}?`,
      upn: user.userPrincipalName.toLowerCase(),
      errorCode: signIn.status.errorCode,
    });
    if (questions.length === count) break;
  }
  if (questions.length < count) throw new Error(`[bench] only ${questions.length} questions in the sample`);
  return questions;
}

/**
 * Each agent asks one question in a Teams-like chat of their own, at evenly spread moments over `spreadMs`; replies
 * go to the fake channel. Waits for every answer (at most `deadlineMs` each) and says how it went.
 */
export async function askTogether(options: {
  /** The bot, or several instances of it: agent n asks the instance n modulo their number. */
  base: string | string[];
  graph: FakeGraph;
  channel: FakeChannel;
  agents: DirectoryUser[];
  questions: AgentQuestion[];
  spreadMs: number;
  deadlineMs: number;
}): Promise<BusyHelpdeskResult> {
  const { graph, channel, agents, questions, spreadMs, deadlineMs } = options;
  const bases = ([] as string[]).concat(options.base);
  const servedBefore = graph.signInsServed.length;
  const throttledBefore = graph.signInsThrottled;
  const took: number[] = [];
  const http: number[] = [];
  const wrong: Record<string, string> = {};
  let correct = 0;
  const ask = async (question: AgentQuestion, n: number): Promise<void> => {
    await new Promise((resolve) => setTimeout(resolve, (n * spreadMs) / questions.length));
    const agent = agents[n % agents.length];
    const conversation = `busy-${n}-${Date.now()}`;
    const sent = performance.now();
    const response = await fetch(`${bases[n % bases.length]}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        id: conversation,
        text: question.text,
        locale: 'en-US',
        localTimezone: ZONE,
        channelId: 'msteams',
        serviceUrl: channel.url,
        from: { id: agent.userPrincipalName, name: agent.displayName },
        recipient: { id: 'bot' },
        conversation: { id: conversation, conversationType: 'personal' },
      }),
    });
    await response.text();
    http.push(performance.now() - sent);
    const answer = await channel
      .firstIn(conversation, (text) => !isNotice(text), deadlineMs)
      .catch(() => 'no answer');
    took.push((performance.now() - sent) / 1000);
    if (answer.includes(question.upn) && answer.includes(String(question.errorCode))) correct++;
    else wrong[question.text] = answer.slice(0, 200);
  };
  await Promise.all(questions.map(ask));
  const signInRequests = graph.signInsServed.length - servedBefore + graph.signInsThrottled - throttledBefore;
  return {
    questions: questions.length,
    answeredCorrectly: correct,
    errors: questions.length - correct,
    secondsToAnswer: { p50: at(took, 0.5), p99: at(took, 0.99), max: at(took, 1) },
    httpMs: { p50: Math.round(at(http, 0.5)), max: Math.round(at(http, 1)) },
    signInRequests,
    throttled: graph.signInsThrottled - throttledBefore,
    requestsPerQuestion: Math.round((signInRequests / questions.length) * 100) / 100,
    mostInOneWindow: graph.budget ? graph.mostServedWithin(graph.budget.perMs) : 0,
    wrong,
  };
}

function isNotice(text: string): boolean {
  return text === EN.lookingItUp || text === EN.stillWorking || text.startsWith(QUEUED);
}

function at(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const value = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0;
  return Math.round(value * 10) / 10;
}
