/**
 * The contract every TicketStore must pass. A store's test file calls
 * `describeTicketStoreContract` with a factory for a fresh, empty store; `reopen` (when the
 * store persists) closes it and opens the same data again.
 */
import {
  Actor, NewTicket, TICKET_STATUSES, TicketChange, TicketStatus, TicketStore,
} from '../../bot/store/ticket-store';
import { nextStatus } from '../../bot/teams/helpdesk/ticket-state';

export interface ContractStore {
  store: TicketStore;
  reopen?: () => Promise<TicketStore>;
  close: () => Promise<void>;
}

export const ASKER: Actor = { userHash: 'asker-hash', role: 'asker' };
export const HELPDESK: Actor = { userHash: 'helpdesk-hash', role: 'helpdesk' };
const OTHER_HELPDESK: Actor = { userHash: 'helpdesk-hash-2', role: 'helpdesk' };
const PERSONNUMMER = '19121212-1212';
/** Every spelling of the number that would still identify the person. */
const PERSONNUMMER_TRACES = ['19121212', '121212-1212', '1212121212'];

export function newTicket(fields: Partial<NewTicket> = {}): NewTicket {
  return {
    question: 'Får jag lagra hälsodata i OneDrive?',
    comment: 'Det gäller elevhälsan.',
    language: 'sv',
    botAnswer: {
      verdict: 'pending',
      answered: false,
      answer: 'Frågan är inte avgjord.',
      citations: [{ n: 1, id: 'beslut', title: 'Beslut om OneDrive', issuer: 'Kommunstyrelsen', date: '2019-05-02', dateApproximate: false, quote: 'Hälsodata får inte lagras.' }],
    },
    asker: { userHash: ASKER.userHash, channelId: 'msteams' },
    askerReference: { channelId: 'msteams', serviceUrl: 'https://smba.example/', conversation: { id: 'conv-1', isGroup: false, conversationType: 'personal', name: '' } },
    ...fields,
  };
}

/** A change of the given kind, acted by the role that would make it. */
function change(event: TicketChange['event'], answer = 'Nej, inte utan ett beslut.'): TicketChange {
  if (event === 'answered') return { event, actor: HELPDESK, answer };
  if (event === 'asker_helpful' || event === 'asker_not_helpful') return { event, actor: ASKER };
  return { event, actor: HELPDESK };
}

/** Events that bring a new ticket to each status. */
const PATH_TO: Record<TicketStatus, TicketChange['event'][]> = {
  open: [],
  claimed: ['claimed'],
  answered: ['claimed', 'answered'],
  closed: ['closed'],
  reopened: ['answered', 'reopened'],
};
const EVENTS: TicketChange['event'][] = ['claimed', 'answered', 'closed', 'reopened', 'asker_helpful', 'asker_not_helpful'];
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

export function describeTicketStoreContract(name: string, open: () => Promise<ContractStore>): void {
  describe(`TicketStore contract: ${name}`, () => {
    let harness: ContractStore;
    let store: TicketStore;

    beforeEach(async () => {
      harness = await open();
      store = harness.store;
    });
    afterEach(async () => harness.close());

    async function ticketIn(status: TicketStatus): Promise<string> {
      const { id } = await store.createTicket(newTicket(), ASKER);
      for (const event of PATH_TO[status]) expect((await store.applyChange(id, change(event))).ok).toBe(true);
      expect((await store.getTicket(id))!.status).toBe(status);
      return id;
    }

    describe('create, get and list', () => {
      it('creates an open ticket that reads back exactly as given', async () => {
        const input = newTicket();
        const ticket = await store.createTicket(input, ASKER);
        expect(ticket).toMatchObject({ ...input, status: 'open' });
        expect(ticket.id).toMatch(/^MK-\d{4,}$/);
        expect(ticket.createdAt).toMatch(ISO);
        expect(ticket.updatedAt).toBe(ticket.createdAt);
        expect(ticket.helpdeskAnswer).toBeUndefined();
        expect(ticket.claimedBy).toBeUndefined();
        expect(ticket.helpdeskActivityId).toBeUndefined();
        expect(await store.getTicket(ticket.id)).toEqual(ticket);
      });

      it('leaves out a comment the asker did not write', async () => {
        const input = newTicket();
        delete input.comment;
        const ticket = await store.createTicket(input, ASKER);
        expect(ticket.comment).toBeUndefined();
        expect((await store.getTicket(ticket.id))!.comment).toBeUndefined();
      });

      it('hands out unique ids that stay with their ticket', async () => {
        const ids: string[] = [];
        for (const n of [1, 2, 3, 4]) ids.push((await store.createTicket(newTicket({ question: `Fråga ${n}` }), ASKER)).id);
        expect(new Set(ids).size).toBe(4);
        for (const [n, id] of ids.entries()) expect((await store.getTicket(id))!.question).toBe(`Fråga ${n + 1}`);
      });

      it('knows no ticket by an unknown or malformed id', async () => {
        const { id } = await store.createTicket(newTicket(), ASKER);
        for (const unknown of ['MK-9999', 'MK-0', '', 'nonsense', id.toLowerCase(), ` ${id}`]) {
          expect(await store.getTicket(unknown)).toBeUndefined();
          expect(await store.auditTrail(unknown)).toEqual([]);
        }
      });

      it('lists newest first, by status, and up to a limit', async () => {
        const [a, b, c] = [(await store.createTicket(newTicket({ question: 'A' }), ASKER)).id, (await store.createTicket(newTicket({ question: 'B' }), ASKER)).id, (await store.createTicket(newTicket({ question: 'C' }), ASKER)).id];
        await store.applyChange(b, change('claimed'));
        expect((await store.listTickets()).map((t) => t.id)).toEqual([c, b, a]);
        expect((await store.listTickets({ status: 'open' })).map((t) => t.id)).toEqual([c, a]);
        expect((await store.listTickets({ status: 'claimed' })).map((t) => t.id)).toEqual([b]);
        expect(await store.listTickets({ status: 'closed' })).toEqual([]);
        expect((await store.listTickets({ limit: 2 })).map((t) => t.id)).toEqual([c, b]);
        expect((await store.listTickets({ status: 'open', limit: 1 })).map((t) => t.id)).toEqual([c]);
        expect((await store.listTickets())[1]).toEqual(await store.getTicket(b));
      });
    });

    describe('life cycle', () => {
      const pairs = TICKET_STATUSES.flatMap((status) => EVENTS.map((event) => [status, event] as const));

      it.each(pairs)('from %s, %s moves as nextStatus says or is refused without a trace', async (status, event) => {
        const id = await ticketIn(status);
        const before = (await store.getTicket(id))!;
        const trail = await store.auditTrail(id);
        const result = await store.applyChange(id, change(event));
        const expected = nextStatus(status, event);
        if (expected) {
          expect(result.ok).toBe(true);
          expect(result.ticket!.status).toBe(expected);
          expect(await store.getTicket(id)).toEqual(result.ticket);
          expect(await store.auditTrail(id)).toEqual([
            ...trail,
            { ticketId: id, event, actor: change(event).actor, at: result.ticket!.updatedAt, detail: `${status} → ${expected}` },
          ]);
        } else {
          expect(result).toEqual({ ok: false, reason: 'not_allowed', ticket: before });
          expect(await store.getTicket(id)).toEqual(before);
          expect(await store.auditTrail(id)).toEqual(trail);
        }
      });

      it('refuses changes to a ticket that does not exist', async () => {
        for (const id of ['MK-9999', 'garbage']) {
          expect(await store.applyChange(id, change('claimed'))).toEqual({ ok: false, reason: 'not_found' });
        }
      });

      it('records who claimed and what the helpdesk answered; a new answer replaces the old', async () => {
        const { id } = await store.createTicket(newTicket(), ASKER);
        expect((await store.applyChange(id, { event: 'claimed', actor: HELPDESK })).ticket!.claimedBy).toBe(HELPDESK.userHash);
        const answered = (await store.applyChange(id, { event: 'answered', actor: HELPDESK, answer: 'Första svaret.' })).ticket!;
        expect(answered).toMatchObject({ status: 'answered', helpdeskAnswer: 'Första svaret.', claimedBy: HELPDESK.userHash });
        expect(answered.updatedAt >= answered.createdAt).toBe(true);
        await store.applyChange(id, { event: 'asker_not_helpful', actor: ASKER });
        expect((await store.applyChange(id, { event: 'claimed', actor: OTHER_HELPDESK })).ticket!.claimedBy).toBe(OTHER_HELPDESK.userHash);
        await store.applyChange(id, { event: 'answered', actor: OTHER_HELPDESK, answer: 'Andra svaret.' });
        expect(await store.getTicket(id)).toMatchObject({ status: 'answered', helpdeskAnswer: 'Andra svaret.', claimedBy: OTHER_HELPDESK.userHash });
      });

      it('lets only the first of two claims through', async () => {
        const { id } = await store.createTicket(newTicket(), ASKER);
        expect((await store.applyChange(id, { event: 'claimed', actor: HELPDESK })).ok).toBe(true);
        const second = await store.applyChange(id, { event: 'claimed', actor: OTHER_HELPDESK });
        expect(second).toMatchObject({ ok: false, reason: 'not_allowed', ticket: { claimedBy: HELPDESK.userHash } });
      });
    });

    it('keeps the whole audit trail in order, with who, when and what', async () => {
      const { id } = await store.createTicket(newTicket(), ASKER);
      const steps: TicketChange[] = [
        { event: 'claimed', actor: HELPDESK },
        { event: 'answered', actor: HELPDESK, answer: 'Ja.' },
        { event: 'asker_not_helpful', actor: ASKER },
        { event: 'claimed', actor: OTHER_HELPDESK },
        { event: 'answered', actor: OTHER_HELPDESK, answer: 'Ja, med villkor.' },
        { event: 'asker_helpful', actor: ASKER },
      ];
      for (const step of steps) await store.applyChange(id, step);
      const trail = await store.auditTrail(id);
      expect(trail.map((e) => [e.event, e.actor, e.detail])).toEqual([
        ['created', ASKER, 'open'],
        ['claimed', HELPDESK, 'open → claimed'],
        ['answered', HELPDESK, 'claimed → answered'],
        ['asker_not_helpful', ASKER, 'answered → reopened'],
        ['claimed', OTHER_HELPDESK, 'reopened → claimed'],
        ['answered', OTHER_HELPDESK, 'claimed → answered'],
        ['asker_helpful', ASKER, 'answered → closed'],
      ]);
      expect(trail.every((e) => e.ticketId === id && ISO.test(e.at))).toBe(true);
      expect(trail.map((e) => e.at)).toEqual([...trail.map((e) => e.at)].sort());
      expect(trail[0].at).toBe((await store.getTicket(id))!.createdAt);
      // Another ticket's trail is its own.
      const other = (await store.createTicket(newTicket(), ASKER)).id;
      expect(await store.auditTrail(other)).toHaveLength(1);
      expect(await store.auditTrail(id)).toHaveLength(7);
    });

    it('sets and replaces the helpdesk card id without touching the status or the trail', async () => {
      const { id } = await store.createTicket(newTicket(), ASKER);
      await store.setHelpdeskActivityId(id, 'activity-1');
      await store.setHelpdeskActivityId(id, 'activity-2');
      expect(await store.getTicket(id)).toMatchObject({ status: 'open', helpdeskActivityId: 'activity-2' });
      expect(await store.auditTrail(id)).toHaveLength(1);
      await expect(store.setHelpdeskActivityId('MK-9999', 'x')).resolves.toBeUndefined();
    });

    it('saves, overwrites and reads conversation references by key', async () => {
      const first = { channelId: 'msteams', serviceUrl: 'https://a.example/', conversation: { id: 'c1', isGroup: false, conversationType: 'personal', name: '' } };
      const second = { ...first, serviceUrl: 'https://b.example/' };
      await store.saveConversationReference('msteams:c1', first);
      await store.saveConversationReference('slack:c1', second);
      expect(await store.conversationReference('msteams:c1')).toEqual(first);
      await store.saveConversationReference('msteams:c1', second);
      expect(await store.conversationReference('msteams:c1')).toEqual(second);
      expect(await store.conversationReference('msteams:c2')).toBeUndefined();
    });

    it('never gives back a personnummer in a question, comment or answer', async () => {
      const text = (what: string) => `${what} för ${PERSONNUMMER} och 121212-1212?`;
      const { id } = await store.createTicket(newTicket({ question: text('Fråga'), comment: text('Kommentar') }), ASKER);
      await store.applyChange(id, { event: 'answered', actor: HELPDESK, answer: text('Svar') });
      const seen = JSON.stringify([await store.getTicket(id), await store.listTickets(), await store.auditTrail(id)]);
      for (const trace of PERSONNUMMER_TRACES) expect(seen).not.toContain(trace);
      const ticket = (await store.getTicket(id))!;
      expect([ticket.question, ticket.comment, ticket.helpdeskAnswer]).toEqual([expect.stringMatching(/^Fråga för /), expect.stringMatching(/^Kommentar för /), expect.stringMatching(/^Svar för /)]);
    });

    it('keeps everything across a reopen, and never reuses an id', async () => {
      if (!harness.reopen) return;
      const { id } = await store.createTicket(newTicket(), ASKER);
      await store.applyChange(id, change('claimed'));
      await store.setHelpdeskActivityId(id, 'activity-1');
      await store.saveConversationReference('k', newTicket().askerReference);
      const ticket = await store.getTicket(id);
      const trail = await store.auditTrail(id);

      store = await harness.reopen();
      expect(await store.getTicket(id)).toEqual(ticket);
      expect(await store.auditTrail(id)).toEqual(trail);
      expect(await store.listTickets()).toEqual([ticket]);
      expect(await store.conversationReference('k')).toEqual(newTicket().askerReference);
      const next = await store.createTicket(newTicket(), ASKER);
      expect(next.id).not.toBe(id);
      expect((await store.listTickets()).map((t) => t.id)).toEqual([next.id, id]);
    });
  });
}
