import autocannon from 'autocannon';
import { ChildProcess, spawn } from 'node:child_process';
import { freePort } from '../test/helpers/freePort';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/host/config';

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

export const QUESTION = 'why did jane fail to sign in to teams yesterday?';

/** Starts a server script as a child process and waits for its /healthz. */
export async function startServer(
  script: string,
  env: NodeJS.ProcessEnv,
): Promise<{ child: ChildProcess; base: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'lib', script)], {
    env: { ...process.env, LOG_LEVEL: 'silent', ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (
      await fetch(`${base}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { child, base };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill();
  throw new Error(`[bench] ${script} did not start`);
}

/**
 * 50 people in 50 conversations, each sending the question, reading the answer, and thinking a random while (1 s on
 * average, exponentially spread) before the next: the latency a person sees when 50 conversations are active at
 * once. autocannon's paced mode fires its connections in step, which measures a burst, not conversations. They talk
 * for `seconds`, and on until `alsoUntil` settles when given.
 */
export async function converse(
  base: string,
  seconds: number,
  text: string | (() => string) = QUESTION,
  alsoUntil?: Promise<unknown>,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const until = Date.now() + seconds * 1000;
  let waiting = alsoUntil !== undefined;
  let settledAt = 0;
  const settle = (): void => {
    waiting = false;
    settledAt = Date.now();
  };
  // The caller awaits alsoUntil (and sees its failure) itself: here only the moment it settles matters.
  void alsoUntil?.then(settle, settle);
  const talking = () => Date.now() < until || waiting;
  const began = Date.now();
  const person = async (n: number): Promise<void> => {
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 1000));
    while (talking()) {
      const started = performance.now();
      const response = await fetch(`${base}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: activity(`person-${n}`, typeof text === 'string' ? text : text()),
      }).catch(() => undefined);
      if (response?.ok) {
        await response.text();
        latencies.push(performance.now() - started);
      } else errors++;
      await new Promise((resolve) => setTimeout(resolve, -Math.log(1 - Math.random()) * 1000));
    }
  };
  await Promise.all(Array.from({ length: 50 }, (_, n) => person(n)));
  const sorted = latencies.sort((a, b) => a - b);
  const at = (share: number) =>
    Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] * 10) / 10;
  // Over the time they talked, not the last think times after it.
  const elapsed = (Math.max(until, settledAt) - began) / 1000;
  return { requestsPerSecond: Math.round(latencies.length / elapsed), p50: at(0.5), p99: at(0.99), errors };
}

/** A message from the sample tenant's helpdesk agent, as Teams would post it, answered in the HTTP response. */
export function activity(conversation: string, text: string): string {
  return JSON.stringify({
    type: 'message',
    text,
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:9/unused',
    deliveryMode: 'expectReplies',
    localTimezone: 'Europe/Amsterdam',
    from: {
      id: 'hanna.hoek@contoso.com',
      name: 'Hanna',
      aadObjectId: '01a46a4c-02e6-4ba2-b232-4e348f1e3475',
    },
    recipient: { id: 'bot' },
    conversation: { id: conversation, conversationType: 'personal' },
  });
}

/**
 * 50 conversations on 50 connections, each posting the troubleshooting question with deliveryMode expectReplies as a
 * channel would (Teams identity, cards), each sending its next message as soon as the answer arrives (saturation).
 */
export async function drive(base: string, seconds: number): Promise<LoadResult> {
  let next = 0;
  const result = await autocannon({
    url: `${base}/api/messages`,
    method: 'POST',
    connections: 50,
    duration: seconds,
    headers: { 'content-type': 'application/json' },
    setupClient: (client) => client.setBody(activity(`bench-${next++}`, QUESTION)),
  });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}
