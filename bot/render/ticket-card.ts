/**
 * The ticket card in the helpdesk channel: the redacted question and comment, what Molnkoll
 * answered (verdict, text, sources), the status and its times, that an answer was sent (never
 * its text: that is the asker's), and only the actions the ticket's status allows. Expanded from
 * its template with a typed model, a pure function of the ticket, so the card posted first and
 * every in-place update are built the same way. The module owns what its buttons send back too:
 * the helpdesk's reader (bot/teams/helpdesk/read-ticket-card-submit.ts) reads exactly these.
 */
import { Attachment, CardFactory } from 'botbuilder';
import { Template } from 'adaptivecards-templating';
import { Language } from '../engine';
import { HELPDESK_STRINGS } from '../engine';
import { VERDICT_HEADLINES } from '../engine';
import { Ticket } from '../store/ticket-store';
import { nextStatus } from '../teams/helpdesk/ticket-state';
import { citationMeta, oneLine, paragraphsOf } from './answer-parts';
import { localTime, utcMinutes } from './card-time';
import { CARD_ENVELOPE, CARD_TEXT_FIELDS, labelledRun } from './card-template-parts';

// ── What the card's buttons send back ────────────────────────────────────────────────────────
// Each carries the ticket id and nothing else; the answer's text arrives beside the answer
// button's data, under ANSWER_INPUT_ID.

export const TICKET_CARD_ACTION = {
  claim: 'molnkoll.ticket.claim',
  answer: 'molnkoll.ticket.answer',
  close: 'molnkoll.ticket.close',
  reopen: 'molnkoll.ticket.reopen',
} as const;

export type HelpdeskAction = keyof typeof TICKET_CARD_ACTION;

/** Id of the answer's Input.Text; Teams puts its text under this key. */
export const ANSWER_INPUT_ID = 'answer';
export const ANSWER_MAX_LENGTH = 4000;

/** What a button's data holds, as sent. */
export type TicketCardSubmitData = { action: (typeof TICKET_CARD_ACTION)[HelpdeskAction]; ticketId: string };

/** A press on the ticket card as the reader hands it on: for an answer, with its text ('' when none was written). */
export type TicketCardSubmit =
  | { action: typeof TICKET_CARD_ACTION.claim; ticketId: string }
  | { action: typeof TICKET_CARD_ACTION.answer; ticketId: string; answer: string }
  | { action: typeof TICKET_CARD_ACTION.close; ticketId: string }
  | { action: typeof TICKET_CARD_ACTION.reopen; ticketId: string };

/** The data a button carries; for `answer`, the input's text is added by Teams. */
export function ticketCardSubmit<A extends HelpdeskAction>(action: A, ticketId: string): { action: (typeof TICKET_CARD_ACTION)[A]; ticketId: string } {
  return { action: TICKET_CARD_ACTION[action], ticketId };
}

/** Which helpdesk action a submit is, for messages and logs. */
export function helpdeskActionOf(submit: TicketCardSubmit): HelpdeskAction {
  switch (submit.action) {
    case TICKET_CARD_ACTION.claim:
      return 'claim';
    case TICKET_CARD_ACTION.answer:
      return 'answer';
    case TICKET_CARD_ACTION.close:
      return 'close';
    case TICKET_CARD_ACTION.reopen:
      return 'reopen';
  }
}

// ── The card ────────────────────────────────────────────────────────────────────────────────

/** One field per `${…}` in the template; booleans drive its `$when`s. Every word comes from here. */
export interface TicketCardModel {
  lang: Language;
  fallbackText: string;
  title: string;
  status: string;
  created: string;
  hasUpdated: boolean;
  updated: string;
  hasClaimant: boolean;
  claimedBy: string;
  /** Labels end in a space: runs are laid out inline with nothing in between. */
  questionLabel: string;
  question: string;
  hasComment: boolean;
  commentLabel: string;
  comment: string;
  botAnswerLabel: string;
  botVerdictLabel: string;
  botVerdict: string;
  botUnanswered: boolean;
  botUnansweredText: string;
  botParagraphs: { text: string }[];
  hasSources: boolean;
  sourcesLabel: string;
  sources: { text: string }[];
  answeredPrivately: boolean;
  answeredPrivatelyText: string;
  canClaim: boolean;
  claim: string;
  claimData: TicketCardSubmitData;
  canAnswer: boolean;
  answer: string;
  answerInputLabel: string;
  answerPlaceholder: string;
  sendAnswer: string;
  answerData: TicketCardSubmitData;
  canReopen: boolean;
  reopen: string;
  reopenData: TicketCardSubmitData;
  canClose: boolean;
  close: string;
  closeData: TicketCardSubmitData;
}

/** Parsed once, at load. What people wrote sits in TextRuns, which render without Markdown; TextBlocks carry only our labels. */
const template = new Template({
  ...CARD_ENVELOPE,
  ...CARD_TEXT_FIELDS,
  body: [
    { type: 'TextBlock', text: '${title}', wrap: true, style: 'heading', weight: 'Bolder', size: 'Large' },
    { type: 'TextBlock', text: '${status}', wrap: true, spacing: 'Small' },
    { type: 'TextBlock', text: '${created}', wrap: true, spacing: 'Small', isSubtle: true },
    { type: 'TextBlock', $when: '${hasUpdated}', text: '${updated}', wrap: true, spacing: 'None', isSubtle: true },
    { type: 'TextBlock', $when: '${hasClaimant}', text: '${claimedBy}', wrap: true, spacing: 'Small', isSubtle: true },
    labelledRun('${questionLabel}', '${question}', 'Medium'),
    { $when: '${hasComment}', ...labelledRun('${commentLabel}', '${comment}', 'Small') },
    {
      type: 'Container',
      separator: true,
      spacing: 'Medium',
      items: [
        { type: 'TextBlock', text: '${botAnswerLabel}', wrap: true, weight: 'Bolder' },
        labelledRun('${botVerdictLabel}', '${botVerdict}', 'Small'),
        { type: 'TextBlock', $when: '${botUnanswered}', text: '${botUnansweredText}', wrap: true, spacing: 'Small', isSubtle: true },
        { type: 'RichTextBlock', $data: '${botParagraphs}', spacing: 'Small', inlines: [{ type: 'TextRun', text: '${text}' }] },
        { type: 'TextBlock', $when: '${hasSources}', text: '${sourcesLabel}', wrap: true, weight: 'Bolder', spacing: 'Small' },
        { type: 'RichTextBlock', $data: '${sources}', spacing: 'None', inlines: [{ type: 'TextRun', text: '${text}', isSubtle: true }] },
      ],
    },
    // The answer itself went to the asker privately; the channel learns only that it was sent.
    { type: 'TextBlock', $when: '${answeredPrivately}', text: '${answeredPrivatelyText}', wrap: true, spacing: 'Medium', isSubtle: true },
  ],
  // Exactly what `nextStatus` allows, so a button never leads to a refusal.
  actions: [
    { type: 'Action.Submit', $when: '${canClaim}', title: '${claim}', data: '${claimData}', style: 'positive' },
    {
      type: 'Action.ShowCard',
      $when: '${canAnswer}',
      title: '${answer}',
      card: {
        type: 'AdaptiveCard',
        body: [
          {
            type: 'Input.Text',
            id: ANSWER_INPUT_ID,
            label: '${answerInputLabel}',
            placeholder: '${answerPlaceholder}',
            isMultiline: true,
            maxLength: ANSWER_MAX_LENGTH,
          },
        ],
        actions: [{ type: 'Action.Submit', title: '${sendAnswer}', data: '${answerData}', style: 'positive' }],
      },
    },
    { type: 'Action.Submit', $when: '${canReopen}', title: '${reopen}', data: '${reopenData}' },
    { type: 'Action.Submit', $when: '${canClose}', title: '${close}', data: '${closeData}' },
  ],
});

/** A claimant is stored as a hash only; its start tells colleagues apart without naming anyone. */
export function claimantTag(userHash: string): string {
  return `#${userHash.slice(0, 6)}`;
}

export function toTicketCardModel(ticket: Ticket, language: Language): TicketCardModel {
  const s = HELPDESK_STRINGS[language];
  const { botAnswer } = ticket;
  return {
    lang: language,
    fallbackText: fallbackText(ticket, language),
    title: s.ticketTitle(ticket.id),
    status: `**${s.statusLabel}** ${s.statuses[ticket.status]}`,
    created: `**${s.createdLabel}** ${localTime(ticket.createdAt)}`,
    hasUpdated: ticket.updatedAt !== ticket.createdAt,
    updated: `**${s.updatedLabel}** ${localTime(ticket.updatedAt)}`,
    hasClaimant: Boolean(ticket.claimedBy),
    claimedBy: ticket.claimedBy ? `**${s.claimedByLabel}** ${claimantTag(ticket.claimedBy)}` : '',
    questionLabel: `${s.questionLabel} `,
    question: oneLine(ticket.question),
    hasComment: Boolean(ticket.comment),
    commentLabel: `${s.commentLabel} `,
    comment: oneLine(ticket.comment ?? ''),
    botAnswerLabel: s.botAnswerLabel,
    botVerdictLabel: `${s.botVerdictLabel} `,
    botVerdict: botAnswer.verdict ? VERDICT_HEADLINES[language][botAnswer.verdict] : s.noVerdict,
    botUnanswered: !botAnswer.answered,
    botUnansweredText: s.botUnanswered,
    botParagraphs: paragraphsOf(botAnswer.answer).map((text) => ({ text })),
    hasSources: botAnswer.citations.length > 0,
    sourcesLabel: s.sourcesLabel,
    sources: botAnswer.citations.map((c) => {
      const meta = citationMeta(c.issuer, c.date);
      return { text: `[${c.n}] ${oneLine(c.title)}${meta ? ` ${meta}` : ''}` };
    }),
    answeredPrivately: Boolean(ticket.helpdeskAnswer),
    answeredPrivatelyText: s.answeredPrivately,
    canClaim: nextStatus(ticket.status, 'claimed') !== undefined,
    claim: s.claim,
    claimData: ticketCardSubmit('claim', ticket.id),
    canAnswer: nextStatus(ticket.status, 'answered') !== undefined,
    answer: s.answer,
    answerInputLabel: s.answerInputLabel,
    answerPlaceholder: s.answerPlaceholder,
    sendAnswer: s.sendAnswer,
    answerData: ticketCardSubmit('answer', ticket.id),
    canReopen: nextStatus(ticket.status, 'reopened') !== undefined,
    reopen: s.reopen,
    reopenData: ticketCardSubmit('reopen', ticket.id),
    canClose: nextStatus(ticket.status, 'closed') !== undefined,
    close: s.close,
    closeData: ticketCardSubmit('close', ticket.id),
  };
}

/** The expanded card JSON; exported so tests can inspect it without the attachment wrapper. */
export function ticketCardJson(ticket: Ticket, language: Language): Record<string, unknown> {
  return template.expand({ $root: toTicketCardModel(ticket, language) });
}

export function buildTicketCard(ticket: Ticket, language: Language): Attachment {
  return CardFactory.adaptiveCard(ticketCardJson(ticket, language));
}

function fallbackText(ticket: Ticket, language: Language): string {
  const s = HELPDESK_STRINGS[language];
  return [
    `${s.ticketTitle(ticket.id)} (${s.statuses[ticket.status]}, ${utcMinutes(ticket.createdAt)})`,
    `${s.questionLabel} ${oneLine(ticket.question)}`,
    ...(ticket.comment ? [`${s.commentLabel} ${oneLine(ticket.comment)}`] : []),
  ].join('\n');
}
