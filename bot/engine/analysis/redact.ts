/**
 * Finds and replaces personal data before a question is analysed, logged or stored.
 * Precision matters as much as recall: law and case references (SFS 2009:400, C-311/18,
 * dnr 0349/16, 2018-06-01) are everyday content in this domain and must survive.
 */
import { findPhoneNumbersInText } from 'libphonenumber-js';
import { toMatchingText } from './matching-text';

export type PersonalDataKind = 'personal-identity-number' | 'coordination-number' | 'email' | 'phone';
/** `kind` is open so extra sources (e.g. Azure's 'Person') can add their own kinds. */
export interface PersonalDataSpan {
  kind: PersonalDataKind | string;
  start: number;
  end: number;
}

// Maps, not object literals: an extra kind such as 'constructor' must not hit Object.prototype.
const PLACEHOLDERS = new Map<string, string>([
  ['personal-identity-number', '[personnummer]'],
  ['coordination-number', '[samordningsnummer]'],
  ['email', '[e-postadress]'],
  ['phone', '[telefonnummer]'],
]);
const OTHER_PLACEHOLDER = '[personuppgift]';

/** On overlap the more specific kind wins; a personnummer is never reported as a phone number. */
const PRIORITY = new Map<string, number>([
  ['personal-identity-number', 3],
  ['coordination-number', 3],
  ['email', 2],
  ['phone', 1],
]);
const priority = (kind: string): number => PRIORITY.get(kind) ?? 0;

// On the matching text (see matching-text.ts): 6 or 8 date digits, an optional separator
// ('-' or '+', spaces around it allowed, or a space alone), 4 more; never part of a longer digit run.
const ID_NUMBER = /(?<!\d)(\d{6}|\d{8})(?: ?([-+]) ?| )?(\d{4})(?!\d)/g;
// \p{M}: a letter typed as base + combining mark (a + ¨) is still a letter of the address.
const EMAIL = /[\p{L}\p{M}\p{N}._%+-]+@[\p{L}\p{M}\p{N}-]+(?:\.[\p{L}\p{M}\p{N}-]+)*\.\p{L}{2,}/gu;
// A reference keyword just before a number means it is a case or file number, not a phone.
const REFERENCE_BEFORE = /(?<!\p{L})(?:dnr|diarie\p{L}*|ärende\p{L}*|mål\p{L}*|sfs|prop|sou|ds|celex|kap|art|artikel|§)\.?\s*(?:nr\.?|nummer)?\s*[:.]?\s*$/iu;

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Returns the kind of a valid personnummer/samordningsnummer, or null. */
function idNumberKind(datePart: string, separator: string, serial: string): PersonalDataKind | null {
  let year: number;
  if (datePart.length === 8) {
    year = Number(datePart.slice(0, 4));
    // '+' (over 100 years old) belongs to the 10-digit form, but people write it in the 12-digit
    // one too; the century is explicit there, so such a number is still someone's and is redacted.
    if (year < 1800 || year >= 2100) return null;
  } else {
    // The 10-digit form implies the latest century that puts the birth in the past.
    const now = new Date().getUTCFullYear();
    year = Math.floor(now / 100) * 100 + Number(datePart.slice(0, 2));
    if (year > now) year -= 100;
    if (separator === '+') year -= 100;
  }
  const short = datePart.slice(-6);
  const month = Number(short.slice(2, 4));
  const rawDay = Number(short.slice(4, 6));
  const coordination = rawDay > 60;
  if (!isRealDate(year, month, coordination ? rawDay - 60 : rawDay)) return null;
  if (!luhnValid(short + serial)) return null;
  return coordination ? 'coordination-number' : 'personal-identity-number';
}

function findIdNumbers(text: string): PersonalDataSpan[] {
  const spans: PersonalDataSpan[] = [];
  for (const m of text.matchAll(ID_NUMBER)) {
    const kind = idNumberKind(m[1], m[2] ?? '', m[3]);
    if (kind) spans.push({ kind, start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

function findEmails(text: string): PersonalDataSpan[] {
  return [...text.matchAll(EMAIL)].map((m) => ({ kind: 'email', start: m.index, end: m.index + m[0].length }));
}

/** libphonenumber also accepts dates and regulation numbers (2016/679) as Swedish numbers; filter them. */
function looksLikePhone(text: string, start: number, end: number): boolean {
  const raw = text.slice(start, end);
  if (!/^\(?(?:\+|0)/.test(raw)) return false; // Swedish numbers are written with 0, 00 or +
  if (/[/:.]/.test(raw)) return false; // dates, times, 2017/18:105
  if (/^\d{2}-\d{2}-\d{2,4}$/.test(raw)) return false; // 03-11-2018
  return !REFERENCE_BEFORE.test(text.slice(Math.max(0, start - 30), start));
}

/**
 * libphonenumber takes in what comes before the number after a '(' ("( 070-…", "(. 070-…");
 * the number starts at its first digit or '+', or at a '(' right before one ("(08) 123 45 67").
 */
function phoneStart(text: string, start: number, end: number): number {
  const offset = /\(?[+\d]/.exec(text.slice(start, end))?.index ?? 0;
  return start + offset;
}

// libphonenumber gives up on a number after brackets that hold no digit ("() 070-…"); such brackets
// are blanked for the search, same length, so offsets hold. "(08) 123 45 67" keeps its own.
const BRACKET_WITHOUT_DIGIT = /\((?!\d|\+)|(?<!\d)\)/g;

function findPhones(text: string): PersonalDataSpan[] {
  return findPhoneNumbersInText(text.replace(BRACKET_WITHOUT_DIGIT, ' '), 'SE')
    .map((n) => ({ kind: 'phone', start: phoneStart(text, n.startsAt, n.endsAt), end: n.endsAt }))
    .filter((n) => looksLikePhone(text, n.start, n.end));
}

/** Sorts spans and merges overlapping ones; the merged span keeps the highest-priority kind. */
function mergeSpans(spans: PersonalDataSpan[]): PersonalDataSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: PersonalDataSpan[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      if (priority(span.kind) > priority(last.kind)) last.kind = span.kind;
    } else {
      merged.push({ ...span });
    }
  }
  return merged;
}

/**
 * Personal data in `text`, sorted and without overlaps (personnummer > e-mail > phone), in
 * offsets of `text` itself. Found in the matching text, so every written form counts.
 */
export function findPersonalData(text: string): PersonalDataSpan[] {
  const matching = toMatchingText(text);
  const spans: PersonalDataSpan[] = [];
  // In priority order, so an earlier kind claims overlapping text first.
  for (const c of [...findIdNumbers(matching.text), ...findEmails(matching.text), ...findPhones(matching.text)]) {
    if (!spans.some((s) => c.start < s.end && s.start < c.end)) spans.push(c);
  }
  return spans
    .sort((a, b) => a.start - b.start)
    .map((span) => ({ kind: span.kind, ...matching.toOriginal(span.start, span.end) }));
}

/**
 * Replaces the union of the spans found locally and `extraSpans` (overlaps merged) with placeholders.
 * `extraSpans` use UTF-16 offsets into `text`; out-of-range or empty ones are clamped or dropped.
 * The returned `spans` are the merged spans, in offsets of the original `text`.
 */
export function redact(
  text: string,
  extraSpans: PersonalDataSpan[] = [],
): { text: string; redactions: number; spans: PersonalDataSpan[] } {
  const extra = extraSpans
    .map((s) => ({ kind: s.kind, start: Math.max(0, Math.floor(s.start)), end: Math.min(text.length, Math.ceil(s.end)) }))
    .filter((s) => s.start < s.end);
  const spans = mergeSpans([...findPersonalData(text), ...extra]);
  let out = '';
  let at = 0;
  for (const span of spans) {
    out += text.slice(at, span.start) + (PLACEHOLDERS.get(span.kind) ?? OTHER_PLACEHOLDER);
    at = span.end;
  }
  return { text: out + text.slice(at), redactions: spans.length, spans };
}
