/**
 * HelpdeskActions on a real SQLite store: each refusal is the typed error its situation names
 * (helpdesk-errors.ts), told to the clicker in HELPDESK_STRINGS' words, and nothing changes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Activity, TestAdapter, TurnContext } from 'botbuilder';
import { LocalAnalyzer } from '../../../bot/engine';
import { SqliteStore } from '../../../bot/store/sqlite-store';
import { ticketCardSubmit } from '../../../bot/render/ticket-card';
import { HelpdeskActions } from '../../../bot/teams/helpdesk/helpdesk-actions';
import { HelpdeskChannel } from '../../../bot/teams/helpdesk/helpdesk-channel';
import { HelpdeskMembership } from '../../../bot/teams/helpdesk/helpdesk-membership';
import { NotHelpdeskMember, TicketTransitionError, UnknownTicket, refusalOfChange } from '../../../bot/teams/helpdesk/helpdesk-errors';
import { userKeyOf } from '../../../bot/teams/user-key';
import { TENANT_ID } from '../../support/activities';
import { HANNA, HELPDESK_CHANNEL, OLLE, TeamsUser, helpdeskClick } from '../../support/helpdesk-activities';
import { LogCapture, captureLogs } from '../../support/log-capture';
import { newTicket } from '../../store/ticket-store-contract';

const KARIN: TeamsUser = { id: '29:1helpdesk-karin', name: 'Karin Helpdesk', aadObjectId: 'aad-karin-0003' };
const SERVICE_URL = 'https://smba.example/';
const unused = () => Promise.reject(new Error('no proactive message is sent in a turn'));

describe('HelpdeskActions refusals', () => {
  let dir: string;
  let store: SqliteStore;
  let actions: HelpdeskActions;
  let membership: HelpdeskMembership;
  let kicks: number;
  let logs: LogCapture;

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'molnkoll-helpdesk-actions-'));
    store = SqliteStore.open(dir);
    kicks = 0;
    logs = captureLogs('debug');
    const channel = new HelpdeskChannel({
      conversationId: HELPDESK_CHANNEL,
      serviceUrl: SERVICE_URL,
      tenantId: TENANT_ID,
      botAppId: '',
      proactive: { continueConversation: unused, createPersonalConversation: unused },
      language: 'sv',
    });
    // Hanna and Karin are on the roster; Olle is not.
    membership = new HelpdeskMembership({ members: [], roster: { isMember: async (id) => id === HANNA.id || id === KARIN.id }, logger: logs.logger });
    actions = new HelpdeskActions({ store, analyzer: new LocalAnalyzer(), membership, channel, logger: logs.logger, kick: () => void (kicks += 1), rates: store });
    await store.createTicket(newTicket(), { userHash: 'asker-hash', role: 'asker' });
  });

  afterEach(async () => {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** One click; returns the texts the bot replied with. */
  async function click(value: object, user: TeamsUser, change: (activity: Partial<Activity>) => Partial<Activity> = (a) => a): Promise<string[]> {
    const context = new TurnContext(new TestAdapter(), change(helpdeskClick(SERVICE_URL, { ...value }, user)));
    const replies: string[] = [];
    context.onSendActivities(async (_context, activities, next) => {
      replies.push(...activities.map((a) => a.text ?? ''));
      return next();
    });
    await actions.onHelpdeskAction(context, value as Parameters<HelpdeskActions['onHelpdeskAction']>[1]);
    return replies;
  }

  const refusalLog = (msg: string) => logs.entries().filter((e) => e.msg === msg);

  it('a non-member pressing a ticket button is NotHelpdeskMember: told only the helpdesk may, and the ticket is untouched', async () => {
    await expect(membership.requireMember(new TurnContext(new TestAdapter(), helpdeskClick(SERVICE_URL, {}, OLLE)))).rejects.toEqual(new NotHelpdeskMember('not_in_roster'));
    expect(await click(ticketCardSubmit('claim', 'MK-0001'), OLLE)).toEqual(['Bara helpdesk kan hantera ärenden.']);
    expect((await store.getTicket('MK-0001'))!.status).toBe('open');
    expect(refusalLog('ticket action refused: not a helpdesk member').map((e) => [e.ticketId, e.action, e.reason])).toEqual([['MK-0001', 'claim', 'not_in_roster']]);
    expect(kicks).toBe(0);
  });

  it('claiming a claimed ticket is a TicketTransitionError naming its status and who holds it', async () => {
    expect(await click(ticketCardSubmit('claim', 'MK-0001'), HANNA)).toEqual([]);
    expect(kicks).toBe(1);
    expect(await click(ticketCardSubmit('claim', 'MK-0001'), KARIN)).toEqual(['Ärende MK-0001 kan inte tas nu: det är tagen.']);
    const hanna = userKeyOf(helpdeskClick(SERVICE_URL, {}, HANNA))!;
    expect((await store.getTicket('MK-0001'))!.claimedBy).toBe(hanna);
    expect(refusalLog('ticket action not applied').map((e) => [e.ticketId, e.action, e.reason, e.status, e.holder])).toEqual([['MK-0001', 'claim', 'not_allowed', 'claimed', hanna]]);
    expect(kicks).toBe(1);

    const refused = await store.applyChange('MK-0001', { event: 'claimed', actor: { userHash: 'karin', role: 'helpdesk' } });
    expect(refused.ok).toBe(false);
    const error = refusalOfChange('MK-0001', 'claimed', refused as Extract<typeof refused, { ok: false }>);
    expect(error).toBeInstanceOf(TicketTransitionError);
    expect(error).toMatchObject({ reason: 'ticket_transition', ticketId: 'MK-0001', from: 'claimed', event: 'claimed', holder: hanna });
  });

  it('a ticket that does not exist is UnknownTicket', async () => {
    expect(await click(ticketCardSubmit('close', 'MK-0099'), HANNA)).toEqual(['Hittar inget ärende MK-0099.']);
    expect(refusalLog('ticket action not applied').map((e) => [e.ticketId, e.reason])).toEqual([['MK-0099', 'not_found']]);
    const refused = await store.applyChange('MK-0099', { event: 'closed', actor: { userHash: 'hanna', role: 'helpdesk' } });
    expect(refusalOfChange('MK-0099', 'closed', refused as Extract<typeof refused, { ok: false }>)).toEqual(new UnknownTicket('MK-0099'));
  });

  it('a click from outside the helpdesk channel is NotInHelpdeskChannel, whoever clicks', async () => {
    const elsewhere = (a: Partial<Activity>) => ({ ...a, conversation: { ...a.conversation!, id: '19:general@thread.tacv2' } });
    expect(await click(ticketCardSubmit('claim', 'MK-0001'), HANNA, elsewhere)).toEqual(['Ärenden hanteras bara i helpdeskens kanal; inget är ändrat.']);
    expect(refusalLog('ticket action refused: not from the helpdesk channel and tenant').map((e) => [e.ticketId, e.channelId])).toEqual([['MK-0001', 'msteams']]);
    expect((await store.getTicket('MK-0001'))!.status).toBe('open');
  });

  it('an answer with no text is EmptyHelpdeskAnswer: nothing stored, nothing sent', async () => {
    expect(await click({ ...ticketCardSubmit('answer', 'MK-0001'), answer: '' }, HANNA)).toEqual(['Skriv ett svar först; inget är ändrat.']);
    const ticket = (await store.getTicket('MK-0001'))!;
    expect([ticket.status, ticket.helpdeskAnswer]).toEqual(['open', undefined]);
    expect((await store.auditTrail('MK-0001')).map((e) => e.event)).toEqual(['created']);
    expect(kicks).toBe(0);
  });
});
