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

describe('the Dutch words of the bot', () => {
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
    expect(nl.stepHelp('Wanneer gebeurde het?')).to.match(
      /^Ik wacht nog op je antwoord op de vraag hierboven\./,
    );
    expect(nl.stepHelp('Wanneer gebeurde het?')).to.not.include('"');
    expect(nl.anyApp).to.equal('Alle apps');
    expect(nl.directFound('aanvraag-id')).to.equal('Ik heb de aanmelding gevonden via de aanvraag-id.');
    expect(nl.directNotFoundButCode).to.equal('Wat de foutcode betekent:');
    expect(nl.escalateIfPersists).to.include('de tweede lijn');
  });
});
