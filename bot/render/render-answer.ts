/**
 * Picks the rendering of an Answer for the channel a turn came from.
 */
import { Activity, ActivityTypes, Channels, TextFormatTypes } from 'botbuilder';
import { Answer } from '../engine';
import { AnswerCardState, buildAnswerCard, fitAnswerCard } from './answer-card';
import { buildSlackText } from './slack-text';
import { buildMarkdownText } from './markdown-text';

/** `answerId` is the answer log's id, which the Teams card's buttons carry; `state`, what the asker did on the card. */
export function renderAnswer(answer: Answer, channelId: string, answerId: string, state: AnswerCardState = {}): Partial<Activity> {
  switch (channelId) {
    case Channels.Msteams: {
      // `summary` is what the chat list and notifications show, and `text` a line above the
      // card: the verdict and who decided it, rather than a generic "sent a card".
      const fitted = fitAnswerCard(answer, answerId, state);
      return { type: ActivityTypes.Message, summary: fitted.view.preview, text: fitted.view.preview, attachments: [buildAnswerCard(answer, answerId, fitted)] };
    }
    case Channels.Slack: {
      const text = buildSlackText(answer);
      // Azure Bot Service converts `text` from Markdown for Slack (single `*` becomes italic);
      // channelData is posted to Slack's chat.postMessage as is, so the mrkdwn survives there.
      return { type: ActivityTypes.Message, text, textFormat: TextFormatTypes.Markdown, channelData: { text } };
    }
    default:
      return { type: ActivityTypes.Message, text: buildMarkdownText(answer), textFormat: TextFormatTypes.Markdown };
  }
}
