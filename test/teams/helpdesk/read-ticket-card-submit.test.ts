import { ANSWER_MAX_LENGTH, TICKET_CARD_ACTION, helpdeskActionOf, ticketCardSubmit } from '../../../bot/render/ticket-card';
import { ANSWER_CARD_ACTION } from '../../../bot/render/answer-card';
import { ticketFeedbackSubmit } from '../../../bot/render/helpdesk-answer-card';
import { readTicketCardSubmit } from '../../../bot/teams/helpdesk/read-ticket-card-submit';
import { readAnswerCardSubmit } from '../../../bot/teams/asker/read-answer-card-submit';
import { readHelpdeskAnswerVote } from '../../../bot/teams/asker/read-helpdesk-answer-vote';

describe('readTicketCardSubmit', () => {
  it('round-trips every button the ticket card carries', () => {
    for (const action of ['claim', 'close', 'reopen'] as const) {
      const data = ticketCardSubmit(action, 'MK-0007');
      expect(readTicketCardSubmit(data)).toEqual(data);
      expect(helpdeskActionOf(readTicketCardSubmit(data)!)).toBe(action);
    }
    expect(readTicketCardSubmit({ ...ticketCardSubmit('answer', 'MK-0007'), answer: '  Nej, inte än.  ' })).toEqual({
      action: TICKET_CARD_ACTION.answer,
      ticketId: 'MK-0007',
      answer: 'Nej, inte än.',
    });
    expect(ticketCardSubmit('claim', 'MK-0007')).toEqual({ action: 'molnkoll.ticket.claim', ticketId: 'MK-0007' });
    expect(ticketCardSubmit('answer', 'MK-0007')).toEqual({ action: 'molnkoll.ticket.answer', ticketId: 'MK-0007' });
  });

  it('reads an untouched or missing answer input as an empty answer, and cuts a long one', () => {
    expect(readTicketCardSubmit(ticketCardSubmit('answer', 'MK-0001'))).toMatchObject({ answer: '' });
    expect(readTicketCardSubmit({ ...ticketCardSubmit('answer', 'MK-0001'), answer: '' })).toMatchObject({ answer: '' });
    const long = readTicketCardSubmit({ ...ticketCardSubmit('answer', 'MK-0001'), answer: 'x'.repeat(ANSWER_MAX_LENGTH + 10) });
    expect(long).toMatchObject({ answer: 'x'.repeat(ANSWER_MAX_LENGTH) });
  });

  it('drops keys it does not know', () => {
    expect(readTicketCardSubmit({ ...ticketCardSubmit('claim', 'MK-0001'), role: 'admin', answer: 'x' })).toEqual({ action: TICKET_CARD_ACTION.claim, ticketId: 'MK-0001' });
  });

  test.each([
    ['not an object', 'molnkoll.ticket.claim'],
    ['an array', [ticketCardSubmit('claim', 'MK-0001')]],
    ['no ticket id', { action: TICKET_CARD_ACTION.claim }],
    ['a ticket id that is no id', { action: TICKET_CARD_ACTION.claim, ticketId: '../../etc' }],
    ['a very long ticket id', { action: TICKET_CARD_ACTION.claim, ticketId: `MK-${'1'.repeat(60)}` }],
    ['an unknown action', { action: 'molnkoll.ticket.delete', ticketId: 'MK-0001' }],
    ['an answer that is not text', { action: TICKET_CARD_ACTION.answer, ticketId: 'MK-0001', answer: { text: 'x' } }],
    ["the asker's vote on the helpdesk's answer", ticketFeedbackSubmit('MK-0001', 'helpful')],
  ])('refuses %s', (_name, value) => {
    expect(readTicketCardSubmit(value)).toBeNull();
  });
});

describe('the three card readers', () => {
  it('keep the answer card, the ticket card and the helpdesk answer card apart', () => {
    expect(readAnswerCardSubmit(ticketCardSubmit('claim', 'MK-0001'))).toBeNull();
    expect(readAnswerCardSubmit(ticketFeedbackSubmit('MK-0001', 'helpful'))).toBeNull();
    expect(readTicketCardSubmit({ action: ANSWER_CARD_ACTION.escalate, question: 'Får jag?' })).toBeNull();
    expect(readHelpdeskAnswerVote({ action: ANSWER_CARD_ACTION.helpful, answerId: 'k3J9x_2-QpLmN0aBcDeFgH', ticketId: 'MK-0001', vote: 'helpful' })).toBeNull();
  });
});
