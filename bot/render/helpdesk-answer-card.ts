/**
 * The helpdesk's answer as the asker receives it: a card with the (redacted) answer, who gave
 * it and the ticket id, and helpful / not helpful buttons in Teams; text elsewhere, since
 * Slack and the Emulator have no card actions.
 */
import { Activity, ActivityTypes, CardFactory, Channels, TextFormatTypes } from 'botbuilder';
import { HELPDESK_STRINGS } from '../engine';
import { Ticket } from '../store/ticket-store';
import { oneLine, paragraphsOf } from './answer-parts';
import { AdaptiveCardJson, adaptiveCard, label, labelled, literalParagraphs, submit } from './card-elements';
import { escapeMarkdown, escapeSlack } from './escape';
import { ticketFeedbackSubmit } from './ticket-actions';

export function helpdeskAnswerCardJson(ticket: Ticket): AdaptiveCardJson {
  const s = HELPDESK_STRINGS[ticket.language];
  const answer = ticket.helpdeskAnswer ?? '';
  return adaptiveCard(
    ticket.language,
    `${s.answerTitle} (${ticket.id}): ${oneLine(answer)}`,
    [
      label(s.answerTitle, { style: 'heading', weight: 'Bolder', size: 'Large' }),
      label(s.answerFrom(ticket.id), { spacing: 'Small', isSubtle: true }),
      labelled(s.yourQuestion, oneLine(ticket.question), 'Medium'),
      { type: 'Container', spacing: 'Medium', items: literalParagraphs(answer) },
    ],
    [submit(s.helpful, ticketFeedbackSubmit(ticket.id, 'helpful')), submit(s.notHelpful, ticketFeedbackSubmit(ticket.id, 'not_helpful'))],
  );
}

/** The answer for the asker's channel. */
export function renderHelpdeskAnswer(ticket: Ticket, channelId: string): Partial<Activity> {
  const s = HELPDESK_STRINGS[ticket.language];
  const lines = paragraphsOf(ticket.helpdeskAnswer ?? '');
  switch (channelId) {
    case Channels.Msteams:
      return { type: ActivityTypes.Message, attachments: [CardFactory.adaptiveCard(helpdeskAnswerCardJson(ticket))] };
    case Channels.Slack: {
      const text = [
        `*${escapeSlack(s.answerTitle)}*`,
        `_${escapeSlack(s.yourQuestion)}_ ${escapeSlack(oneLine(ticket.question))}`,
        lines.map(escapeSlack).join('\n'),
        escapeSlack(s.answerTextHint(ticket.id)),
      ].join('\n\n');
      // As for answers: channelData reaches Slack's chat.postMessage untouched, so mrkdwn survives.
      return { type: ActivityTypes.Message, text, textFormat: TextFormatTypes.Markdown, channelData: { text } };
    }
    default: {
      const text = [
        `**${escapeMarkdown(s.answerTitle)}**`,
        `_${escapeMarkdown(s.yourQuestion)}_ ${escapeMarkdown(oneLine(ticket.question))}`,
        lines.map(escapeMarkdown).join('\n\n'),
        escapeMarkdown(s.answerTextHint(ticket.id)),
      ].join('\n\n');
      return { type: ActivityTypes.Message, text, textFormat: TextFormatTypes.Markdown };
    }
  }
}
