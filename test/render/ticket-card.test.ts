import { TICKET_STATUSES, TicketStatus } from '../../bot/store/ticket-store';
import { TICKET_CARD_ACTION, buildTicketCard, claimantTag, ticketCardJson } from '../../bot/render/ticket-card';
import { readTicketCardSubmit } from '../../bot/teams/helpdesk/read-ticket-card-submit';
import { allText, cardProblems, findAll } from './adaptive-card-shape';
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
    expect(data.map((d) => readTicketCardSubmit({ ...(d as object), answer: 'Svar' }))).toEqual([
      { action: TICKET_CARD_ACTION.claim, ticketId: 'MK-0007' },
      { action: TICKET_CARD_ACTION.answer, ticketId: 'MK-0007', answer: 'Svar' },
      { action: TICKET_CARD_ACTION.close, ticketId: 'MK-0007' },
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

  it('leaves template syntax in what people wrote as it is, never evaluating it', () => {
    const sneaky = '${comment} ${$root.lang} ${claimData}';
    const card = ticketCardJson(ticketFixture({ question: sneaky, comment: sneaky }), 'sv');
    expect(findAll(card, 'TextRun').filter((r) => r.text === sneaky)).toHaveLength(2);
  });

  it('is exactly this card for a claimed ticket that has a comment and was answered (the whole JSON, as before the template)', () => {
    const ticket = ticketFixture({ status: 'claimed', comment: 'Brådskande\nnu', claimedBy: 'f'.repeat(32), helpdeskAnswer: 'Nej.\n\nJa', updatedAt: '2024-05-03T08:15:30.123Z' });
    expect(ticketCardJson(ticket, 'en')).toEqual({
      type: 'AdaptiveCard',
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      version: '1.5',
      lang: 'en',
      fallbackText: 'Ticket MK-0042 (Claimed, 2024-05-02 08:15 UTC)\nQuestion: Får jag lagra hälsodata i Office 365?\nComment: Brådskande nu',
      msteams: { width: 'Full' },
      body: [
        { type: 'TextBlock', text: 'Ticket MK-0042', wrap: true, style: 'heading', weight: 'Bolder', size: 'Large' },
        { type: 'TextBlock', text: '**Status:** Claimed', wrap: true, spacing: 'Small' },
        {
          type: 'TextBlock',
          text: '**Created:** {{DATE(2024-05-02T08:15:30Z, SHORT)}} {{TIME(2024-05-02T08:15:30Z)}}',
          wrap: true,
          spacing: 'Small',
          isSubtle: true,
        },
        {
          type: 'TextBlock',
          text: '**Last changed:** {{DATE(2024-05-03T08:15:30Z, SHORT)}} {{TIME(2024-05-03T08:15:30Z)}}',
          wrap: true,
          spacing: 'None',
          isSubtle: true,
        },
        { type: 'TextBlock', text: '**Claimed by:** #ffffff', wrap: true, spacing: 'Small', isSubtle: true },
        {
          type: 'RichTextBlock',
          spacing: 'Medium',
          inlines: [{ type: 'TextRun', text: 'Question: ', weight: 'Bolder' }, { type: 'TextRun', text: 'Får jag lagra hälsodata i Office 365?' }],
        },
        {
          type: 'RichTextBlock',
          spacing: 'Small',
          inlines: [{ type: 'TextRun', text: 'Comment: ', weight: 'Bolder' }, { type: 'TextRun', text: 'Brådskande nu' }],
        },
        {
          type: 'Container',
          separator: true,
          spacing: 'Medium',
          items: [
            { type: 'TextBlock', text: "Molnkoll's answer", wrap: true, weight: 'Bolder' },
            {
              type: 'RichTextBlock',
              spacing: 'Small',
              inlines: [{ type: 'TextRun', text: 'Verdict: ', weight: 'Bolder' }, { type: 'TextRun', text: 'Not yet' }],
            },
            {
              type: 'RichTextBlock',
              spacing: 'Small',
              inlines: [{ type: 'TextRun', text: 'Inte ännu. Beslut om hälsodata i Office 365 är under arbete [1].' }],
            },
            { type: 'RichTextBlock', spacing: 'Small', inlines: [{ type: 'TextRun', text: 'Fråga helpdesk om du är osäker.' }] },
            { type: 'TextBlock', text: 'Sources:', wrap: true, weight: 'Bolder', spacing: 'Small' },
            {
              type: 'RichTextBlock',
              spacing: 'None',
              inlines: [{ type: 'TextRun', text: '[1] Beslut om Office 365 — Göteborgs Stad, 2016-05-01', isSubtle: true }],
            },
          ],
        },
        { type: 'TextBlock', text: 'The answer was sent to the asker in a private chat.', wrap: true, spacing: 'Medium', isSubtle: true },
      ],
      actions: [
        {
          type: 'Action.ShowCard',
          title: 'Answer',
          card: {
            type: 'AdaptiveCard',
            body: [
              {
                type: 'Input.Text',
                id: 'answer',
                label: 'The answer to the asker',
                placeholder: 'Please leave out personal identity numbers and other personal data.',
                isMultiline: true,
                maxLength: 4000,
              },
            ],
            actions: [{ type: 'Action.Submit', title: 'Send the answer', data: { action: 'molnkoll.ticket.answer', ticketId: 'MK-0042' }, style: 'positive' }],
          },
        },
        { type: 'Action.Submit', title: 'Close', data: { action: 'molnkoll.ticket.close', ticketId: 'MK-0042' } },
      ],
    });
  });
});
