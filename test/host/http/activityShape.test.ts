import { expect } from 'chai';
import { activityJson } from '../../helpers/hostile';
import { ServedBot, sharedBots } from '../../helpers/sharedBots';

/** Shapes that used to reach the bot and end in "Sorry, something went wrong", and the field the 400 names. */
const MALFORMED: [name: string, patch: Record<string, unknown>, field: string][] = [
  ['text that is a number', { text: 50126 }, 'text'],
  ['text that is an object', { text: { code: 50126 } }, 'text'],
  ['text that is an array', { text: ['50126'] }, 'text'],
  ['no recipient', { recipient: undefined }, 'recipient'],
  ['no channelId', { channelId: undefined }, 'channelId'],
  ['a null mention entity', { entities: [null] }, 'entities[0]'],
  ['entities that are not an array', { entities: 'mention' }, 'entities'],
  ['entities that are an object', { entities: { length: 1 } }, 'entities'],
  ['an entity without a type', { entities: [{ mentioned: { id: 'bot' } }] }, 'entities[0].type'],
  [
    'a mention of nobody',
    { entities: [{ type: 'mention', mentioned: null, text: '<at>Bot</at>' }] },
    'entities[0].mentioned',
  ],
  ['a mention of the bot in a message without text', { text: undefined, entities: [mention('bot')] }, 'text'],
  ['a recipient without an id', { recipient: { name: 'bot' } }, 'recipient.id'],
  ['a member added that is null', { type: 'conversationUpdate', membersAdded: [null] }, 'membersAdded[0]'],
  ['a deliveryMode that is a number', { deliveryMode: 5 }, 'deliveryMode'],
  ['no serviceUrl', { serviceUrl: undefined }, 'serviceUrl'],
  ['a tenant id that is a number', { channelData: { tenant: { id: 5 } } }, 'channelData.tenant.id'],
];

/** What channels add or vary, which must still be answered. */
const ACCEPTED: [name: string, patch: Record<string, unknown>][] = [
  ['fields the bot does not know', { futureField: { nested: [1, 2] }, attachments: [], textFormat: 'plain' }],
  ['Teams channel data', { channelData: { tenant: { id: 'x' }, eventType: 'x', settings: { a: 1 } } }],
  ['a mention of the bot', { text: '<at>Bot</at> error 50126', entities: [mention('bot')] }],
  ['a button press without text', { text: undefined, value: { action: 'explain', code: '50126' } }],
];

function mention(id: string): object {
  return { type: 'mention', mentioned: { id, name: 'Bot' }, text: '<at>Bot</at>' };
}

describe('activity shape, checked before the bot runs', () => {
  let served: ServedBot;
  before(async () => (served = (await sharedBots()).local));
  const post = (patch: Record<string, unknown>, conversation: string) =>
    fetch(`${served.base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: activityJson({ conversation: { id: conversation }, ...patch }),
      signal: AbortSignal.timeout(2_000),
    });

  for (const [name, patch, field] of MALFORMED) {
    it(`answers 400 naming ${field} to ${name}, never an apology`, async () => {
      const response = await post(patch, `shape-${field}`);
      const text = await response.text();
      expect(response.status, text).to.equal(400);
      const { error } = JSON.parse(text) as { error: string };
      expect(error).to.include(field);
      expect(error).not.to.include('Sorry');
    });
  }

  for (const [name, patch] of ACCEPTED) {
    it(`answers ${name}`, async () => {
      const response = await post(patch, `accepted-${name}`);
      expect(response.status).to.equal(200);
      expect(await response.text()).not.to.include('Sorry');
    });
  }
});
