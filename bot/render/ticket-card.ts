/**
 * The ticket card in the helpdesk channel: the redacted question and comment, what Molnkoll
 * answered (verdict, text, sources), the status and its times, that an answer was sent (never
 * its text: that is the asker's), and only the actions the ticket's status allows. A pure function of the ticket, so the
 * card posted first and every in-place update are built the same way.
 */
import { Attachment, CardFactory } from 'botbuilder';
import { Language } from '../engine';
import { HELPDESK_STRINGS } from '../engine';
import { VERDICT_HEADLINES } from '../engine';
import { Ticket } from '../store/ticket-store';
import { nextStatus } from '../teams/helpdesk/ticket-state';
import { citationMeta, oneLine } from './answer-parts';
import { ANSWER_INPUT_ID, ANSWER_MAX_LENGTH, answerSubmitData, helpdeskSubmit } from './ticket-actions';
import { AdaptiveCardJson, CardNode, adaptiveCard, label, labelled, literalParagraphs, localTime, section, submit, utcMinutes } from './card-elements';

/** A claimant is stored as a hash only; its start tells colleagues apart without naming anyone. */
export function claimantTag(userHash: string): string {
  return `#${userHash.slice(0, 6)}`;
}

export function ticketCardJson(ticket: Ticket, language: Language): AdaptiveCardJson {
  const s = HELPDESK_STRINGS[language];
  const body: CardNode[] = [
    label(s.ticketTitle(ticket.id), { style: 'heading', weight: 'Bolder', size: 'Large' }),
    label(`**${s.statusLabel}** ${s.statuses[ticket.status]}`, { spacing: 'Small' }),
    label(`**${s.createdLabel}** ${localTime(ticket.createdAt)}`, { spacing: 'Small', isSubtle: true }),
  ];
  if (ticket.updatedAt !== ticket.createdAt) body.push(label(`**${s.updatedLabel}** ${localTime(ticket.updatedAt)}`, { spacing: 'None', isSubtle: true }));
  if (ticket.claimedBy) body.push(label(`**${s.claimedByLabel}** ${claimantTag(ticket.claimedBy)}`, { spacing: 'Small', isSubtle: true }));
  body.push(labelled(s.questionLabel, oneLine(ticket.question), 'Medium'));
  if (ticket.comment) body.push(labelled(s.commentLabel, oneLine(ticket.comment)));
  body.push(section(botAnswerItems(ticket, language)));
  // The answer itself went to the asker privately; the channel learns only that it was sent.
  if (ticket.helpdeskAnswer) body.push(label(s.answeredPrivately, { spacing: 'Medium', isSubtle: true }));
  return adaptiveCard(language, fallbackText(ticket, language), body, actionsFor(ticket, language));
}

export function buildTicketCard(ticket: Ticket, language: Language): Attachment {
  return CardFactory.adaptiveCard(ticketCardJson(ticket, language));
}

function botAnswerItems(ticket: Ticket, language: Language): CardNode[] {
  const s = HELPDESK_STRINGS[language];
  const { botAnswer } = ticket;
  const verdict = botAnswer.verdict ? VERDICT_HEADLINES[language][botAnswer.verdict] : s.noVerdict;
  const items: CardNode[] = [label(s.botAnswerLabel, { weight: 'Bolder' }), labelled(s.botVerdictLabel, verdict)];
  if (!botAnswer.answered) items.push(label(s.botUnanswered, { spacing: 'Small', isSubtle: true }));
  items.push(...literalParagraphs(botAnswer.answer));
  if (botAnswer.citations.length > 0) {
    items.push(label(s.sourcesLabel, { weight: 'Bolder', spacing: 'Small' }));
    for (const c of botAnswer.citations) {
      const meta = citationMeta(c.issuer, c.date);
      items.push({ type: 'RichTextBlock', spacing: 'None', inlines: [{ type: 'TextRun', text: `[${c.n}] ${oneLine(c.title)}${meta ? ` ${meta}` : ''}`, isSubtle: true }] });
    }
  }
  return items;
}

/** Offers exactly what `nextStatus` allows, so a button never leads to a refusal. */
function actionsFor(ticket: Ticket, language: Language): CardNode[] {
  const s = HELPDESK_STRINGS[language];
  const actions: CardNode[] = [];
  if (nextStatus(ticket.status, 'claimed')) actions.push(submit(s.claim, helpdeskSubmit('claim', ticket.id), 'positive'));
  if (nextStatus(ticket.status, 'answered')) {
    actions.push({
      type: 'Action.ShowCard',
      title: s.answer,
      card: {
        type: 'AdaptiveCard',
        body: [
          {
            type: 'Input.Text',
            id: ANSWER_INPUT_ID,
            label: s.answerInputLabel,
            placeholder: s.answerPlaceholder,
            isMultiline: true,
            maxLength: ANSWER_MAX_LENGTH,
          },
        ],
        actions: [submit(s.sendAnswer, answerSubmitData(ticket.id), 'positive')],
      },
    });
  }
  if (nextStatus(ticket.status, 'reopened')) actions.push(submit(s.reopen, helpdeskSubmit('reopen', ticket.id)));
  if (nextStatus(ticket.status, 'closed')) actions.push(submit(s.close, helpdeskSubmit('close', ticket.id)));
  return actions;
}

function fallbackText(ticket: Ticket, language: Language): string {
  const s = HELPDESK_STRINGS[language];
  return [
    `${s.ticketTitle(ticket.id)} (${s.statuses[ticket.status]}, ${utcMinutes(ticket.createdAt)})`,
    `${s.questionLabel} ${oneLine(ticket.question)}`,
    ...(ticket.comment ? [`${s.commentLabel} ${oneLine(ticket.comment)}`] : []),
  ].join('\n');
}
