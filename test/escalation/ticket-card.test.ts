import { TICKET_STATUSES, TicketStatus } from '../../bot/store/ticket-store';
import { buildTicketCard, claimantTag, ticketCardJson } from '../../bot/render/ticket-card';
import { TICKET_ACTION, parseTicketSubmit } from '../../bot/render/ticket-actions';
import { allText, cardProblems, findAll } from '../render/adaptive-card-shape';
import { actionsIn } from '../support/card-reading';
import { ticketFixture } from '../support/ticket-fixtures';

const titles = (status: TicketStatus) => actionsIn(ticketCardJson(ticketFixture({ status }), 'sv')).map((a) => a.title);

describe('the ticket card', () => {
  it('is a valid Adaptive Card 1.5 in every status, in both languages', () => {
    for (const status of TICKET_STATUSES) {
      for (const language of ['sv', 'en'] as const) {
        const card = ticketCardJson(ticketFixture({ status, comment: 'Brådskande', claimedBy: 'f'.repeat(32), helpdeskAnswer: 'Nej.' }), language);
        expect([status, language, cardProblems(card)]).toEqual([status, language, []]);
      }
    }
    expect(buildTicketCard(ticketFixture(), 'sv').contentType).toBe('application/vnd.microsoft.card.adaptive');
  });

  it('shows the question, the comment, the bot answer with verdict and sources, the status and the time', () => {
    const text = allText(ticketCardJson(ticketFixture({ comment: 'Vi behöver svar före fredag.' }), 'sv'));
    for (const expected of [
      'Ärende MK-0042',
      '**Status:** Öppen',
      '{{DATE(2024-05-02T08:15:30Z, SHORT)}} {{TIME(2024-05-02T08:15:30Z)}}',
      'Får jag lagra hälsodata i Office 365?',
      'Vi behöver svar före fredag.',
      'Inte ännu',
      'Beslut om hälsodata i Office 365 är under arbete [1].',
      '[1] Beslut om Office 365 — Göteborgs Stad, 2016-05-01',
    ]) {
      expect([expected, text.includes(expected)]).toEqual([expected, true]);
    }
    expect(text).not.toContain('Senast ändrat');
  });

  it('adds who claimed it (a pseudonym), when it last changed, and that the answer went to the asker: never its text', () => {
    const card = ticketCardJson(ticketFixture({ status: 'answered', claimedBy: '0123456789abcdef', helpdeskAnswer: 'Nej.\nAnvänd kommunens lagring.', updatedAt: '2024-05-02T09:00:00.000Z' }), 'en');
    const text = allText(card);
    expect(text).toContain(`**Claimed by:** ${claimantTag('0123456789abcdef')}`);
    expect(claimantTag('0123456789abcdef')).toBe('#012345');
    expect(text).toContain('**Last changed:** {{DATE(2024-05-02T09:00:00Z, SHORT)}}');
    expect(text).toContain('The answer was sent to the asker in a private chat.');
    expect(text).not.toContain('kommunens lagring');
  });

  it('says when Molnkoll could not answer', () => {
    const ticket = ticketFixture({ botAnswer: { verdict: null, answered: false, answer: 'Jag hittade inget.', citations: [] } });
    const text = allText(ticketCardJson(ticket, 'sv'));
    expect(text).toContain('inget besked');
    expect(text).toContain('Molnkoll kunde inte besvara frågan.');
    expect(text).not.toContain('Källor:');
  });

  it('offers only what the status allows', () => {
    expect(titles('open')).toEqual(['Jag tar den', 'Svara', 'Skicka svaret', 'Stäng']);
    expect(titles('reopened')).toEqual(['Jag tar den', 'Svara', 'Skicka svaret', 'Stäng']);
    expect(titles('claimed')).toEqual(['Svara', 'Skicka svaret', 'Stäng']);
    expect(titles('answered')).toEqual(['Öppna igen', 'Stäng']);
    expect(titles('closed')).toEqual(['Öppna igen']);
  });

  it('carries the ticket id in every button, and the answer input under the id the parser reads', () => {
    const card = ticketCardJson(ticketFixture({ id: 'MK-0007' }), 'sv');
    const data = actionsIn(card).filter((a) => a.type === 'Action.Submit').map((a) => a.data);
    expect(data.map((d) => parseTicketSubmit({ ...(d as object), answer: 'Svar' }))).toEqual([
      { action: TICKET_ACTION.claim, ticketId: 'MK-0007' },
      { action: TICKET_ACTION.answer, ticketId: 'MK-0007', answer: 'Svar' },
      { action: TICKET_ACTION.close, ticketId: 'MK-0007' },
    ]);
    expect(findAll(card, 'Input.Text').map((i) => i.id)).toEqual(['answer']);
  });

  it('keeps what people wrote literal: no Markdown, never in a TextBlock', () => {
    const sneaky = '**Bold** [link](https://evil.example) {{DATE(2024-01-01T00:00:00Z)}}';
    const card = ticketCardJson(ticketFixture({ question: sneaky, comment: sneaky, helpdeskAnswer: sneaky, status: 'answered' }), 'sv');
    expect(findAll(card, 'TextBlock').some((b) => String(b.text).includes('evil'))).toBe(false);
    // The question and the comment; the helpdesk's answer is not on the channel's card at all.
    expect(findAll(card, 'TextRun').filter((r) => r.text === sneaky)).toHaveLength(2);
  });
});
