/** Every sentence the engine writes into an answer, in Swedish and English. */
import { Language } from '../types';

export interface AnswerStrings {
  ruling(dataLabel: string, serviceLabel: string | undefined, headline: string, source: string): string;
  inherited(dataLabel: string, parentLabel: string): string;
  conditions: string;
  caveat(source: string, headline: string, dataLabel: string, serviceLabel: string | undefined): string;
  undecided(dataLabel: string, serviceLabel: string | undefined): string;
  noDataClass: string;
  fromSources: string;
  notAnswered: string;
  piiReminder: string;
  disclaimer: string;
  unknownIssuer: string;
  unknownDate: string;
}

const forService = (sv: boolean, label: string | undefined) => (label ? (sv ? ` i ${label}` : ` in ${label}`) : '');

export const ANSWER_STRINGS: Record<Language, AnswerStrings> = {
  sv: {
    ruling: (data, service, headline, source) => `${capitalize(data)}${forService(true, service)}: ${headline.toLowerCase()}, enligt ${source}.`,
    inherited: (data, parent) => `${capitalize(data)} räknas som ${parent}, så det som gäller för ${parent} gäller här.`,
    conditions: 'Villkor:',
    caveat: (source, headline, data, service) => `Observera: ${source} är nyare och säger "${headline.toLowerCase()}" om ${data}${forService(true, service)}.`,
    undecided: (data, service) => `Underlaget har inget beslut om ${data}${forService(true, service)}.`,
    noDataClass: 'Frågan säger inte vilken sorts information det gäller (till exempel intern, sekretessbelagd eller hälsodata), så jag kan inte ge något besked om vad som är tillåtet.',
    fromSources: 'Ur underlaget:',
    notAnswered: 'Jag hittar inget i underlaget som besvarar frågan, och jag vill inte gissa. Vill du att helpdesk tittar på den? Skriv "helpdesk" eller använd knappen Fråga helpdesk.',
    piiReminder: 'Jag tog bort personuppgifter ur frågan. Klistra inte in personnummer eller andra personuppgifter här.',
    disclaimer: 'Detta är vägledning utifrån de citerade dokumenten, inte juridisk rådgivning. Se källornas utgivare och datum.',
    unknownIssuer: 'okänd utgivare',
    unknownDate: 'datum saknas',
  },
  en: {
    ruling: (data, service, headline, source) => `${capitalize(data)}${forService(false, service)}: ${headline.toLowerCase()}, according to ${source}.`,
    inherited: (data, parent) => `${capitalize(data)} counts as ${parent}, so what applies to ${parent} applies here.`,
    conditions: 'Conditions:',
    caveat: (source, headline, data, service) => `Note: ${source} is newer and says "${headline.toLowerCase()}" for ${data}${forService(false, service)}.`,
    undecided: (data, service) => `The sources have no ruling on ${data}${forService(false, service)}.`,
    noDataClass: 'The question does not say what kind of information it concerns (for example internal, confidential or health data), so I cannot say what is allowed.',
    fromSources: 'From the sources:',
    notAnswered: 'I cannot find anything in the sources that answers this, and I will not guess. Would you like the helpdesk to look at it? Type "helpdesk" or use the Ask the helpdesk button.',
    piiReminder: 'I removed personal data from your question. Please do not paste personal identity numbers or other personal data here.',
    disclaimer: 'This is guidance based on the cited documents, not legal advice. Check each source\'s issuer and date.',
    unknownIssuer: 'unknown issuer',
    unknownDate: 'no date',
  },
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
