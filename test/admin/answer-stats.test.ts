import { answersPerDay, answerTotals, helpfulPerWeek, isoWeek } from '../../bot/admin/answer-stats';

describe('answer statistics', () => {
  const facts = [
    { at: '2026-11-02T09:00:00.000Z', answered: false, vote: null },
    { at: '2026-11-02T10:00:00.000Z', answered: true, vote: 'helpful' as const },
    { at: '2026-11-02T11:00:00.000Z', answered: true, vote: 'not_helpful' as const },
    { at: '2026-11-04T11:00:00.000Z', answered: true, vote: null },
  ];

  it('counts answers per day with the answered and helpful ratios', () => {
    expect(answersPerDay(facts)).toEqual([
      { day: '2026-11-02', answers: 3, answered: 2, helpful: 1, notHelpful: 1, answeredRatio: 2 / 3, helpfulRatio: 0.5 },
      { day: '2026-11-04', answers: 1, answered: 1, helpful: 0, notHelpful: 0, answeredRatio: 1, helpfulRatio: null },
    ]);
    expect(answerTotals(facts)).toEqual({ answers: 4, answered: 3, helpful: 1, notHelpful: 1, answeredRatio: 0.75, helpfulRatio: 0.5 });
    expect(answerTotals([])).toEqual({ answers: 0, answered: 0, helpful: 0, notHelpful: 0, answeredRatio: null, helpfulRatio: null });
  });

  it('names ISO weeks by their Thursday, across a year end', () => {
    expect(isoWeek(new Date('2026-12-03T12:00:00Z'))).toBe('2026-W49');
    expect(isoWeek(new Date('2027-01-01T12:00:00Z'))).toBe('2026-W53');
    expect(isoWeek(new Date('2024-12-30T00:00:00Z'))).toBe('2025-W01');
    expect(isoWeek(new Date('2026-01-04T23:59:00Z'))).toBe('2026-W01');
  });

  it('gives the helpful ratio per week', () => {
    expect(helpfulPerWeek([
      { at: '2026-11-02T10:00:00.000Z', vote: 'helpful' },
      { at: '2026-11-03T10:00:00.000Z', vote: 'not_helpful' },
      { at: '2026-11-04T10:00:00.000Z', vote: 'helpful' },
      { at: '2026-11-10T10:00:00.000Z', vote: 'not_helpful' },
    ])).toEqual([
      { week: '2026-W45', helpful: 2, notHelpful: 1, helpfulRatio: 2 / 3 },
      { week: '2026-W46', helpful: 0, notHelpful: 1, helpfulRatio: 0 },
    ]);
  });
});
