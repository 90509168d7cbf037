import { expect } from 'chai';
import { ConversationLine } from '../../src/host/conversationLine';

/** A turn that runs until the test lets it end, recording when it starts and ends. */
function turn(name: string, events: string[]): { run: () => Promise<void>; end: () => void } {
  let end: () => void = () => undefined;
  const ended = new Promise<void>((resolve) => (end = resolve));
  return {
    run: async () => {
      events.push(`${name} starts`);
      await ended;
      events.push(`${name} ends`);
    },
    end: () => end(),
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('ConversationLine (one turn at a time per conversation)', () => {
  it('starts a turn only when the one before it in the same conversation has ended', async () => {
    const line = new ConversationLine(5);
    const events: string[] = [];
    const [a, b] = [turn('a', events), turn('b', events)];
    const busy = async () => void events.push('busy');
    const both = [line.run('chat', a.run, busy), line.run('chat', b.run, busy)];
    await settle();
    expect(events).to.deep.equal(['a starts']);
    a.end();
    await settle();
    expect(events).to.deep.equal(['a starts', 'a ends', 'b starts']);
    b.end();
    await Promise.all(both);
    expect(line.size, 'nothing left under way').to.equal(0);
  });

  it('runs turns of different conversations side by side', async () => {
    const line = new ConversationLine(5);
    const events: string[] = [];
    const [a, b] = [turn('a', events), turn('b', events)];
    const busy = async () => void events.push('busy');
    const both = [line.run('one', a.run, busy), line.run('two', b.run, busy)];
    await settle();
    expect(events).to.deep.equal(['a starts', 'b starts']);
    a.end();
    b.end();
    await Promise.all(both);
  });

  it('goes on with the next turn when one fails, and hands the failure to its own caller', async () => {
    const line = new ConversationLine(5);
    const events: string[] = [];
    const failing = line.run(
      'chat',
      async () => Promise.reject(new Error('graph refused')),
      async () => undefined,
    );
    const next = line.run(
      'chat',
      async () => void events.push('next runs'),
      async () => undefined,
    );
    expect(((await failing.catch((error: unknown) => error)) as Error).message).to.equal('graph refused');
    await next;
    expect(events).to.deep.equal(['next runs']);
  });

  it('turns a message away, at once, when too many already wait in its conversation', async () => {
    const line = new ConversationLine(2);
    const events: string[] = [];
    const running = turn('running', events);
    const busy = async () => void events.push('busy');
    const queued = [
      line.run('chat', running.run, busy),
      line.run('chat', async () => void events.push('waiting 1'), busy),
      line.run('chat', async () => void events.push('waiting 2'), busy),
    ];
    await settle();
    await line.run('chat', async () => void events.push('one too many'), busy);
    expect(events).to.deep.equal(['running starts', 'busy']);
    running.end();
    await Promise.all(queued);
    expect(events).to.deep.equal(['running starts', 'busy', 'running ends', 'waiting 1', 'waiting 2']);
  });
});
