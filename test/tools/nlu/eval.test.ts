import { expect } from 'chai';
import { runTool } from '../../helpers/tools';

describe('npm run eval', () => {
  it('prints intent accuracy and slot F1 per language, and the catalog search per kind and language', async () => {
    const { stdout } = await runTool('nlu/eval.js');
    expect(stdout).to.include('Understanding, held-out test part:');
    for (const language of ['en', 'nl'])
      expect(stdout).to.match(
        new RegExp(`^${language}\\s+\\d+\\s+[\\d.]+ %\\s+[\\d.]+ %\\s+[\\d.]+ %\\s+[\\d.]+ %$`, 'm'),
      );
    expect(stdout).to.include('Catalog search, held-out test part:');
    for (const row of ['all', 'kind code', 'kind symptom', 'kind none', 'language en', 'language nl'])
      expect(stdout).to.match(new RegExp(`^${row}\\s+\\d+\\s+[\\d.]+ %\\s+[\\d.]+ %$`, 'm'));
  });

  it('reads the development part with --dev and lists what went wrong with --misses', async () => {
    const { stdout } = await runTool('nlu/eval.js', ['--dev', '--misses']);
    expect(stdout).to.include('Understanding, development part:');
    expect(stdout).to.include('Catalog search, development part:');
    expect(stdout).to.match(/^(?:en|nl) \w+ → \w+ [\d.]+: /m);
  });
});
