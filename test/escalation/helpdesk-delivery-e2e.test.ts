/**
 * What the helpdesk sends must arrive, privately, and only the helpdesk may act: over real HTTP,
 * with the connector stand-in refusing the helpdesk's service URL to play a connector that is down.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { createEngine, Engine } from '../../bot/engine/engine';
import { LocalAnalyzer } from '../../bot/engine/analysis/local-analyzer';
import { HELPDESK_STRINGS } from '../../bot/engine/strings/helpdesk';
import { ConnectorStandIn } from '../support/connector-stand-in';
import { TEAMS_CHANNEL_CONVERSATION, teamsCardSubmit, teamsChannelMessage, teamsPersonalMessage } from '../support/activities';
import { HANNA, HELPDESK_CHANNEL, helpdeskClick } from '../support/helpdesk-activities';
import { HELPDESK_PREFIX, HelpdeskBot, startHelpdeskBot } from '../support/start-helpdesk-bot';
import { cardText, submitData } from '../support/card-reading';

const KNOWLEDGE_DIR = path.resolve(__dirname, '../../knowledge');
const QUESTION = 'Får jag lagra hälsodata i Office 365?';
const ANNA_CHAT = 'a:1personal-anna';
const sv = HELPDESK_STRINGS.sv;

describe('helpdesk delivery and who may act', () => {
  const analyzer = new LocalAnalyzer();
  let engine: Engine;
  let engineDir: string;
  let standIn: ConnectorStandIn;
  let bot: HelpdeskBot;

  beforeAll(async () => {
    engineDir = fs.mkdtempSync(path.join(os.tmpdir(), 'molnkoll-delivery-engine-'));
    engine = await createEngine({ knowledgeDir: KNOWLEDGE_DIR, dataDir: engineDir, analyzer });
    standIn = await ConnectorStandIn.start();
    standIn.addMember(HELPDESK_CHANNEL, { id: HANNA.id, name: HANNA.name, aadObjectId: HANNA.aadObjectId });
  });
  afterAll(async () => {
    await standIn.close();
    fs.rmSync(engineDir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    standIn.clear();
    standIn.activityFailureStatus = undefined;
    standIn.activityFailurePrefix = undefined;
    standIn.refused = 0;
    standIn.createdConversations.length = 0;
    standIn.rosterRequests.length = 0;
    bot = await startHelpdeskBot({ standIn, engine: () => engine, analyzer });
  });
  afterEach(async () => {
    await bot.stop();
    fs.rmSync(bot.dataDir, { recursive: true, force: true });
  });

  const teamsUrl = () => standIn.url('/teams');
  const helpdeskUrl = () => standIn.url(HELPDESK_PREFIX);
  const messagesIn = (conversationId: string) => standIn.inConversation(conversationId).filter((a) => a.activity.type === 'message');
  const ticketCardPosts = () => messagesIn(HELPDESK_CHANNEL).filter((a) => a.method === 'POST');
  const helpdeskDown = (status = 503) => {
    standIn.activityFailurePrefix = HELPDESK_PREFIX;
    standIn.activityFailureStatus = status;
  };
  const helpdeskUp = () => {
    standIn.activityFailureStatus = undefined;
  };

  async function post(activity: Partial<Activity>): Promise<void> {
    expect((await bot.post(activity)).status).toBe(200);
  }

  async function escalateInAnnasChat(): Promise<void> {
    await post(teamsPersonalMessage(teamsUrl(), QUESTION));
    await post(teamsCardSubmit(teamsUrl(), submitData(messagesIn(ANNA_CHAT).at(-1)!.activity, 'Skicka till helpdesk')));
  }

  async function until(condition: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  describe('the outbox', () => {
    it('acknowledges a ticket while the helpdesk connector is down, retries, and posts the card once when it is back', async () => {
      helpdeskDown();
      await escalateInAnnasChat();

      expect(messagesIn(ANNA_CHAT).at(-1)!.activity.text).toBe(sv.ticketCreated('MK-0001'));
      // The connector client retries a 5xx itself a few times within one attempt of ours.
      const notDelivered = () => bot.logs.entries().filter((e) => e.msg === 'outbox message not delivered; will retry');
      await until(() => notDelivered().length >= 1, 'an attempt to fail', 15_000);
      expect(notDelivered()[0]).toMatchObject({ ticketId: 'MK-0001', kind: 'ticket_card', attempts: 1 });
      expect(standIn.refused).toBeGreaterThanOrEqual(2);
      expect(ticketCardPosts()).toEqual([]);
      expect(await bot.store.pendingMessages()).toEqual([expect.objectContaining({ kind: 'ticket_card', ticketId: 'MK-0001' })]);

      helpdeskUp();
      await bot.settled(15_000);
      expect(ticketCardPosts()).toHaveLength(1);
      expect(cardText(ticketCardPosts()[0].activity)).toContain('Ärende MK-0001');
      expect((await bot.store.getTicket('MK-0001'))!.helpdeskActivityId).toBe(ticketCardPosts()[0].assignedId);
      await new Promise((resolve) => setTimeout(resolve, 300)); // a few polls more: nothing is sent twice
      expect(ticketCardPosts()).toHaveLength(1);
    });

    it('keeps what it could not send across a restart and sends it, once, before anyone writes again', async () => {
      helpdeskDown();
      await escalateInAnnasChat();
      await until(() => standIn.refused >= 1, 'a refused attempt');
      const dataDir = bot.dataDir;
      await bot.stop();

      helpdeskUp();
      bot = await startHelpdeskBot({ standIn, engine: () => engine, analyzer, dataDir });
      await bot.settled(15_000);
      expect(ticketCardPosts()).toHaveLength(1);
      expect(cardText(ticketCardPosts()[0].activity)).toContain(QUESTION);
    });

    it('gives up on a refusal no retry can fix, and says so in the log', async () => {
      helpdeskDown(403);
      await escalateInAnnasChat();
      await bot.settled();

      expect(standIn.refused).toBe(1);
      expect(await bot.store.pendingMessages()).toEqual([]);
      expect(bot.logs.entries().find((e) => e.msg === 'outbox message refused; not retried')).toMatchObject({ ticketId: 'MK-0001', kind: 'ticket_card' });
    });
  });

  it('answers an asker who asked in a channel in a private chat it opens, and shows the channel only that it did', async () => {
    await post(teamsChannelMessage(teamsUrl(), QUESTION, { mention: true }));
    const answerCard = messagesIn(TEAMS_CHANNEL_CONVERSATION).at(-1)!.activity;
    const inChannel = teamsChannelMessage(teamsUrl(), '', { mention: false });
    await post({ ...inChannel, text: undefined, value: submitData(answerCard, 'Skicka till helpdesk'), replyToId: 'stand-in-1' });
    await bot.settled();
    const cardId = ticketCardPosts()[0].assignedId!;

    const answer = 'Nej, inte ännu. Använd kommunens egen lagring för patientuppgifter.';
    await post(helpdeskClick(helpdeskUrl(), { ...submitData(ticketCardPosts()[0].activity, 'Skicka svaret'), answer }, HANNA, cardId));
    await bot.settled();

    expect(standIn.createdConversations).toEqual([{ prefix: '/teams', id: 'a:1created-29:1user-anna', memberIds: ['29:1user-anna'], tenantId: '72f988bf-0000-0000-0000-2d7cd011db47' }]);
    const [privateAnswer] = messagesIn('a:1created-29:1user-anna');
    expect(cardText(privateAnswer.activity)).toContain(answer);
    const everywhereElse = standIn.received.filter((a) => a.conversationId !== 'a:1created-29:1user-anna');
    expect(JSON.stringify(everywhereElse)).not.toContain('kommunens egen lagring');
    const updated = standIn.received.filter((a) => a.method === 'PUT' && a.conversationId === HELPDESK_CHANNEL).at(-1)!;
    expect(cardText(updated.activity)).toContain('Besvarad');
    expect(cardText(updated.activity)).toContain('Svaret är skickat till den som frågade, i en privat chatt.');
  });

  describe('ticket actions', () => {
    const claimData = () => submitData(ticketCardPosts()[0].activity, 'Jag tar den');

    it('refuses a helpdesk member acting from outside the helpdesk channel, changing nothing', async () => {
      await escalateInAnnasChat();
      await bot.settled();
      // Hanna, a helpdesk member, presses a forwarded ticket button in her own 1:1 chat with the bot.
      const fromHerChat = teamsCardSubmit(teamsUrl(), claimData(), { userId: HANNA.id, aadObjectId: HANNA.aadObjectId });
      await post({ ...fromHerChat, conversation: { id: 'a:1personal-hanna', conversationType: 'personal', tenantId: '72f988bf-0000-0000-0000-2d7cd011db47', isGroup: false, name: '' } });
      await bot.settled();

      expect(messagesIn('a:1personal-hanna').map((a) => a.activity.text)).toEqual(['Ärenden hanteras bara i helpdeskens kanal; inget är ändrat.']);
      expect((await bot.store.getTicket('MK-0001'))!.status).toBe('open');
      expect((await bot.store.auditTrail('MK-0001')).map((e) => e.event)).toEqual(['created']);
      expect(standIn.rosterRequests).toEqual([]);
    });

    it('refuses the helpdesk channel id arriving from another tenant than HELPDESK_TENANT_ID', async () => {
      await bot.stop();
      fs.rmSync(bot.dataDir, { recursive: true, force: true });
      bot = await startHelpdeskBot({ standIn, engine: () => engine, analyzer, env: { HELPDESK_TENANT_ID: '72F988BF-0000-0000-0000-2D7CD011DB47' } });
      await escalateInAnnasChat();
      await bot.settled();
      const click = helpdeskClick(helpdeskUrl(), claimData(), HANNA, ticketCardPosts()[0].assignedId!);
      const otherTenant = 'aaaaaaaa-0000-0000-0000-000000000001';
      await post({ ...click, conversation: { ...click.conversation!, tenantId: otherTenant }, channelData: { ...click.channelData, tenant: { id: otherTenant } } });
      await bot.settled();

      expect((await bot.store.getTicket('MK-0001'))!.status).toBe('open');
      expect(bot.logs.entries().filter((e) => e.msg === 'ticket action refused: not from the helpdesk channel and tenant')).toHaveLength(1);

      // The same click from the configured tenant (matched whatever its case) goes through.
      await post(click);
      await bot.settled();
      expect((await bot.store.getTicket('MK-0001'))!.status).toBe('claimed');
    });
  });
});
