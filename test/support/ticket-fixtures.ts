/** Tickets as the store returns them, for tests of the cards built from them. */
import { Ticket } from '../../bot/store/ticket-store';

export function ticketFixture(overrides: Partial<Ticket> = {}): Ticket {
  return {
    id: 'MK-0042',
    status: 'open',
    question: 'Får jag lagra hälsodata i Office 365?',
    language: 'sv',
    botAnswer: {
      verdict: 'pending',
      answered: true,
      answer: 'Inte ännu. Beslut om hälsodata i Office 365 är under arbete [1].\nFråga helpdesk om du är osäker.',
      citations: [{ n: 1, id: 'beslut-2016', title: 'Beslut om Office 365', issuer: 'Göteborgs Stad', date: '2016-05-01', dateApproximate: false, quote: 'Hälsodata får inte lagras.' }],
    },
    asker: { userHash: 'a'.repeat(32), channelId: 'msteams' },
    askerReference: { channelId: 'msteams', serviceUrl: 'https://smba.example/', conversation: { id: 'a:1personal', isGroup: false, conversationType: 'personal', name: '' } },
    createdAt: '2024-05-02T08:15:30.123Z',
    updatedAt: '2024-05-02T08:15:30.123Z',
    ...overrides,
  };
}
