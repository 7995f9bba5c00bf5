import { TICKET_STATUSES, TicketStatus } from '../../../bot/store/ticket-store';
import { TicketChangeEvent, nextStatus } from '../../../bot/teams/helpdesk/ticket-state';

/** Every status against every change: where it leads, or undefined where it is refused. */
const TABLE: [TicketStatus, TicketChangeEvent, TicketStatus | undefined][] = [
  ['open', 'claimed', 'claimed'],
  ['open', 'answered', 'answered'],
  ['open', 'closed', 'closed'],
  ['open', 'reopened', undefined],
  ['open', 'asker_helpful', undefined],
  ['open', 'asker_not_helpful', undefined],

  ['claimed', 'claimed', undefined],
  ['claimed', 'answered', 'answered'],
  ['claimed', 'closed', 'closed'],
  ['claimed', 'reopened', undefined],
  ['claimed', 'asker_helpful', undefined],
  ['claimed', 'asker_not_helpful', undefined],

  ['answered', 'claimed', undefined],
  ['answered', 'answered', undefined],
  ['answered', 'closed', 'closed'],
  ['answered', 'reopened', 'reopened'],
  ['answered', 'asker_helpful', 'closed'],
  ['answered', 'asker_not_helpful', 'reopened'],

  ['closed', 'claimed', undefined],
  ['closed', 'answered', undefined],
  ['closed', 'closed', undefined],
  ['closed', 'reopened', 'reopened'],
  ['closed', 'asker_helpful', undefined],
  ['closed', 'asker_not_helpful', undefined],

  ['reopened', 'claimed', 'claimed'],
  ['reopened', 'answered', 'answered'],
  ['reopened', 'closed', 'closed'],
  ['reopened', 'reopened', undefined],
  ['reopened', 'asker_helpful', undefined],
  ['reopened', 'asker_not_helpful', undefined],
];

describe('the ticket state machine', () => {
  it.each(TABLE)('from %s, %s leads to %s', (status, event, expected) => {
    expect(nextStatus(status, event)).toBe(expected);
  });

  it('the table covers every status with every change', () => {
    expect(TABLE).toHaveLength(TICKET_STATUSES.length * 6);
    expect(new Set(TABLE.map(([status, event]) => `${status} ${event}`)).size).toBe(30);
  });
});
