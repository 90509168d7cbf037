import { expect } from 'chai';
import { Activity, MemoryStorage, TestAdapter, TurnContext } from 'botbuilder';
import { MemberConversationState } from '../../src/state/memberConversationState';

const turn = (from: string, conversationType: string): TurnContext =>
  new TurnContext(new TestAdapter(), {
    type: 'message',
    channelId: 'msteams',
    from: { id: from, name: from },
    recipient: { id: 'bot', name: 'bot' },
    conversation: {
      id: 'conversation-1',
      conversationType,
      isGroup: conversationType !== 'personal',
      name: '',
    },
  } as Activity);

/** Writes a value as `writer`, then reads it back as `reader` in the same conversation. */
async function seenBy(conversationType: string, writer: string, reader: string): Promise<string | undefined> {
  const state = new MemberConversationState(new MemoryStorage());
  const prompt = state.createProperty<string>('prompt');
  const first = turn(writer, conversationType);
  await prompt.set(first, `${writer}'s prompt`);
  await state.saveChanges(first);
  return prompt.get(turn(reader, conversationType));
}

describe('MemberConversationState', () => {
  const CASES: [conversationType: string, reader: string, sees: string | undefined][] = [
    ['personal', 'hanna', "hanna's prompt"],
    ['groupChat', 'hanna', "hanna's prompt"],
    ['groupChat', 'adele', undefined],
    ['channel', 'adele', undefined],
  ];
  for (const [conversationType, reader, sees] of CASES) {
    it(`in a ${conversationType} conversation, ${reader} sees ${sees ?? 'nothing'} of what hanna started`, async () => {
      expect(await seenBy(conversationType, 'hanna', reader)).to.equal(sees);
    });
  }
});
