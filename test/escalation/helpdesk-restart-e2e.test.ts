/**
 * Tickets, remembered questions and conversation references live in the SQLite store, so a
 * restarted server can finish what the one before it started.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createEngine, Engine } from '../../bot/engine/engine';
import { LocalAnalyzer } from '../../bot/engine/analysis/local-analyzer';
import { HELPDESK_STRINGS } from '../../bot/engine/strings/helpdesk';
import { ConnectorStandIn, ReceivedActivity } from '../support/connector-stand-in';
import { teamsCardSubmit, teamsPersonalMessage } from '../support/activities';
import { HANNA, HELPDESK_CHANNEL, helpdeskClick } from '../support/helpdesk-activities';
import { HELPDESK_PREFIX, HelpdeskBot, startHelpdeskBot } from '../support/start-helpdesk-bot';
import { cardText, submitData } from '../support/card-reading';

const KNOWLEDGE_DIR = path.resolve(__dirname, '../../knowledge');
const ANNA_CHAT = 'a:1personal-anna';
const BERTIL = { userId: '29:1user-bertil', aadObjectId: 'aad-bertil', conversationId: 'a:1personal-bertil' };
const sv = HELPDESK_STRINGS.sv;

describe('the helpdesk across a restart', () => {
  const analyzer = new LocalAnalyzer();
  let engine: Engine;
  let engineDir: string;
  let dataDir: string;
  let standIn: ConnectorStandIn;
  let bot: HelpdeskBot | undefined;

  beforeAll(async () => {
    engineDir = fs.mkdtempSync(path.join(os.tmpdir(), 'molnkoll-hd-engine-'));
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'molnkoll-hd-restart-'));
    engine = await createEngine({ knowledgeDir: KNOWLEDGE_DIR, dataDir: engineDir, analyzer });
    standIn = await ConnectorStandIn.start();
    standIn.addMember(HELPDESK_CHANNEL, { id: HANNA.id, name: HANNA.name, aadObjectId: HANNA.aadObjectId });
  });
  afterAll(async () => {
    await bot?.stop();
    await standIn.close();
    fs.rmSync(engineDir, { recursive: true, force: true });
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const start = async () => (bot = await startHelpdeskBot({ standIn, engine: () => engine, analyzer, dataDir }));
  /** Posts and waits until what the turn queued has gone out. */
  const post = async (activity: Parameters<HelpdeskBot['post']>[0]) => {
    expect((await bot!.post(activity)).status).toBe(200);
    await bot!.settled();
  };
  const messagesIn = (conversationId: string): ReceivedActivity[] =>
    standIn.inConversation(conversationId).filter((a) => a.activity.type === 'message');

  it('answers a ticket created before the restart, and escalates a question asked before it', async () => {
    // Before: Anna escalates; Bertil only asks.
    await start();
    await post(teamsPersonalMessage(standIn.url('/teams'), 'Får jag lagra hälsodata i Office 365?'));
    await post(teamsPersonalMessage(standIn.url('/teams'), 'helpdesk'));
    await post(teamsPersonalMessage(standIn.url('/teams'), 'Får vi ha Teamsmöten om socialtjänstärenden?', BERTIL));
    const card = messagesIn(HELPDESK_CHANNEL)[0];
    expect(cardText(card.activity)).toContain('Ärende MK-0001');
    await bot!.stop();

    // After: a new server on the same data folder.
    await start();
    standIn.clear();
    // Anna's chat has moved to another service URL since; the latest reference wins.
    await post(teamsPersonalMessage(standIn.url('/teams-moved'), 'hej'));
    const cardId = (await bot!.store.getTicket('MK-0001'))!.helpdeskActivityId!;
    expect(cardId).toBe(card.assignedId);

    await post(helpdeskClick(standIn.url(HELPDESK_PREFIX), submitData(card.activity, 'Jag tar den'), HANNA, cardId));
    await post(helpdeskClick(standIn.url(HELPDESK_PREFIX), { ...submitData(card.activity, 'Skicka svaret'), answer: 'Nej, inte ännu.' }, HANNA, cardId));

    const updates = standIn.received.filter((a) => a.method === 'PUT');
    expect(updates.map((u) => [u.conversationId, u.activityId])).toEqual([
      [HELPDESK_CHANNEL, cardId],
      [HELPDESK_CHANNEL, cardId],
    ]);
    const toAnna = messagesIn(ANNA_CHAT).filter((a) => a.prefix === '/teams-moved' && a.activityId !== undefined);
    expect(toAnna.map((a) => a.activity.text ?? cardText(a.activity))).toEqual([
      expect.any(String), // the reply to "hej", which also says where her chat now is
      sv.claimedNotice('MK-0001'),
      expect.stringContaining('Nej, inte ännu.'),
    ]);

    await post(teamsCardSubmit(standIn.url('/teams-moved'), submitData(toAnna[2].activity, 'Till hjälp')));
    expect((await bot!.store.getTicket('MK-0001'))!.status).toBe('closed');

    // Bertil's question was remembered by the server before the restart.
    await post(teamsPersonalMessage(standIn.url('/teams'), 'Fråga helpdesk', BERTIL));
    expect(messagesIn(BERTIL.conversationId).at(-1)!.activity.text).toBe(sv.ticketCreated('MK-0002'));
    expect((await bot!.store.getTicket('MK-0002'))!.question).toBe('Får vi ha Teamsmöten om socialtjänstärenden?');
  });
});
