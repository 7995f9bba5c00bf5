/** How each verdict is named to a user; shared by the answer text and every channel's rendering. */
import { Language, Verdict } from '../types';

export const VERDICT_HEADLINES: Record<Language, Record<Verdict | 'none', string>> = {
  sv: {
    allowed: 'Tillåtet',
    conditional: 'Tillåtet med villkor',
    pending: 'Inte ännu',
    not_allowed: 'Inte tillåtet',
    none: 'Inget beslut i underlaget',
  },
  en: {
    allowed: 'Allowed',
    conditional: 'Allowed with conditions',
    pending: 'Not yet',
    not_allowed: 'Not allowed',
    none: 'No ruling in the sources',
  },
};
