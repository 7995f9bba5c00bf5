/**
 * What every card template shares: the Adaptive Card 1.5 envelope that Teams shows full width,
 * the language and fallback text each card fills in, and a bold label before a value, both in
 * TextRuns (which render without Markdown, so what people wrote stays as written).
 */
export const CARD_ENVELOPE = {
  type: 'AdaptiveCard',
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  version: '1.5',
  msteams: { width: 'Full' },
} as const;

/** Filled in from each card's model: `lang` and `fallbackText`. */
export const CARD_TEXT_FIELDS = { lang: '${lang}', fallbackText: '${fallbackText}' } as const;

/** "Fråga: …": the label bold, the value as written. */
export function labelledRun(label: string, value: string, spacing?: string): Record<string, unknown> {
  return {
    type: 'RichTextBlock',
    ...(spacing ? { spacing } : {}),
    inlines: [
      { type: 'TextRun', text: label, weight: 'Bolder' },
      { type: 'TextRun', text: value },
    ],
  };
}
