import { detectLanguage, detectQuestionLanguage } from '../../../bot/engine/analysis/detect-language';

describe('detectLanguage', () => {
  test.each([
    ['Vad är Customer Lockbox?', 'sv'],
    ['Påverkar Cloud Act oss?', 'sv'],
    ['May I store health data in Office 365?', 'en'],
    ['What did the Schrems II judgment decide?', 'en'],
    ['Why was the Office 365 rollout paused?', 'en'],
    ['Får jag mejla journalen för [personnummer] via Outlook?', 'sv'],
    ['Can teachers share pupils\' confidential records in Teams?', 'en'],
    ['How do I reset my laptop password?', 'en'],
    ['Hur lång är avtalet om Customer Lockbox?', 'sv'],
    ['Vad innebär 10 kap. 2 a § offentlighets- och sekretesslagen?', 'sv'],
    ['Hur loggar jag in i Teams?', 'sv'],
    ['Får IT-avdelningen använda Zoom?', 'sv'],
    ['Is Teams allowed for IT staff?', 'en'],
    ['Behöver IT-chef, IT-strateg och IT-tekniker utbildning?', 'sv'], // "IT" is not English "it"
    ['Tillåts Dropbox on-premise?', 'sv'], // å outweighs the English "on"
    ['Should we use Dropbox?', 'en'],
    ['WHAT IS THE CLOUD ACT?', 'en'],
  ])('%s -> %s', (text, expected) => {
    expect(detectLanguage(text)).toBe(expected);
  });

  test.each([
    ['empty', ''],
    ['only whitespace and digits', '  2018 \n'],
    ['product names only', 'Customer Lockbox?'],
    ['an acronym', 'GDPR'],
  ])('no evidence goes to Swedish (%s)', (_label, text) => {
    expect(detectLanguage(text)).toBe('sv');
  });

  const swedishParagraph =
    'Myndigheten bedömer att det finns en risk för att uppgifter som omfattas av sekretess kan röjas ' +
    'om de lagras i en molntjänst som tillhandahålls av en leverantör i tredje land. Kommunen bör därför ' +
    'göra en riskbedömning innan tjänsten tas i bruk, och den ska dokumenteras enligt Customer Data Protection Addendum.';
  const englishParagraph =
    'The Court held that the Privacy Shield decision was invalid, because the surveillance programmes of the ' +
    'United States are not limited to what is strictly necessary. Controllers must therefore assess, case by case, ' +
    'whether the law of the third country ensures adequate protection, as noted by Integritetsskyddsmyndigheten and Försäkringskassan.';

  test.each([
    ['a Swedish paragraph with English product names', swedishParagraph, 'sv'],
    ['an English paragraph with Swedish authority names', englishParagraph, 'en'],
    ['a long Swedish document', swedishParagraph.repeat(200), 'sv'],
    ['a long English document', englishParagraph.repeat(200), 'en'],
  ])('%s', (_label, text, expected) => {
    expect(detectLanguage(text)).toBe(expected);
  });
});

describe('detectQuestionLanguage', () => {
  test.each([
    ['health data?', 'en'],
    ['help', 'en'],
    ['patient records in OneDrive', 'en'],
    ['hälsodata?', 'sv'],
    ['sekretess', 'sv'],
    ['Customer Lockbox?', 'sv'],
    ['GDPR', 'sv'],
    ['May I store health data in Office 365?', 'en'],
    ['Vad är Customer Lockbox?', 'sv'],
  ])('%s -> %s', (text, expected) => {
    expect(detectQuestionLanguage(text)).toBe(expected);
  });
});
