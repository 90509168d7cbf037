import { expect } from 'chai';
import { CardRenderer, MAX_MESSAGE_BYTES } from '../../src/cards/cardRenderer';
import { Reply } from '../../src/cards/reply';
import { ADAPTIVE } from '../helpers/cardCheck';

const renderer = new CardRenderer();
const ticket = (size: number): Reply => ({
  text: `ticket ${'x'.repeat(size)}`,
  card: {
    name: 'ticket',
    data: {
      heading: 'h',
      when: 'w',
      title: 't',
      facts: [{ title: 'Note', value: 'y'.repeat(size) }],
      buttons: [],
    },
  },
});

describe('CardRenderer', () => {
  const CASES: [name: string, reply: Reply, channel: string, card: boolean][] = [
    ['a card in Teams', ticket(100), 'msteams', true],
    ['text in the terminal chat', ticket(100), 'terminal', false],
    ['text when the card would pass 80 KB', ticket(60_000), 'msteams', false],
  ];
  for (const [name, reply, channel, card] of CASES) {
    it(`sends ${name}, never over 80 KB`, () => {
      const activity = renderer.activity(reply, channel);
      expect(activity.attachments?.[0]?.contentType === ADAPTIVE).to.equal(card);
      expect(Buffer.byteLength(JSON.stringify(activity))).to.be.below(MAX_MESSAGE_BYTES);
      if (!card) expect(activity.text).to.match(/^ticket x+/);
    });
  }

  it('cuts a text over 80 KB, saying so, instead of letting the channel refuse it', () => {
    const activity = renderer.activity('z'.repeat(200_000), 'terminal');
    expect(Buffer.byteLength(activity.text!)).to.be.below(MAX_MESSAGE_BYTES);
    expect(activity.text!.endsWith('…')).to.equal(true);
  });

  it('names a template that is not an Adaptive Card when it is built, not at the first card', () => {
    const welcome = { type: 'AdaptiveCard', version: '1.5', body: [] };
    const templates = {
      welcome,
      failureList: welcome,
      signIn: welcome,
      advice: {},
      ticket: welcome,
      summary: welcome,
    };
    expect(() => new CardRenderer(templates)).to.throw(
      '[cards] the template src/cards/templates/advice.json',
    );
  });
});
