/**
 * The helpdesk's answer as the asker receives it: a card with the (redacted) answer, who gave
 * it and the ticket id, and helpful / not helpful buttons in Teams, expanded from its template
 * with a typed model; text elsewhere, since Slack and the Emulator have no card actions. The
 * module owns what its buttons send back too: the asker's reader
 * (bot/teams/asker/read-helpdesk-answer-vote.ts) reads exactly this payload.
 */
import { Activity, ActivityTypes, CardFactory, Channels, TextFormatTypes } from 'botbuilder';
import { Template } from 'adaptivecards-templating';
import { HELPDESK_STRINGS, Language } from '../engine';
import { Ticket } from '../store/ticket-store';
import { oneLine, paragraphsOf } from './answer-parts';
import { Vote } from './answer-card';
import { escapeMarkdown, escapeSlack } from './escape';
import { CARD_ENVELOPE, CARD_TEXT_FIELDS, labelledRun } from './card-template-parts';

// ── What the card's buttons send back ────────────────────────────────────────────────────────

export const HELPDESK_ANSWER_CARD_ACTION = { feedback: 'molnkoll.ticket.feedback' } as const;

/** The asker's rating of the helpdesk's answer: the ticket id and the vote, nothing else. */
export interface TicketFeedbackSubmit {
  action: typeof HELPDESK_ANSWER_CARD_ACTION.feedback;
  ticketId: string;
  vote: Vote;
}

export function ticketFeedbackSubmit(ticketId: string, vote: Vote): TicketFeedbackSubmit {
  return { action: HELPDESK_ANSWER_CARD_ACTION.feedback, ticketId, vote };
}

// ── The card ────────────────────────────────────────────────────────────────────────────────

/** One field per `${…}` in the template. */
export interface HelpdeskAnswerCardModel {
  lang: Language;
  fallbackText: string;
  title: string;
  from: string;
  /** Ends in a space: runs are laid out inline with nothing in between. */
  questionLabel: string;
  question: string;
  paragraphs: { text: string }[];
  helpful: string;
  helpfulData: TicketFeedbackSubmit;
  notHelpful: string;
  notHelpfulData: TicketFeedbackSubmit;
}

/** Parsed once, at load. The answer sits in TextRuns, which render without Markdown. */
const template = new Template({
  ...CARD_ENVELOPE,
  ...CARD_TEXT_FIELDS,
  body: [
    { type: 'TextBlock', text: '${title}', wrap: true, style: 'heading', weight: 'Bolder', size: 'Large' },
    { type: 'TextBlock', text: '${from}', wrap: true, spacing: 'Small', isSubtle: true },
    labelledRun('${questionLabel}', '${question}', 'Medium'),
    {
      type: 'Container',
      spacing: 'Medium',
      items: [{ type: 'RichTextBlock', $data: '${paragraphs}', spacing: 'Small', inlines: [{ type: 'TextRun', text: '${text}' }] }],
    },
  ],
  actions: [
    { type: 'Action.Submit', title: '${helpful}', data: '${helpfulData}' },
    { type: 'Action.Submit', title: '${notHelpful}', data: '${notHelpfulData}' },
  ],
});

export function toHelpdeskAnswerCardModel(ticket: Ticket): HelpdeskAnswerCardModel {
  const s = HELPDESK_STRINGS[ticket.language];
  const answer = ticket.helpdeskAnswer ?? '';
  return {
    lang: ticket.language,
    fallbackText: `${s.answerTitle} (${ticket.id}): ${oneLine(answer)}`,
    title: s.answerTitle,
    from: s.answerFrom(ticket.id),
    questionLabel: `${s.yourQuestion} `,
    question: oneLine(ticket.question),
    paragraphs: paragraphsOf(answer).map((text) => ({ text })),
    helpful: s.helpful,
    helpfulData: ticketFeedbackSubmit(ticket.id, 'helpful'),
    notHelpful: s.notHelpful,
    notHelpfulData: ticketFeedbackSubmit(ticket.id, 'not_helpful'),
  };
}

/** The expanded card JSON; exported so tests can inspect it without the attachment wrapper. */
export function helpdeskAnswerCardJson(ticket: Ticket): Record<string, unknown> {
  return template.expand({ $root: toHelpdeskAnswerCardModel(ticket) });
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
