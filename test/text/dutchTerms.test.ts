import { expect } from 'chai';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/host/config';
import { nl } from '../../src/text/nl/texts';

/** Terms a Dutch helpdesk reviewer marked, and what Microsoft's Dutch docs say instead (dutch-glossary.md). */
const AVOID: [avoid: RegExp, use: string][] = [
  [/aanmeldlogboek/i, 'aanmeldingslogboek'],
  [/Aanmeldfout/, 'Aanmeldingsfout'],
  [/Aanvraag-ID/, 'Aanvraag-id'],
  [/Correlatie-ID/, 'Correlatie-id'],
  [/Reden van de fout/, 'Foutreden'],
  [/supportticket/i, 'ondersteuningsaanvraag'],
  [/Zeg \*\*/, 'Typ **…**'],
];

/** The catalog's Dutch prose (not its phrasings, which are what people type): the reviewer's terms and grammar. */
const CATALOG_AVOID: [avoid: RegExp, use: string][] = [
  [/password spray/i, 'wachtwoordspray-aanval'],
  [/zelfservice-wachtwoordherstel/i, 'selfservice voor wachtwoordherstel (SSPR)'],
  [/aanmeldfrequentie/i, 'aanmeldingsfrequentie'],
  [/aanmeldrisico/i, 'aanmeldingsrisico'],
  [/\bhij\b/i, 'de gebruiker'],
  [/Blokkeren als toekenning/, 'een beleid dat de toegang blokkeert'],
  [/voldoet niet aan de apparaatregels/, 'is niet compatibel met het nalevingsbeleid'],
  [/pauzeerde/, 'werd onderbroken'],
  [/meldde aan\b/, 'meldde zich aan'],
  [/Meld de eigenaar/, 'Laat de eigenaar … weten'],
  [/\b(?:object|app|aanvraag|correlatie)-ID\b/, '…-id'],
];

describe('the Dutch words of the bot', () => {
  it("writes the catalog as Microsoft's Dutch docs and the reviewer do", async () => {
    const file = JSON.parse(await readFile(path.join(PROJECT_ROOT, 'data', 'catalog.nl.json'), 'utf8')) as {
      categories: Record<string, string>;
      entries: Record<string, Record<string, string | string[]>>;
    };
    const prose = [
      ...Object.values(file.categories),
      ...Object.values(file.entries).flatMap((entry) =>
        Object.entries(entry)
          .filter(([field]) => field !== 'synonyms')
          .flatMap(([, value]) => [value].flat()),
      ),
    ];
    const found = CATALOG_AVOID.flatMap(([avoid, use]) =>
      prose.filter((text) => avoid.test(text)).map((text) => `${use}: ${text}`),
    );
    expect(found).to.deep.equal([]);
  });

  for (const [avoid, use] of AVOID)
    it(`says "${use}", never ${avoid}`, async () => {
      const source = await readFile(path.join(PROJECT_ROOT, 'src', 'text', 'nl', 'texts.ts'), 'utf8');
      expect(source).to.not.match(avoid);
    });

  it('calls a successful sign-in "Geslaagd" and an unapplied policy "niet toegepast"', () => {
    expect(nl.status.success).to.equal('Geslaagd');
    expect(nl.caNotApplied).to.equal('niet toegepast');
    expect(nl.field.requestId).to.equal('Aanvraag-id');
  });

  it('says the other phrases of the review as a Dutch helpdesk would', () => {
    expect(nl.stepHelp(undefined)).to.match(/^Ik wacht nog op je antwoord op de vraag hierboven\./);
    expect(nl.stepHelp('date')).to.match(/^Ik heb de dag nodig waarop het misging/);
    for (const kind of ['user', 'app', 'date', 'dateChoice', 'ticketTried', 'ticketNote'] as const)
      expect(nl.stepHelp(kind)).to.not.include('"');
    expect(nl.anyApp).to.equal('Alle apps');
    expect(nl.directFound('aanvraag-id')).to.equal('Ik heb de aanmelding gevonden via de aanvraag-id.');
    expect(nl.directNotFoundButCode).to.equal('Wat de foutcode betekent:');
    expect(nl.escalateIfPersists).to.include('de tweede lijn');
    expect(nl.unknownButton).to.include('eerder bericht');
    expect(nl.catalogAlso(['50126'])).to.equal(
      'Vergelijkbare codes: 50126. Typ "wat betekent <code>" voor uitleg.',
    );
  });
});
