import { normalizeText, reduceSwedishInflection, stemWord, tokenize } from '../../../bot/engine/text/normalize';

describe('Swedish normalisation on real inflections', () => {
  // Each row: inflected forms that must meet their base form.
  test.each([
    ['hälsodata', ['hälsodatan']],
    ['journal', ['journalen', 'journaler', 'journalerna', 'journalens']],
    ['avtal', ['avtalet', 'avtalets', 'avtalen']],
    ['skola', ['skolan', 'skolans', 'skolor']],
    ['licens', ['licenser', 'licenserna', 'licensen']],
    ['utredning', ['utredningar', 'utredningen', 'utredningarna']],
    ['socialtjänst', ['socialtjänsten', 'socialtjänstens']],
    ['elev', ['elever', 'eleverna', 'elevernas']],
    ['sekretessbelagd', ['sekretessbelagda']],
  ])('%s', (base, forms) => {
    for (const form of forms) expect(stemWord(form, 'sv')).toBe(stemWord(base, 'sv'));
  });

  test('the definite-form step leaves -het words and short words alone', () => {
    expect(reduceSwedishInflection('säkerhet')).toBe('säkerhet');
    expect(reduceSwedishInflection('säkerheten')).toBe('säkerheten');
    expect(reduceSwedishInflection('plan')).toBe('plan');
  });

  test('distinct words stay distinct', () => {
    expect(stemWord('intern', 'sv')).not.toBe(stemWord('internet', 'sv'));
    expect(stemWord('avtal', 'sv')).not.toBe(stemWord('avtalslös', 'sv'));
  });
});

describe('English normalisation', () => {
  test.each([
    ['record', ['records']],
    ['pupil', ['pupils']],
    ['disclose', ['disclosed', 'discloses']],
    ['agreement', ['agreements']],
  ])('%s', (base, forms) => {
    for (const form of forms) expect(stemWord(form, 'en')).toBe(stemWord(base, 'en'));
  });

  test('English words are not cut by the Swedish stemmer when stemmed as English', () => {
    expect(stemWord('internal', 'en')).toBe('intern');
    expect(normalizeText('the internal information', 'en')).toEqual(['intern', 'inform']);
  });
});

describe('tokenize', () => {
  test('splits on punctuation and keeps Swedish letters and digits', () => {
    expect(tokenize('OneDrive-mappen: Office 365, "hälsodata"!')).toEqual(['onedrive', 'mappen', 'office', '365', 'hälsodata']);
  });

  test('stop words drop out of the content words', () => {
    expect(normalizeText('Får jag lagra hälsodata i Office 365?', 'sv')).not.toContain('jag');
  });
});
