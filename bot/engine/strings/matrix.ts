/** The `matris` / `matrix` chat command's wording, in Swedish and English. */
import { Language } from '../types';

export interface MatrixStrings {
  title: string;
  /** The first column's heading. */
  service: string;
  /** Services whose rows equal their parent's: shown once, under the parent. */
  sameAs(children: string[], parent: string): string;
  /** Services no ruling decides for any kind of information. */
  noRuling(services: string[]): string;
  /** Slack's table is turned: data classes down, services across. */
  slackHeading: string;
  /** Short cell words, so a row fits a chat column. */
  cells: Record<'allowed' | 'conditional' | 'pending' | 'not_allowed' | 'none', string>;
  footer: string;
}

export const MATRIX_STRINGS: Record<Language, MatrixStrings> = {
  sv: {
    title: 'Besked per tjänst och typ av information',
    service: 'Tjänst',
    sameAs: (children, parent) => `${children.join(', ')}: som ${parent}.`,
    noRuling: (services) => `Inget beslut i underlaget för: ${services.join(', ')}.`,
    slackHeading: 'Typ av information',
    cells: { allowed: 'Tillåtet', conditional: 'Med villkor', pending: 'Inte ännu', not_allowed: 'Nej', none: '–' },
    footer: 'Fråga om en cell för villkor och källor, till exempel: Får jag lagra hälsodata i Office 365?',
  },
  en: {
    title: 'Verdicts per service and kind of information',
    service: 'Service',
    sameAs: (children, parent) => `${children.join(', ')}: as ${parent}.`,
    noRuling: (services) => `No ruling in the sources for: ${services.join(', ')}.`,
    slackHeading: 'Kind of information',
    cells: { allowed: 'Allowed', conditional: 'Conditions', pending: 'Not yet', not_allowed: 'No', none: '–' },
    footer: 'Ask about a cell for its conditions and sources, for example: May I store health data in Office 365?',
  },
};
