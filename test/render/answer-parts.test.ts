import { bodyParagraphsOf, headlineOf } from '../../bot/render/answer-parts';
import { buildMarkdownText } from '../../bot/render/markdown-text';
import { enConditional, enNoVerdict, svPending } from './answer-fixtures';

describe('bodyParagraphsOf', () => {
  test('the verdict is the headline; the body says whose decision it is and when, once', () => {
    expect(bodyParagraphsOf(svPending)[0]).toBe('Enligt Region Exempel (2023-03-14) [1].');
    expect(buildMarkdownText(svPending).match(/Inte ännu/g)).toHaveLength(1);
  });

  test('conditions are left to the channel list, not repeated in the body', () => {
    expect(bodyParagraphsOf(enConditional).join('\n')).not.toContain('Only staff accounts may be members of the team.');
    expect(bodyParagraphsOf(enConditional)[0]).toBe('According to Example Region IT (2024-02-01) [1].');
  });

  test('an approximate date is shown as a month, never as an exact day', () => {
    const approximate = { ...svPending, decisions: svPending.decisions.map((d) => ({ ...d, source: { ...d.source, dateApproximate: true } })) };
    expect(bodyParagraphsOf(approximate)[0]).toBe('Enligt Region Exempel (ca mars 2023) [1].');
  });
});

describe('headlineOf', () => {
  test('a question that asked no verdict is not headed "no ruling"', () => {
    expect(headlineOf(enNoVerdict)).toBe('From the sources');
    expect(headlineOf({ ...enNoVerdict, kind: 'verdict' })).toBe('No ruling in the sources');
  });

  test('a sector read two ways is headed "it depends"', () => {
    const depends = { ...svPending, verdict: null, decisions: svPending.decisions.map((d) => ({ ...d, reading: 'sector' as const })) };
    expect(headlineOf(depends)).toBe('Det beror på vilken information det gäller');
  });

  test('a kind of information asked about without a service is headed "it depends on the service"', () => {
    const across = { ...svPending, verdict: null, notices: { ...svPending.notices, acrossServices: 'hälsodata' } };
    expect(headlineOf(across)).toBe('Det beror på tjänsten');
    expect(headlineOf({ ...across, decisions: [] })).toBe('Inget beslut i underlaget');
  });

  test('a service asked about as "what may I keep there" is headed "it depends on the information"', () => {
    const acrossData = { ...svPending, verdict: null, notices: { ...svPending.notices, acrossData: 'OneDrive' } };
    expect(headlineOf(acrossData)).toBe('Det beror på vilken information det gäller');
  });
});
