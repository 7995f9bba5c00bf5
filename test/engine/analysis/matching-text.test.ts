import { toMatchingText } from '../../../bot/engine/analysis/matching-text';

describe('toMatchingText', () => {
  test.each([
    ['full-width digits and dash', '８１１２１８－９８７６', '811218-9876'],
    ['en dash, minus, non-breaking hyphen', 'a\u2013b\u2212c\u2011d', 'a-b-c-d'],
    ['no-break, narrow and doubled spaces, tab and newline collapse', 'a\u00a0b\u202fc  d\t\ne', 'a b c d e'],
    ['zero-width and other invisible characters go', '81\u200b12\u200c18\u200d\u2060\ufeff\u00ad-9876', '811218-9876'],
    ['spaces around an invisible character are one run', 'a \u200b b', 'a b'],
    ['ligatures expand', 'ﬁl', 'fil'],
    ['letters and emoji stay', 'Får 🙂 ÅÄÖ', 'Får 🙂 ÅÄÖ'],
  ])('%s', (_label, input, expected) => {
    expect(toMatchingText(input).text).toBe(expected);
  });

  test('a span of the matching text maps to the original characters it came from', () => {
    const original = 'pnr:\u00a0８１\u200b１２１８\u2013９８７６.';
    const matching = toMatchingText(original);
    expect(matching.text).toBe('pnr: 811218-9876.');
    const start = matching.text.indexOf('8');
    const { start: from, end: to } = matching.toOriginal(start, start + '811218-9876'.length);
    expect(original.slice(from, to)).toBe('８１\u200b１２１８\u2013９８７６');
  });

  test('a character that expands maps each of its parts back to the whole character', () => {
    const matching = toMatchingText('xﬁy');
    expect(matching.toOriginal(1, 2)).toEqual({ start: 1, end: 2 });
    expect(matching.toOriginal(2, 4)).toEqual({ start: 1, end: 3 });
  });

  test('a collapsed run of white space maps to the whole run', () => {
    const matching = toMatchingText('a \u00a0\t b');
    expect(matching.toOriginal(1, 2)).toEqual({ start: 1, end: 5 });
  });
});
