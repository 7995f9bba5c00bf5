/** Picks the verdict matrix's rendering for the channel a turn came from. */
import { Activity, ActivityTypes, Channels, TextFormatTypes } from 'botbuilder';
import { Language, MATRIX_STRINGS, VerdictMatrix } from '../engine';
import { buildMatrixCard } from './matrix-card';
import { chatMatrix } from './matrix-rows';
import { matrixSlackText } from './matrix-slack-text';

export function renderMatrix(matrix: VerdictMatrix, channelId: string, language: Language): Partial<Activity> {
  const rows = chatMatrix(matrix, language);
  switch (channelId) {
    case Channels.Msteams:
      return { type: ActivityTypes.Message, summary: MATRIX_STRINGS[language].title, attachments: [buildMatrixCard(rows, language)] };
    default: {
      // Slack's mrkdwn, which the Emulator shows readably too (a code block and plain lines).
      const text = matrixSlackText(rows, language);
      return { type: ActivityTypes.Message, text, textFormat: TextFormatTypes.Markdown, ...(channelId === Channels.Slack ? { channelData: { text } } : {}) };
    }
  }
}
