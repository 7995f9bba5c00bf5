/** The sentences of a plain-text answer, in Swedish and English. Channels reuse them and add their own framing. */
import { Language, LocalizedText, PairRef, SourceRef } from '../types';

/** How a kind of information named with "utan" / "without" before it is read ({term}: the words as written). */
export const ORDINARY_READING: LocalizedText = {
  sv: "Jag läser '{term}' som vanlig information som inte är sekretessbelagd.",
  en: "I read '{term}' as ordinary information that is not confidential.",
};

export interface AnswerStrings {
  /** "— enligt Intraservice, Göteborgs Stad (ca oktober 2018) [1]" after the verdict headline. */
  decidedBy(source: SourceRef): string;
  pairs(pairs: PairRef[]): string;
  decisionLine(pairs: string, headline: string, source: SourceRef): string;
  inherited(dataLabel: string, parentLabel: string): string;
  serviceVia(serviceLabel: string, parentLabel: string): string;
  dependsOnInformation(sector: string): string;
  /** A kind of information asked about without a service: the rulings follow, service by service. */
  acrossServices(data: string): string;
  everyService: string;
  /** A service asked about as "what may I keep there": the rulings follow, kind by kind. */
  acrossData(service: string): string;
  noRulingsFor(service: string): string;
  /** Whose ruling decides the pairs, and when: "Beslutet om hälsodata i Office 365 fattades av … (ca oktober 2018) [1]." */
  rulingMade(pairs: string, source: SourceRef): string;
  /** Rulings (of a year, or '' for all) that later law bears on; the list follows. */
  review(year: string): string;
  everyOtherService: string;
  readingOrdinary: string;
  readingSector: string;
  conditions: string;
  laterDocument(rulingDate: string, source: SourceRef, change: string | undefined): string;
  /** Several later documents bearing on rulings of one year: an opening line, one item each, a closing line. */
  laterDocumentsIntro(rulingDate: string): string;
  laterDocumentItem(source: SourceRef, change: string | undefined): string;
  laterDocumentsOutro: string;
  broaderRuling(source: SourceRef, headline: string, pair: string): string;
  undecided(pair: string): string;
  unknownService(name: string): string;
  unknownNames(names: string[]): string;
  typo(written: string, read: string): string;
  /** What a follow-up took from the previous question: "Jag antar att du fortfarande menar hälsodata." */
  assumed(data: string[], services: string[]): string;
  /** A short question that points back ("När kom det?") is read as about the previous answer's source. */
  pointedBack(subject: string): string;
  /** Suggested follow-ups: a kind of information in a service, a term to explain. */
  suggestPair(data: string, service: string): string;
  suggestWhatIs(term: string): string;
  noDataClass: string;
  notAnswered: string;
  piiReminder: string;
  disclaimer: string;
  unknownIssuer: string;
  unknownDate: string;
  and: string;
}

const MONTHS: Record<Language, string[]> = {
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** An approximate date is shown as a month and year with "ca" / "about", never as an exact day. */
export function formatDate(date: string, approximate: boolean, language: Language): string {
  const match = /^(\d{4})-(\d{2})-\d{2}$/.exec(date);
  if (!approximate || !match) return date;
  return `${language === 'sv' ? 'ca' : 'about'} ${MONTHS[language][Number(match[2]) - 1]} ${match[1]}`;
}

function list(items: string[], and: string): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/** "hälsodata i OneDrive och SharePoint": the classes, then the services they are asked about. */
function pairsText(pairs: PairRef[], language: Language): string {
  const and = language === 'sv' ? 'och' : 'and';
  const data = [...new Set(pairs.map((p) => p.dataLabel))];
  const services = [...new Set(pairs.flatMap((p) => (p.serviceLabel ? [p.serviceLabel] : [])))];
  const where = services.length > 0 ? ` ${language === 'sv' ? 'i' : 'in'} ${list(services, and)}` : '';
  return `${list(data, and)}${where}`;
}

const source = (s: SourceRef, language: Language, unknownIssuer: string, unknownDate: string) =>
  `${s.issuer || unknownIssuer} (${s.date ? formatDate(s.date, s.dateApproximate, language) : unknownDate}) [${s.n}]`;

const year = (date: string) => date.slice(0, 4);

export const ANSWER_STRINGS: Record<Language, AnswerStrings> = {
  sv: {
    decidedBy: (s) => `enligt ${source(s, 'sv', 'okänd utgivare', 'datum saknas')}`,
    pairs: (pairs) => pairsText(pairs, 'sv'),
    decisionLine: (pairs, headline, s) => `${capitalize(pairs)}: ${headline.toLowerCase()}, enligt ${source(s, 'sv', 'okänd utgivare', 'datum saknas')}.`,
    inherited: (data, parent) => `${capitalize(data)} räknas som ${parent}, så beslutet om ${parent} gäller.`,
    serviceVia: (service, parent) => `${service} ingår i ${parent}, så beslutet om ${parent} gäller.`,
    dependsOnInformation: (sector) => `Det beror på vilken information det gäller. Jag läser '${sector}' på två sätt:`,
    acrossServices: (data) => `Frågan nämner ingen tjänst. Så här säger underlaget om ${data}:`,
    everyService: 'alla tjänster',
    acrossData: (service) => `Så här säger underlaget om ${service}, för olika slags information:`,
    noRulingsFor: (service) => `Underlaget har inga beslut om ${service}, för någon sorts information.`,
    rulingMade: (pairs, s) => `Beslutet om ${pairs} fattades av ${source(s, 'sv', 'okänd utgivare', 'datum saknas')}.`,
    review: (year) => `Beslut${year ? ` från ${year}` : ''} i underlaget som senare lagar och beslut rör, och vad som har kommit sedan:`,
    everyOtherService: 'alla andra tjänster',
    readingOrdinary: 'Vanlig information som inte är sekretessbelagd',
    readingSector: 'Sekretessbelagda uppgifter',
    conditions: 'Villkor:',
    laterDocument: (rulingDate, s, change) => `Beslutet är från ${year(rulingDate)}. Sedan ${formatDate(s.date, s.dateApproximate, 'sv')} finns ${s.title} [${s.n}]${change ? `. ${sentence(change)}` : ', som rör samma fråga.'} Kontrollera om beslutet har omprövats.`,
    laterDocumentsIntro: (rulingDate) => `Beslutet är från ${year(rulingDate)}. Sedan dess har det kommit:`,
    laterDocumentItem: (s, change) => `${formatDate(s.date, s.dateApproximate, 'sv')}: ${s.title} [${s.n}]${change ? `. ${sentence(change)}` : '.'}`,
    laterDocumentsOutro: 'Kontrollera om beslutet har omprövats.',
    broaderRuling: (s, headline, pair) => `Observera: ${s.title} (${source(s, 'sv', 'okänd utgivare', 'datum saknas')}) är nyare och säger "${headline.toLowerCase()}" om ${pair}.`,
    undecided: (pair) => `Underlaget har inget beslut om ${pair}.`,
    unknownService: (name) => `Det finns inget beslut om ${name} i underlaget.`,
    unknownNames: (names) => `Underlaget nämner inte ${list(names.map((n) => `'${n}'`), 'eller')}.`,
    typo: (written, read) => `Jag läste '${written}' som '${read}'.`,
    suggestPair: (data, service) => `Får jag lagra ${data} i ${service}?`,
    suggestWhatIs: (term) => `Vad är ${term}?`,
    assumed: (data, services) => `Jag antar att du fortfarande menar ${[listOf(data, 'och'), listOf(services, 'och')].filter(Boolean).join(' i ')}.`,
    pointedBack: (subject) => `Jag läser frågan som en fortsättning på förra svaret, om ${subject}.`,
    noDataClass: 'Frågan säger inte vilken sorts information det gäller (till exempel intern, sekretessbelagd eller hälsodata), så jag kan inte ge något besked om vad som är tillåtet.',
    notAnswered: 'Jag hittar inget i underlaget som besvarar frågan, och jag vill inte gissa. Vill du att helpdesk tittar på den? Skriv "helpdesk" eller använd knappen Fråga helpdesk.',
    piiReminder: 'Jag tog bort personuppgifter ur frågan. Klistra inte in personnummer eller andra personuppgifter här.',
    disclaimer: 'Detta är vägledning utifrån de citerade dokumenten, inte juridisk rådgivning. Se källornas utgivare och datum.',
    unknownIssuer: 'okänd utgivare',
    unknownDate: 'datum saknas',
    and: 'och',
  },
  en: {
    decidedBy: (s) => `according to ${source(s, 'en', 'unknown issuer', 'no date')}`,
    pairs: (pairs) => pairsText(pairs, 'en'),
    decisionLine: (pairs, headline, s) => `${capitalize(pairs)}: ${headline.toLowerCase()}, according to ${source(s, 'en', 'unknown issuer', 'no date')}.`,
    inherited: (data, parent) => `${capitalize(data)} counts as ${parent}, so the ruling on ${parent} applies.`,
    serviceVia: (service, parent) => `${service} is part of ${parent}, so the ruling on ${parent} applies.`,
    dependsOnInformation: (sector) => `It depends on the information. I read '${sector}' in two ways:`,
    acrossServices: (data) => `The question names no service. This is what the sources say about ${data}:`,
    everyService: 'every service',
    acrossData: (service) => `This is what the sources say about ${service}, for different kinds of information:`,
    noRulingsFor: (service) => `The sources have no rulings on ${service}, for any kind of information.`,
    rulingMade: (pairs, s) => `The ruling on ${pairs} was made by ${source(s, 'en', 'unknown issuer', 'no date')}.`,
    review: (year) => `Rulings${year ? ` from ${year}` : ''} in the sources that later law and decisions bear on, and what has come since:`,
    everyOtherService: 'every other service',
    readingOrdinary: 'Ordinary information that is not confidential',
    readingSector: 'Confidential information',
    conditions: 'Conditions:',
    laterDocument: (rulingDate, s, change) => `The ruling dates from ${year(rulingDate)}. Since ${formatDate(s.date, s.dateApproximate, 'en')} there is ${s.title} [${s.n}]${change ? `. ${sentence(change)}` : ', which bears on the same question.'} Check whether the ruling has been reviewed.`,
    laterDocumentsIntro: (rulingDate) => `The ruling dates from ${year(rulingDate)}. Since then:`,
    laterDocumentItem: (s, change) => `${formatDate(s.date, s.dateApproximate, 'en')}: ${s.title} [${s.n}]${change ? `. ${sentence(change)}` : '.'}`,
    laterDocumentsOutro: 'Check whether the ruling has been reviewed.',
    broaderRuling: (s, headline, pair) => `Note: ${s.title} (${source(s, 'en', 'unknown issuer', 'no date')}) is newer and says "${headline.toLowerCase()}" for ${pair}.`,
    undecided: (pair) => `The sources have no ruling on ${pair}.`,
    unknownService: (name) => `The sources have no ruling on ${name}.`,
    unknownNames: (names) => `The sources do not mention ${list(names.map((n) => `'${n}'`), 'or')}.`,
    typo: (written, read) => `I read '${written}' as '${read}'.`,
    suggestPair: (data, service) => `May I store ${data} in ${service}?`,
    suggestWhatIs: (term) => `What is ${term}?`,
    assumed: (data, services) => `I take it you still mean ${[listOf(data, 'and'), listOf(services, 'and')].filter(Boolean).join(' in ')}.`,
    pointedBack: (subject) => `I read this as following on from the previous answer, about ${subject}.`,
    noDataClass: 'The question does not say what kind of information it concerns (for example internal, confidential or health data), so I cannot say what is allowed.',
    notAnswered: 'I cannot find anything in the sources that answers this, and I will not guess. Would you like the helpdesk to look at it? Type "helpdesk" or use the Ask the helpdesk button.',
    piiReminder: 'I removed personal data from your question. Please do not paste personal identity numbers or other personal data here.',
    disclaimer: 'This is guidance based on the cited documents, not legal advice. Check each source\'s issuer and date.',
    unknownIssuer: 'unknown issuer',
    unknownDate: 'no date',
    and: 'and',
  },
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Admin-written text as a sentence: a capital first, a full stop last. */
function sentence(text: string): string {
  const trimmed = capitalize(text.trim());
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** "a", "a and b", "a, b and c". */
function listOf(items: string[], and: string): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}
