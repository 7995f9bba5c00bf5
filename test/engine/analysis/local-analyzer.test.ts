import { LocalAnalyzer } from '../../../bot/engine/analysis/local-analyzer';

describe('LocalAnalyzer', () => {
  const analyzer = new LocalAnalyzer();

  test.each([
    [
      'Får jag mejla journalen för 19121212-1212 via Outlook?',
      { redactedText: 'Får jag mejla journalen för [personnummer] via Outlook?', redactions: 1, language: 'sv', keyPhrases: [] },
    ],
    [
      'Can I email 811218-9876 results to anna.svensson@kommun.se or call 070-123 45 67?',
      { redactedText: 'Can I email [personnummer] results to [e-postadress] or call [telefonnummer]?', redactions: 3, language: 'en', keyPhrases: [] },
    ],
    [
      'Vad innebär 10 kap. 2 a § OSL?',
      { redactedText: 'Vad innebär 10 kap. 2 a § OSL?', redactions: 0, language: 'sv', keyPhrases: [] },
    ],
    // Detection runs on the redacted text: the address alone would read as English.
    ['the.and.is.what@example.com', { redactedText: '[e-postadress]', redactions: 1, language: 'sv', keyPhrases: [] }],
  ])('%s', async (text, expected) => {
    await expect(analyzer.analyze(text)).resolves.toEqual(expected);
  });
});
