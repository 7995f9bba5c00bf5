import { sentenceAnswersKind } from '../../../bot/engine/question/kind-evidence';

describe('a sentence that answers "how long" / "how many"', () => {
  test.each([
    ['Nämnden beslutade samtidigt om ett ettårigt avtal för Customer Lockbox.', 'sv', true],
    ['Avtalet var tänkt att gälla i tre år, med möjlighet till förlängning.', 'sv', true],
    ['The board decided on a separate one-year agreement for the add-on.', 'en', true],
    ['The licences were extended for three years, until 2021.', 'en', true],
    ['Omkring 23 000 användare hade redan fått Office 365.', 'sv', true],
    ['Staden gick ändå vidare med både licensavtalet och Lockbox-avtalet.', 'sv', false],
    ['There is one year-end report a year.', 'en', false],
  ])('%s', (sentence, language, answers) => {
    expect(sentenceAnswersKind(sentence, 'how_many', language as 'sv' | 'en')).toBe(answers);
  });
});
