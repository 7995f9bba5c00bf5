/**
 * Suggested next questions on the bundled knowledge: built from what the answer decided and
 * cited, at most three, and each one, asked, is answered as it was meant.
 */
import path from 'node:path';
import { Engine, createEngine } from '../../../bot/engine';

const KNOWLEDGE = path.resolve(__dirname, '../../../knowledge');
let engine: Engine;
beforeAll(async () => {
  engine = await createEngine({ knowledgeDir: KNOWLEDGE });
});

describe('suggested follow-ups', () => {
  it('offers the looser and the stricter kind of information for the same service, and the newer rule a caveat names', async () => {
    const answer = await engine.ask('Får jag lagra hälsodata i Office 365?');
    expect(answer.suggestions).toEqual([
      'Får jag lagra offentlig information i Office 365?',
      'Vad är OSL 10 kap. 2 a §?',
      'Får jag lagra säkerhetsskyddsklassificerade uppgifter i Office 365?',
    ]);
  });

  it('writes them in the question\'s language', async () => {
    const answer = await engine.ask('May I store health data in Office 365?');
    expect(answer.suggestions[0]).toBe('May I store public information in Office 365?');
    expect(answer.suggestions).toHaveLength(3);
  });

  it('offers only a stricter class where no class gets a looser verdict in that service', async () => {
    const answer = await engine.ask('Får jag lagra internt material i Teams?');
    expect(answer.verdict).toBe('conditional');
    expect(answer.suggestions).toEqual(['Får jag lagra sekretessbelagd information i Microsoft Teams?']);
  });

  it('never suggests the term the question already asks about', async () => {
    const answer = await engine.ask('Vad är Customer Lockbox?');
    expect(answer.suggestions.join(' ')).not.toContain('Customer Lockbox');
  });

  it('offers nothing when the knowledge does not answer', async () => {
    const answer = await engine.ask('Hur många anställda har Malmö stad?');
    expect(answer.answered).toBe(false);
    expect(answer.suggestions).toEqual([]);
  });

  test.each(['Får jag lagra hälsodata i Office 365?', 'May I store health data in Office 365?', 'Får vi lagra sekretessbelagda uppgifter i molnet?', 'Får jag lagra internt material i Teams?'])(
    'every suggestion after "%s" is answered, and a class suggestion gets a verdict',
    async (question) => {
      const answer = await engine.ask(question);
      expect(answer.suggestions.length).toBeGreaterThan(0);
      for (const suggestion of answer.suggestions) {
        const next = await engine.ask(suggestion);
        expect([suggestion, next.answered]).toEqual([suggestion, true]);
        expect([suggestion, next.kind === 'verdict' ? next.verdict !== null : next.citations.length > 0]).toEqual([suggestion, true]);
      }
    },
  );
});
