import { splitSentences } from '../../../bot/engine/compose/select-quote';

describe('splitSentences', () => {
  test.each([
    ['In February 2024 the court decided case no. 3530-23. The document was not public.', ['In February 2024 the court decided case no. 3530-23.', 'The document was not public.']],
    ['De reglerna kom genom prop. 2020/21:194 och gäller sedan 2021. Tillsynen skärptes.', ['De reglerna kom genom prop. 2020/21:194 och gäller sedan 2021.', 'Tillsynen skärptes.']],
    ['Enligt 10 kap. 2 a § OSL får en myndighet lämna ut uppgifter. Det gäller sedan 2023.', ['Enligt 10 kap. 2 a § OSL får en myndighet lämna ut uppgifter.', 'Det gäller sedan 2023.']],
    ['Staden har bl.a. E5-licenser. Dessa ingår i avtalet.', ['Staden har bl.a. E5-licenser.', 'Dessa ingår i avtalet.']],
    ['Beslutet togs 2018. 2019 kom en ny lag.', ['Beslutet togs 2018.', '2019 kom en ny lag.']],
    ['First line\nSecond line. Third one!', ['First line', 'Second line.', 'Third one!']],
  ])('%s', (text, sentences) => {
    expect(splitSentences(text)).toEqual(sentences);
  });
});
