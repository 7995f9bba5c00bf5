/**
 * Personal data however it is written: every form people paste (full-width digits, en dash,
 * minus sign, non-breaking hyphen, no-break and doubled spaces, zero-width characters
 * inside) is redacted, and the text around it is kept exactly as written.
 */
import fc from 'fast-check';
import { redact } from '../../../bot/engine/analysis/redact';

/** The Luhn check digit of the 9 digits before it (the 10-digit form). */
function checkDigit(nine: string): string {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let d = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const fullWidth = (digit: string) => String.fromCharCode(0xff10 + Number(digit));
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]; // February 29 has its own tests

const SEPARATORS = ['', '-', '\u2013', '\u2212', '\u2011', '\u2010', '\uff0d', ' ', '\u00a0', '\u202f', '  ', ' - ', ' \u2013 ', '\t', '+'];
const INVISIBLES = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u200e'];
// Text around the number: letters, punctuation, white space, an emoji; no digits, so any digit left after redaction is the number's.
const AROUND = ['a', 'e', 'k', 'z', 'å', 'ä', 'ö', 'Å', 'É', ' ', ' ', ',', '.', '!', '?', '(', ')', ':', ';', '"', '\n', '/', '🙂', '\u00a0'];
const around = fc.string({ unit: fc.constantFrom(...AROUND), maxLength: 25 });
/** Inserts invisible characters strictly inside `text`, never before its first or after its last character. */
const withInvisiblesInside = (text: string) =>
  fc.array(fc.tuple(fc.integer({ min: 1, max: Math.max(1, [...text].length - 1) }), fc.constantFrom(...INVISIBLES)), { maxLength: 3 })
    .map((inserts) => {
      const chars = [...text];
      for (const [at, invisible] of inserts.sort((a, b) => b[0] - a[0])) chars.splice(at, 0, invisible);
      return chars.join('');
    });

interface IdNumber {
  written: string;
  placeholder: string;
  /** The 10 significant digits, for the message when a property fails. */
  digits: string;
}

const idNumber: fc.Arbitrary<IdNumber> = fc
  .record({
    year: fc.integer({ min: 1900, max: 2025 }),
    month: fc.integer({ min: 1, max: 12 }),
    dayIndex: fc.integer({ min: 0, max: 30 }),
    coordination: fc.boolean(),
    serial: fc.integer({ min: 0, max: 999 }),
    twelve: fc.boolean(),
    separator: fc.constantFrom(...SEPARATORS),
    // Per digit: ASCII or full-width, so whole and mixed forms both occur.
    wide: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
  })
  .chain((n) => {
    const day = (n.dayIndex % DAYS_IN_MONTH[n.month - 1]) + 1 + (n.coordination ? 60 : 0);
    const nine = `${pad(n.year % 100, 2)}${pad(n.month, 2)}${pad(day, 2)}${pad(n.serial, 3)}`;
    const ten = nine + checkDigit(nine);
    const plain = (n.twelve ? pad(Math.floor(n.year / 100), 2) : '') + ten;
    const styled = [...plain].map((d, i) => (n.wide[i] ? fullWidth(d) : d));
    styled.splice(styled.length - 4, 0, n.separator);
    return withInvisiblesInside(styled.join('')).map((written) => ({
      written,
      placeholder: n.coordination ? '[samordningsnummer]' : '[personnummer]',
      digits: ten,
    }));
  });

const hasDigit = (text: string) => /\p{Nd}/u.test(text.normalize('NFKC'));

describe('identity and coordination numbers in every written form', () => {
  test.each([
    ['en dash', '811218\u20139876'],
    ['U+2212 minus', '811218\u22129876'],
    ['U+2011 non-breaking hyphen', '811218\u20119876'],
    ['no-break space', '811218\u00a09876'],
    ['two spaces', '811218  9876'],
    ['spaced dash', '811218 - 9876'],
    ['full-width digits', '８１１２１８－９８７６'],
    ['zero-width space inside', '8112\u200b18-98\u200b76'],
    ['12 digits, en dash and zero-width joiner', '1981\u200d1218\u20139876'],
  ])('%s', (_label, written) => {
    const result = redact(`Eleven ${written} har hälsodata.`);
    expect(result.text).toBe('Eleven [personnummer] har hälsodata.');
    expect(result.redactions).toBe(1);
  });

  test('the span reported is the original one, invisible characters inside included', () => {
    const text = 'pnr ８１１２１８\u200b－９８７６!';
    expect(redact(text).spans).toEqual([{ kind: 'personal-identity-number', start: 4, end: 16 }]);
  });

  test('generated numbers inside random text are never left, and the text around is kept', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(around, idNumber), { minLength: 1, maxLength: 3 }), around, (pieces, last) => {
        // A piece between two numbers needs a character, or the digits would run together.
        const gaps = pieces.map(([text], i) => (i > 0 && text === '' ? ' ' : text));
        const input = pieces.map(([, n], i) => gaps[i] + n.written).join('') + last;
        const expected = pieces.map(([, n], i) => gaps[i] + n.placeholder).join('') + last;
        const result = redact(input);
        expect(result.text).toBe(expected);
        expect(result.redactions).toBe(pieces.length);
        expect(hasDigit(result.text)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  test('a number with a wrong check digit stays, whatever its form', () => {
    fc.assert(
      // Born 2000–2009 in the 10-digit form, a number also reads as a Swedish phone number, which is redacted as one.
      fc.property(idNumber.filter((n) => !/^0/.test(n.written.normalize('NFKC'))), (n) => {
        // Changing the last digit breaks Luhn: such a number is someone's order number, not a person.
        const chars = [...n.written];
        const lastDigit = chars.length - 1 - [...chars].reverse().findIndex((c) => hasDigit(c));
        chars[lastDigit] = String((Number(chars[lastDigit].normalize('NFKC')) + 1) % 10);
        const wrong = chars.join('');
        expect(redact(`nr ${wrong} här`).text).toBe(`nr ${wrong} här`);
      }),
      { numRuns: 200 },
    );
  });
});

describe('e-mail addresses in every written form', () => {
  const local = fc.string({ unit: fc.constantFrom('a', 'n', 's', 'v', 'ö', '.', '_', '1', '7'), minLength: 1, maxLength: 12 })
    .filter((s) => /^[^.].*[^.]$|^[^.]$/.test(s));
  const at = fc.constantFrom('@', '\uff20', '\ufe6b');
  const domain = fc.constantFrom('kommun.se', 'region.skåne.se', 'ＭＡＬＭＯ.ＳＥ', 'sub.example.org');
  const address = fc.tuple(local, at, domain).chain(([l, a, d]) => withInvisiblesInside(`${l}${a}${d}`));

  test('generated addresses inside random text are replaced, the text around kept', () => {
    fc.assert(
      fc.property(around, address, around, (before, written, after) => {
        const result = redact(`${before} ${written} ${after}`);
        expect(result.text).toBe(`${before} [e-postadress] ${after}`);
        expect(result.redactions).toBe(1);
      }),
      { numRuns: 200 },
    );
  });
});

describe('phone numbers in every written form', () => {
  const dash = fc.constantFrom('-', '\u2013', '\u2212', '\u2011', '');
  const space = fc.constantFrom(' ', '\u00a0', '\u202f', '  ', '');
  const phone = fc
    .record({ prefix: fc.constantFrom('070', '072', '073', '076', '079'), rest: fc.integer({ min: 1_000_000, max: 9_999_999 }), dash, space, wide: fc.boolean(), international: fc.boolean() })
    .chain((p) => {
      const rest = pad(p.rest, 7);
      const head = p.international ? `+46${p.space || ' '}${p.prefix.slice(1)}` : p.prefix;
      const digits = `${head}${p.dash}${rest.slice(0, 3)}${p.space}${rest.slice(3, 5)}${p.space}${rest.slice(5)}`;
      return withInvisiblesInside(p.wide ? digits.replace(/\d/g, fullWidth) : digits);
    });

  test('generated mobile numbers inside random text leave no digit behind', () => {
    fc.assert(
      fc.property(around, phone, around, (before, written, after) => {
        const result = redact(`${before} ${written} ${after}`);
        // A 10-digit mobile number can also be a valid personnummer (070123-4567); either placeholder hides it.
        expect([`${before} [telefonnummer] ${after}`, `${before} [personnummer] ${after}`]).toContain(result.text);
        expect(result.redactions).toBe(1);
      }),
      { numRuns: 200 },
    );
  });
});

describe('law, case, date and file references are kept, in any dash or space', () => {
  const reference = fc.constantFrom(
    'SFS 2009:400', 'SFS\u00a02009:400', '2018-06-01', '2018\u201306\u201301', '2018\u221206\u221201', 'HFD 3530-23', 'HFD\u00a03530\u201323',
    'dnr 0349/16', 'Dnr\u00a00349/16', 'C-311/18', 'C\u2011311/18', 'prop. 2017/18:105', 'mål nr 3530\u201323', 'SOU 2021:1', '10 kap. 2 a §',
    '2020-01-01 \u2013 2021-12-31', 'IMY-2022-1234', 'artikel 28.3', 'kl. 08.00\u201317.00', '(EU) 2016/679',
  );

  test('references inside random text are not redacted and the text is unchanged', () => {
    fc.assert(
      fc.property(around, reference, around, (before, ref, after) => {
        const text = `${before} ${ref} ${after}`;
        expect(redact(text)).toEqual({ text, redactions: 0, spans: [] });
      }),
      { numRuns: 300 },
    );
  });
});
