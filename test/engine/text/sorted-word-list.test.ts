import { SortedWordList } from '../../../bot/engine/text/sorted-word-list';
import { isEnglishWord } from '../../../bot/engine/text/english-words';
import { isSwedishWord } from '../../../bot/engine/text/swedish-words';

describe('SortedWordList', () => {
  const list = SortedWordList.of(['många', 'mängd', 'a', 'zebra', 'mängd', 'Åre', 'ö']);

  it('finds every word it was given, once each, whatever their order', () => {
    for (const word of ['många', 'mängd', 'a', 'zebra', 'Åre', 'ö']) expect(list.has(word)).toBe(true);
    expect(list.size).toBe(6);
  });

  it('finds no other word, not a prefix, not a longer word, not the empty string', () => {
    for (const word of ['mång', 'mängder', 'b', 'zebras', '', 'åre', 'o']) expect(list.has(word)).toBe(false);
  });

  it('holds an empty list', () => {
    expect(SortedWordList.of([]).has('a')).toBe(false);
  });
});

describe('the word lists it holds', () => {
  it('knows English and Swedish words, and not the glossary words they are told apart from', () => {
    expect([isEnglishWord('patent'), isEnglishWord('eleven'), isEnglishWord('onedirve')]).toEqual([true, true, false]);
    expect([isSwedishWord('många'), isSwedishWord('kommun'), isSwedishWord('hälsodatta')]).toEqual([true, true, false]);
  });
});
