import {
  ANSWER_MAX_LENGTH,
  TICKET_ACTION,
  answerSubmitData,
  helpdeskActionOf,
  helpdeskSubmit,
  parseTicketSubmit,
  ticketFeedbackSubmit,
} from '../../bot/render/ticket-actions';
import { CARD_ACTION, parseCardSubmit } from '../../bot/render/card-actions';

describe('ticket card submits', () => {
  it('round-trips every button the cards carry', () => {
    for (const action of ['claim', 'close', 'reopen'] as const) {
      const data = helpdeskSubmit(action, 'MK-0007');
      expect(parseTicketSubmit(data)).toEqual(data);
      expect(helpdeskActionOf(data)).toBe(action);
    }
    expect(parseTicketSubmit({ ...answerSubmitData('MK-0007'), answer: '  Nej, inte än.  ' })).toEqual({
      action: TICKET_ACTION.answer,
      ticketId: 'MK-0007',
      answer: 'Nej, inte än.',
    });
    expect(parseTicketSubmit(ticketFeedbackSubmit('MK-0007', 'not_helpful'))).toEqual({ action: TICKET_ACTION.feedback, ticketId: 'MK-0007', vote: 'not_helpful' });
  });

  it('reads an untouched or missing answer input as an empty answer, and cuts a long one', () => {
    expect(parseTicketSubmit(answerSubmitData('MK-0001'))).toMatchObject({ answer: '' });
    expect(parseTicketSubmit({ ...answerSubmitData('MK-0001'), answer: '' })).toMatchObject({ answer: '' });
    const long = parseTicketSubmit({ ...answerSubmitData('MK-0001'), answer: 'x'.repeat(ANSWER_MAX_LENGTH + 10) });
    expect(long).toMatchObject({ answer: 'x'.repeat(ANSWER_MAX_LENGTH) });
  });

  it('drops keys it does not know', () => {
    expect(parseTicketSubmit({ ...helpdeskSubmit('claim', 'MK-0001'), role: 'admin', answer: 'x' })).toEqual({ action: TICKET_ACTION.claim, ticketId: 'MK-0001' });
  });

  test.each([
    ['not an object', 'molnkoll.ticket.claim'],
    ['an array', [helpdeskSubmit('claim', 'MK-0001')]],
    ['no ticket id', { action: TICKET_ACTION.claim }],
    ['a ticket id that is no id', { action: TICKET_ACTION.claim, ticketId: '../../etc' }],
    ['a very long ticket id', { action: TICKET_ACTION.claim, ticketId: `MK-${'1'.repeat(60)}` }],
    ['an unknown action', { action: 'molnkoll.ticket.delete', ticketId: 'MK-0001' }],
    ['an answer that is not text', { action: TICKET_ACTION.answer, ticketId: 'MK-0001', answer: { text: 'x' } }],
    ['a vote that is none', { action: TICKET_ACTION.feedback, ticketId: 'MK-0001', vote: 'meh' }],
  ])('refuses %s', (_name, value) => {
    expect(parseTicketSubmit(value)).toBeNull();
  });

  it('keeps the answer card actions apart from the ticket actions', () => {
    expect(parseCardSubmit(helpdeskSubmit('claim', 'MK-0001'))).toBeNull();
    expect(parseTicketSubmit({ action: CARD_ACTION.escalate, question: 'Får jag?' })).toBeNull();
  });
});
