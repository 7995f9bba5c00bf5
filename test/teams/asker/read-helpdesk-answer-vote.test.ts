import { ticketFeedbackSubmit } from '../../../bot/render/helpdesk-answer-card';
import { ticketCardSubmit } from '../../../bot/render/ticket-card';
import { readHelpdeskAnswerVote } from '../../../bot/teams/asker/read-helpdesk-answer-vote';

describe('readHelpdeskAnswerVote', () => {
  it("round-trips both buttons of the helpdesk's answer card", () => {
    expect(readHelpdeskAnswerVote(ticketFeedbackSubmit('MK-0007', 'not_helpful'))).toEqual({ action: 'molnkoll.ticket.feedback', ticketId: 'MK-0007', vote: 'not_helpful' });
    expect(readHelpdeskAnswerVote({ ...ticketFeedbackSubmit('MK-0007', 'helpful'), extra: 1 })).toEqual({ action: 'molnkoll.ticket.feedback', ticketId: 'MK-0007', vote: 'helpful' });
  });

  test.each([
    ['a vote that is none', { action: 'molnkoll.ticket.feedback', ticketId: 'MK-0001', vote: 'meh' }],
    ['no vote', { action: 'molnkoll.ticket.feedback', ticketId: 'MK-0001' }],
    ['a ticket id that is no id', { action: 'molnkoll.ticket.feedback', ticketId: '../../etc', vote: 'helpful' }],
    ['a ticket card button', ticketCardSubmit('claim', 'MK-0001')],
    ['null', null],
  ])('refuses %s', (_name, value) => {
    expect(readHelpdeskAnswerVote(value)).toBeNull();
  });
});
