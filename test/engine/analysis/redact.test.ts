import { findPersonalData, redact, PersonalDataSpan } from '../../../bot/engine/analysis/redact';

/** Appends the Luhn check digit to nine digits (the 10-digit form without its last digit). */
function withCheckDigit(nine: string): string {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let d = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return nine + String((10 - (sum % 10)) % 10);
}
/** Breaks the check digit on purpose. */
const wrongCheckDigit = (ten: string): string => ten.slice(0, 9) + String((Number(ten[9]) + 1) % 10);

const COORD = withCheckDigit('811278987'); // 1981-12-18 + 60 days
const LEAP = withCheckDigit('000229123'); // 2000-02-29
const BORN_2007 = withCheckDigit('070123456'); // 2007-01-23: also shaped like a mobile number

describe('the Luhn helper agrees with well-known numbers', () => {
  test.each([
    ['121212121', '1212121212'],
    ['811218987', '8112189876'],
  ])('%s -> %s', (nine, ten) => expect(withCheckDigit(nine)).toBe(ten));
});

describe('valid personnummer and samordningsnummer are redacted', () => {
  test.each([
    ['12 digits, dash', '19121212-1212', '[personnummer]'],
    ['12 digits, no separator', '191212121212', '[personnummer]'],
    ['12 digits, space', '19121212 1212', '[personnummer]'],
    ['10 digits, dash', '811218-9876', '[personnummer]'],
    ['10 digits, plus (100+ years)', '121212+1212', '[personnummer]'],
    ['10 digits, no separator', '8112189876', '[personnummer]'],
    ['10 digits, space', '811218 9876', '[personnummer]'],
    ['10 digits, leap day 2000', `${LEAP.slice(0, 6)}-${LEAP.slice(6)}`, '[personnummer]'],
    ['10 digits starting with 0 (also phone-shaped)', BORN_2007, '[personnummer]'],
    ['coordination, 10 digits', `${COORD.slice(0, 6)}-${COORD.slice(6)}`, '[samordningsnummer]'],
    ['coordination, 12 digits', `19${COORD}`, '[samordningsnummer]'],
    ['coordination, 12 digits with dash', `19${COORD.slice(0, 6)}-${COORD.slice(6)}`, '[samordningsnummer]'],
    // Not the official form, but pasted all the same: a real number must not slip through.
    ['"+" in the 12-digit form', '19121212+1212', '[personnummer]'],
  ])('%s: %s', (_label, input, placeholder) => {
    const result = redact(input);
    expect(result.text).toBe(placeholder);
    expect(result.redactions).toBe(1);
    expect(result.text.replace(/\D/g, '')).not.toContain(input.replace(/\D/g, '').slice(-10));
  });
});

describe('invalid numbers are left alone', () => {
  test.each([
    ['Luhn fails, 12 digits', '19121212-1213'],
    ['Luhn fails, 10 digits', '811218-9875'],
    ['Luhn fails, no separator', '8112189875'],
    ['Luhn fails, coordination', wrongCheckDigit(COORD)],
    ['month 13 (Luhn holds)', withCheckDigit('811318987')],
    ['day 32 (Luhn holds)', withCheckDigit('811232987')],
    ['February 30 (Luhn holds)', withCheckDigit('810230987')],
    ['coordination day 92 (Luhn holds)', withCheckDigit('811292987')],
    ['coordination day 60 = day 0 (Luhn holds)', withCheckDigit('811260987')],
    ['29 February 1900 via "+" (not a leap year)', `${LEAP.slice(0, 6)}+${LEAP.slice(6)}`],
    ['century before 1800', '17121212-1212'],
    ['inside a 16-digit card number', '4111121212121212'],
    ['card number in groups', '1234 5678 9012 3456'],
    ['a digit before', '9811218-9876'],
    ['a digit before, no separator', '98112189876'],
    ['eight digits before the dash', '11811218-9876'],
    ['a digit after', '811218-98761'],
    ['order number', 'order 4829301174'],
  ])('%s: %s', (_label, input) => {
    expect(redact(input)).toEqual({ text: input, redactions: 0, spans: [] });
  });
});

describe('numbers inside text and punctuation', () => {
  test.each([
    ['för 19121212-1212 via', 'för [personnummer] via'],
    ['(8112189876)', '([personnummer])'],
    ['pnr:811218-9876.', 'pnr:[personnummer].'],
    ['"811218-9876", sa hon', '"[personnummer]", sa hon'],
    ['Elev 19121212-1212 och 811218-9876 har samma lärare.', 'Elev [personnummer] och [personnummer] har samma lärare.'],
    [`Hans samordningsnummer är ${COORD}!`, 'Hans samordningsnummer är [samordningsnummer]!'],
  ])('%s', (input, expected) => {
    const result = redact(input);
    expect(result.text).toBe(expected);
    expect(result.redactions).toBe((expected.match(/\[/g) ?? []).length);
    for (const digits of input.match(/\d{6,}/g) ?? []) expect(result.text).not.toContain(digits);
  });
});

describe('e-mail addresses', () => {
  test.each([
    ['anna.svensson@kommun.se', '[e-postadress]'],
    ['Mejla anna.svensson@malmo.se.', 'Mejla [e-postadress].'],
    ['skriv till x+tag@sub.example.org i dag', 'skriv till [e-postadress] i dag'],
    ['<förnamn.efternamn@region.skåne.se>', '<[e-postadress]>'],
    ['0701234567@sms.se', '[e-postadress]'],
  ])('%s', (input, expected) => {
    expect(redact(input).text).toBe(expected);
  });
});

describe('phone numbers', () => {
  test.each([
    ['070-123 45 67'],
    ['08-123 456 78'],
    ['+46 70 123 45 67'],
    ['031-365 00 00'],
    ['0701234567'],
    ['(08) 123 45 67'],
    ['0046 8 123 45 67'],
    ['+46 (0)8-123 45 67'],
    ['+44 20 7946 0958'],
  ])('%s', (number) => {
    const result = redact(`Ring ${number} i dag.`);
    expect(result.text).toBe('Ring [telefonnummer] i dag.');
    expect(result.redactions).toBe(1);
  });

  test.each([
    ['Kontakta Edwards 070-123 45 67', 'Kontakta Edwards [telefonnummer]'], // "ds" (departementsserien) only as a word
    ['Vid start 08-123 456 78', 'Vid start [telefonnummer]'], // "art" only as a word
  ])('reference keywords count only as whole words: %s', (input, expected) => {
    expect(redact(input).text).toBe(expected);
  });

  test('two numbers in one text', () => {
    expect(redact('Ring 031-365 00 00 eller 08-123 456 78.').text).toBe('Ring [telefonnummer] eller [telefonnummer].');
  });
});

describe('law, case and date references are not personal data', () => {
  test.each([
    ['Beslutet kom 2018-06-01.'],
    ['Gäller från år 2023.'],
    ['Vad innebär 10 kap. 2 a § offentlighets- och sekretesslagen?'],
    ['Se SFS 2009:400 och SOU 2021:1.'],
    ['Kammarrätten i mål 3530-23'],
    ['EU-domstolen i C-311/18 (Schrems II)'],
    ['Tribunalen i T-553/23'],
    ['IMY dnr 0349/16'],
    ['Förordning (EU) 2016/679, artikel 28.3'],
    ['prop. 2017/18:105'],
    ['Avtalet gäller 2020-01-01 – 2021-12-31.'],
    ['Beslut 03-11-2018'],
    ['ärende 0312-2022'],
    ['Öppet kl. 08.00–17.00'],
    ['IMY-2022-1234 och DI-2019-4062'],
    ['dnr 2023/1234, KSN-2023-0123, Dnr 01-2023/45'],
  ])('%s', (input) => {
    expect(findPersonalData(input)).toEqual([]);
    expect(redact(input).text).toBe(input);
  });
});

describe('findPersonalData', () => {
  test('reports kinds and offsets in text order', () => {
    const text = 'Tel 070-123 45 67, pnr 811218-9876, a@b.se';
    expect(findPersonalData(text)).toEqual([
      { kind: 'phone', start: 4, end: 17 },
      { kind: 'personal-identity-number', start: 23, end: 34 },
      { kind: 'email', start: 36, end: 42 },
    ]);
  });

  test.each([
    ['no separator', `tel ${BORN_2007}`],
    ['dash', `tel ${BORN_2007.slice(0, 6)}-${BORN_2007.slice(6)}`],
  ])('a personnummer that is also phone-shaped is counted once, as a personnummer (%s)', (_label, text) => {
    expect(findPersonalData(text)).toEqual([{ kind: 'personal-identity-number', start: 4, end: text.length }]);
  });
});

describe('redact with extra spans', () => {
  const text = 'Anna Svensson har pnr 811218-9876.';
  test.each<[string, PersonalDataSpan[], string, number]>([
    ['none', [], 'Anna Svensson har pnr [personnummer].', 1],
    ['a person', [{ kind: 'Person', start: 0, end: 13 }], '[personuppgift] har pnr [personnummer].', 2],
    ['overlapping the local span: merged, personnummer wins', [{ kind: 'Person', start: 18, end: 30 }], 'Anna Svensson har [personnummer].', 1],
    ['duplicate of the local span', [{ kind: 'SwedishNationalId', start: 22, end: 33 }], 'Anna Svensson har pnr [personnummer].', 1],
    ['out of range: clamped', [{ kind: 'Person', start: -5, end: 4 }], '[personuppgift] Svensson har pnr [personnummer].', 2],
    ['empty or inverted: dropped', [{ kind: 'Person', start: 5, end: 5 }, { kind: 'Person', start: 9, end: 2 }], 'Anna Svensson har pnr [personnummer].', 1],
    ['a kind named like an Object property', [{ kind: 'constructor', start: 0, end: 4 }], '[personuppgift] Svensson har pnr [personnummer].', 2],
  ])('%s', (_label, extra, expected, count) => {
    const result = redact(text, extra);
    expect(result.text).toBe(expected);
    expect(result.redactions).toBe(count);
    expect(result.spans).toHaveLength(count);
  });

  test('returns merged spans in original offsets', () => {
    expect(redact(text, [{ kind: 'Person', start: 0, end: 4 }, { kind: 'Person', start: 2, end: 13 }]).spans).toEqual([
      { kind: 'Person', start: 0, end: 13 },
      { kind: 'personal-identity-number', start: 22, end: 33 },
    ]);
  });

  test('text without personal data is unchanged', () => {
    expect(redact('Får vi använda Teams?')).toEqual({ text: 'Får vi använda Teams?', redactions: 0, spans: [] });
  });
});
