import { groupQuestions } from '../../bot/admin/group-questions';
import { QuestionToImprove } from '../../bot/store/admin-queries';

const q = (question: string, at: string, reason: QuestionToImprove['reason'] = 'unanswered', language: QuestionToImprove['language'] = 'sv'): QuestionToImprove => ({ question, at, reason, language });

describe('groupQuestions', () => {
  it('groups wordings that differ in case, inflection and function words, with counts, reasons and the latest date', () => {
    const groups = groupQuestions([
      q('får man använda zoom för möten med eleverna', '2026-11-03T10:00:00.000Z', 'not_helpful'),
      q('Får jag använda Zoom för möten med elever?', '2026-11-02T09:00:00.000Z'),
      q('Vem beslutar om Dropbox?', '2026-11-12T14:00:00.000Z', 'escalated'),
      q('Får vi använda Zoom för möten med elever?', '2026-11-10T11:00:00.000Z'),
    ]);
    expect(groups).toEqual([
      {
        example: 'Får vi använda Zoom för möten med elever?',
        terms: expect.arrayContaining(['zoom', 'möt']),
        count: 3,
        latest: '2026-11-10T11:00:00.000Z',
        reasons: { unanswered: 2, not_helpful: 1, escalated: 0 },
        wordings: ['Får vi använda Zoom för möten med elever?', 'får man använda zoom för möten med eleverna', 'Får jag använda Zoom för möten med elever?'],
      },
      expect.objectContaining({ example: 'Vem beslutar om Dropbox?', count: 1, latest: '2026-11-12T14:00:00.000Z', reasons: { unanswered: 0, not_helpful: 0, escalated: 1 } }),
    ]);
  });

  it('keeps questions about different things apart even when they share the frame', () => {
    const groups = groupQuestions([
      q('Får jag lagra hälsodata i Dropbox?', '2026-11-01T00:00:00.000Z'),
      q('Får jag lagra skoldata i Zoom?', '2026-11-02T00:00:00.000Z'),
    ]);
    expect(groups.map((g) => g.count)).toEqual([1, 1]);
  });

  it('stems English questions in English', () => {
    const groups = groupQuestions([
      q('May I store patient records in Dropbox?', '2026-11-01T00:00:00.000Z', 'unanswered', 'en'),
      q('may we store patient record in dropbox', '2026-11-02T00:00:00.000Z', 'unanswered', 'en'),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0].count).toBe(2);
  });

  it('returns nothing for nothing', () => {
    expect(groupQuestions([])).toEqual([]);
  });
});
