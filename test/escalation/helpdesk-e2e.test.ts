/**
 * End to end over real HTTP: the real engine on the bundled knowledge, the real server and SQLite
 * store, and the connector stand-in playing the asker's chat, Slack and the helpdesk's channel.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createEngine, Engine } from '../../bot/engine/engine';
import { LocalAnalyzer } from '../../bot/engine/analysis/local-analyzer';
import { HELPDESK_STRINGS } from '../../bot/engine/strings/helpdesk';
import { CHAT_STRINGS } from '../../bot/engine/strings/chat';
import { ESCALATIONS_PER_MINUTE } from '../../bot/teams/asker/asker-escalation';
import { TICKET_CARD_ACTION } from '../../bot/render/ticket-card';
import { ConnectorStandIn, ReceivedActivity } from '../support/connector-stand-in';
import { slackMessage, teamsCardSubmit, teamsPersonalMessage } from '../support/activities';
import { HANNA, HELPDESK_CHANNEL, OLLE, helpdeskClick } from '../support/helpdesk-activities';
import { HELPDESK_PREFIX, HelpdeskBot, startHelpdeskBot } from '../support/start-helpdesk-bot';
import { actionTitles, cardIn, cardText, submitData } from '../support/card-reading';

const KNOWLEDGE_DIR = path.resolve(__dirname, '../../knowledge');
const QUESTION = 'Får jag lagra hälsodata i Office 365?';
const ANNA_CHAT = 'a:1personal-anna';
const SLACK_CHAT = 'B01BOT:T01KOMMUN:D01DIRECT';
const sv = HELPDESK_STRINGS.sv;

describe('helpdesk escalation end to end', () => {
  const analyzer = new LocalAnalyzer();
  let engine: Engine;
  let engineDir: string;
  let standIn: ConnectorStandIn;
  let bot: HelpdeskBot;

  beforeAll(async () => {
    engineDir = fs.mkdtempSync(path.join(os.tmpdir(), 'molnkoll-hd-engine-'));
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
    standIn.rosterRequests.length = 0;
    standIn.rosterFailureStatus = undefined;
    bot = await startHelpdeskBot({ standIn, engine: () => engine, analyzer });
  });
  afterEach(async () => {
    await bot.stop();
    fs.rmSync(bot.dataDir, { recursive: true, force: true });
  });

  const teamsUrl = () => standIn.url('/teams');
  const helpdeskUrl = () => standIn.url(HELPDESK_PREFIX);
  const messagesIn = (conversationId: string) => standIn.inConversation(conversationId).filter((a) => a.activity.type === 'message');
  const lastIn = (conversationId: string): ReceivedActivity => messagesIn(conversationId).at(-1)!;
  const ticketCardPosts = () => messagesIn(HELPDESK_CHANNEL).filter((a) => a.method === 'POST');
  const cardUpdates = () => standIn.received.filter((a) => a.method === 'PUT' && a.conversationId === HELPDESK_CHANNEL);

  /** Posts to the bot and waits until what the turn queued for the helpdesk and the asker has gone out. */
  async function post(activity: Parameters<HelpdeskBot['post']>[0]): Promise<void> {
    expect((await bot.post(activity)).status).toBe(200);
    await bot.settled();
  }

  /** Asks in Anna's Teams chat and presses "Skicka till helpdesk" on the answer card. */
  async function escalateByCard(question = QUESTION, comment?: string): Promise<void> {
    await post(teamsPersonalMessage(teamsUrl(), question));
    const data = submitData(lastIn(ANNA_CHAT).activity, 'Skicka till helpdesk');
    await post(teamsCardSubmit(teamsUrl(), comment === undefined ? data : { ...data, comment }));
  }

  /** The ticket card's activity id, as the stand-in gave it. */
  const cardId = () => ticketCardPosts()[0].assignedId!;
  /** The helpdesk channel's thread under the ticket card, where replies to clicks go. */
  const cardThread = () => `${HELPDESK_CHANNEL};messageid=${cardId()}`;

  async function restartWith(env: Record<string, string>, timeoutMs?: number): Promise<void> {
    await bot.stop();
    fs.rmSync(bot.dataDir, { recursive: true, force: true });
    bot = await startHelpdeskBot({ standIn, engine: () => engine, analyzer, env, timeoutMs });
  }

  /** Clicks a button on the latest ticket card (as posted or updated) as `user`. */
  async function clickOnTicketCard(title: string, user = HANNA, inputs: Record<string, unknown> = {}): Promise<void> {
    const latest = [...ticketCardPosts(), ...cardUpdates()].at(-1)!;
    await post(helpdeskClick(helpdeskUrl(), { ...submitData(latest.activity, title), ...inputs }, user, cardId()));
  }

  describe('escalating', () => {
    it('by the answer card, with a comment: stored, acknowledged, and the ticket card in the helpdesk channel', async () => {
      await escalateByCard(QUESTION, 'Vi har möte om detta på fredag.');

      expect(lastIn(ANNA_CHAT).activity.text).toBe(sv.ticketCreated('MK-0001'));
      const [posted] = ticketCardPosts();
      expect(posted.prefix).toBe(HELPDESK_PREFIX);
      const text = cardText(posted.activity);
      for (const expected of ['Ärende MK-0001', 'Öppen', QUESTION, 'Vi har möte om detta på fredag.', 'Inte ännu', '[1]']) {
        expect([expected, text.includes(expected)]).toEqual([expected, true]);
      }
      expect(text).toMatch(/\{\{DATE\(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ, SHORT\)\}\}/);
      expect(actionTitles(posted.activity)).toEqual(['Jag tar den', 'Svara', 'Skicka svaret', 'Stäng']);

      const ticket = (await bot.store.getTicket('MK-0001'))!;
      expect(ticket).toMatchObject({ status: 'open', question: QUESTION, comment: 'Vi har möte om detta på fredag.', language: 'sv' });
      expect(ticket.botAnswer).toMatchObject({ verdict: 'pending', answered: true });
      expect(ticket.helpdeskActivityId).toBe(posted.assignedId);
      expect(ticket.helpdeskActivityId).toMatch(/^stand-in-\d+$/);
      expect((await bot.store.auditTrail('MK-0001')).map((e) => [e.event, e.actor.role])).toEqual([['created', 'asker']]);
      expect(bot.logs.entries().find((e) => e.msg === 'ticket created')).toMatchObject({ ticketId: 'MK-0001', withComment: true });
    });

    it('by the text `helpdesk` in Slack, escalating the latest question of that user there', async () => {
      await post(slackMessage(teamsUrl(), 'Får jag använda Zoom för möten?'));
      await post(slackMessage(teamsUrl(), QUESTION));
      await post(slackMessage(teamsUrl(), 'HelpDesk'));

      expect(lastIn(SLACK_CHAT).activity.text).toBe(sv.ticketCreated('MK-0001'));
      expect(await bot.store.getTicket('MK-0001')).toMatchObject({ question: QUESTION, asker: { channelId: 'slack' } });
      expect(cardText(ticketCardPosts()[0].activity)).toContain(QUESTION);

      // Slack has no cards: the claim and the answer come back as text in the same chat.
      await clickOnTicketCard('Jag tar den');
      await clickOnTicketCard('Skicka svaret', HANNA, { answer: 'Nej, inte ännu <se beslutet>.' });
      const [claimed, answered] = messagesIn(SLACK_CHAT).slice(-2).map((a) => a.activity);
      expect(claimed.text).toBe(sv.claimedNotice('MK-0001'));
      expect(answered.attachments).toBeUndefined();
      expect(answered.text).toContain('*Svar från helpdesk*');
      expect(answered.text).toContain('Nej, inte ännu &lt;se beslutet&gt;.');
      expect(answered.channelData).toEqual({ text: answered.text });
    });

    it('after a typed -1 in Slack: the reasons and the helpdesk offered, a reason kept, then escalated', async () => {
      await post(slackMessage(teamsUrl(), QUESTION));
      await post(slackMessage(teamsUrl(), '-1'));
      expect(lastIn(SLACK_CHAT).activity.text).toBe(
        'Tack för din återkoppling! Vad var fel? Svara gärna med en siffra:\n\n1. Fel besked\n2. Inaktuellt\n3. Svarade inte på frågan\n4. Annat' +
          '\n\nVill du att helpdesk tittar på frågan? Skriv "helpdesk".',
      );
      await post(slackMessage(teamsUrl(), '3'));
      expect(lastIn(SLACK_CHAT).activity.text).toBe('Tack, vi har noterat varför.');
      expect(bot.logs.entries().find((e) => e.msg === 'vote reason stored')).toMatchObject({ reason: 'not_answered' });
      await post(slackMessage(teamsUrl(), 'helpdesk'));
      expect(lastIn(SLACK_CHAT).activity.text).toBe(sv.ticketCreated('MK-0001'));
      expect(await bot.store.getTicket('MK-0001')).toMatchObject({ question: QUESTION, asker: { channelId: 'slack' } });
    });

    it('by "ask the helpdesk" in Teams, once: asking again while it waits points to the same ticket', async () => {
      await post(teamsPersonalMessage(teamsUrl(), 'May I store health data in Office 365?', { locale: 'en-US' }));
      await post(teamsPersonalMessage(teamsUrl(), 'Ask the helpdesk!', { locale: 'en-US' }));
      await post(teamsPersonalMessage(teamsUrl(), 'ask the helpdesk', { locale: 'en-US' }));

      // The answer card carries its preview as text; the plain replies are the ones without a card.
      const texts = messagesIn(ANNA_CHAT).filter((a) => !a.activity.attachments?.length).map((a) => a.activity.text).filter(Boolean);
      expect(texts).toEqual([HELPDESK_STRINGS.en.ticketCreated('MK-0001'), HELPDESK_STRINGS.en.alreadyEscalated('MK-0001')]);
      expect(await bot.store.listTickets()).toHaveLength(1);
      expect(ticketCardPosts()).toHaveLength(1);
    });

    it('from the offer in an unanswered reply, which leads with the helpdesk', async () => {
      await post(teamsPersonalMessage(teamsUrl(), 'Vad blir det för lunch i dag?'));
      const reply = lastIn(ANNA_CHAT).activity;
      expect(actionTitles(reply)[0]).toBe('Fråga helpdesk');
      await post(teamsCardSubmit(teamsUrl(), submitData(reply, 'Skicka till helpdesk')));

      expect((await bot.store.getTicket('MK-0001'))!.botAnswer).toMatchObject({ verdict: null, answered: false });
      expect(cardText(ticketCardPosts()[0].activity)).toContain(sv.botUnanswered);
    });

    it('holds one user to a few escalations a minute, each about an answer the bot gave', async () => {
      for (let i = 1; i <= ESCALATIONS_PER_MINUTE + 1; i += 1) {
        await post(teamsPersonalMessage(teamsUrl(), `Får jag lagra hälsodata i Office 365? (${i})`));
        await post(teamsCardSubmit(teamsUrl(), submitData(lastIn(ANNA_CHAT).activity, 'Skicka till helpdesk')));
      }

      expect(lastIn(ANNA_CHAT).activity.text).toBe(CHAT_STRINGS.sv.rateLimited);
      expect(await bot.store.listTickets()).toHaveLength(5);
    });

    it('refuses a card that names an answer the bot never gave, creating nothing', async () => {
      await post(teamsPersonalMessage(teamsUrl(), QUESTION));
      const data = submitData(lastIn(ANNA_CHAT).activity, 'Skicka till helpdesk');
      await post(teamsCardSubmit(teamsUrl(), { ...data, answerId: 'A'.repeat(22), question: 'Påhittad fråga', verdict: 'allowed' }));

      expect(lastIn(ANNA_CHAT).activity.text).toBe(CHAT_STRINGS.sv.unknownAnswer);
      expect(await bot.store.listTickets()).toEqual([]);
      expect(ticketCardPosts()).toEqual([]);
    });

    it('says so politely when there is nothing to escalate yet', async () => {
      await post(teamsPersonalMessage(teamsUrl(), 'fråga helpdesk'));
      expect(lastIn(ANNA_CHAT).activity.text).toBe(sv.nothingToEscalate);
      expect(await bot.store.listTickets()).toEqual([]);
      expect(ticketCardPosts()).toEqual([]);
    });

    it('from an older answer card: that question goes on, answered again for the helpdesk', async () => {
      await post(teamsPersonalMessage(teamsUrl(), QUESTION));
      const older = submitData(lastIn(ANNA_CHAT).activity, 'Skicka till helpdesk');
      await post(teamsPersonalMessage(teamsUrl(), 'Får vi ha Teamsmöten om socialtjänstärenden?'));
      await post(teamsCardSubmit(teamsUrl(), older));

      expect(await bot.store.getTicket('MK-0001')).toMatchObject({ question: QUESTION, botAnswer: { verdict: 'pending' } });
    });
  });

  describe('the helpdesk at work', () => {
    it('claims and answers on the card: updated in place each time, the asker told and answered; helpful closes it', async () => {
      await escalateByCard();

      await clickOnTicketCard('Jag tar den');
      const [claimedCard] = cardUpdates();
      expect(claimedCard.activityId).toBe(cardId());
      expect(cardText(claimedCard.activity)).toContain('Tagen');
      expect(actionTitles(claimedCard.activity)).toEqual(['Svara', 'Skicka svaret', 'Stäng']);
      expect(lastIn(ANNA_CHAT).activity.text).toBe(sv.claimedNotice('MK-0001'));

      await clickOnTicketCard('Skicka svaret', HANNA, { answer: 'Nej, inte än. Beslutet väntas i höst; använd kommunens egen lagring.' });
      const answeredCard = cardUpdates()[1];
      expect(answeredCard.activityId).toBe(cardId());
      expect(cardText(answeredCard.activity)).toContain('Besvarad');
      // The answer went to the asker privately; the channel sees that it did, not what it said.
      expect(cardText(answeredCard.activity)).toContain('Svaret är skickat till den som frågade, i en privat chatt.');
      expect(cardText(answeredCard.activity)).not.toContain('Beslutet väntas i höst');
      expect(actionTitles(answeredCard.activity)).toEqual(['Öppna igen', 'Stäng']);

      const answer = lastIn(ANNA_CHAT).activity;
      expect(cardText(answer)).toContain('Svar från helpdesk');
      expect(cardText(answer)).toContain('Helpdesk, ärende MK-0001');
      expect(cardText(answer)).toContain('Nej, inte än.');
      expect(actionTitles(answer)).toEqual(['Till hjälp', 'Inte till hjälp']);

      await post(teamsCardSubmit(teamsUrl(), submitData(answer, 'Till hjälp')));
      expect(lastIn(ANNA_CHAT).activity.text).toBe(sv.thanksClosed('MK-0001'));
      expect(cardText(cardUpdates()[2].activity)).toContain('Stängd');
      expect((await bot.store.getTicket('MK-0001'))!.status).toBe('closed');
      expect((await bot.store.auditTrail('MK-0001')).map((e) => `${e.event}/${e.actor.role}`)).toEqual([
        'created/asker',
        'claimed/helpdesk',
        'answered/helpdesk',
        'asker_helpful/asker',
      ]);
      // The roster was asked once, about Hanna in the helpdesk channel; the second click used the cache.
      expect(standIn.rosterRequests.map((r) => [r.conversationId, r.userId])).toEqual([[HELPDESK_CHANNEL, HANNA.id]]);
    });

    it('not helpful reopens the ticket; the helpdesk can answer again, without claiming first', async () => {
      await escalateByCard();
      await clickOnTicketCard('Skicka svaret', HANNA, { answer: 'Läs beslutet om Office 365.' });
      await post(teamsCardSubmit(teamsUrl(), submitData(lastIn(ANNA_CHAT).activity, 'Inte till hjälp')));

      expect(lastIn(ANNA_CHAT).activity.text).toBe(sv.reopenedOnVote('MK-0001'));
      expect((await bot.store.getTicket('MK-0001'))!.status).toBe('reopened');
      expect(actionTitles(cardUpdates().at(-1)!.activity)).toEqual(['Jag tar den', 'Svara', 'Skicka svaret', 'Stäng']);

      await clickOnTicketCard('Skicka svaret', HANNA, { answer: 'Inte tillåtet ännu: beslut väntas.' });
      expect(await bot.store.getTicket('MK-0001')).toMatchObject({ status: 'answered', helpdeskAnswer: 'Inte tillåtet ännu: beslut väntas.' });
      expect(cardText(lastIn(ANNA_CHAT).activity)).toContain('Inte tillåtet ännu');
    });

    it('refuses an empty answer and a change the status does not allow, changing nothing', async () => {
      await escalateByCard();
      await clickOnTicketCard('Skicka svaret', HANNA, { answer: '   ' });
      await clickOnTicketCard('Stäng');
      const closedCard = ticketCardPosts()[0].activity;
      // A stale card still offering "Jag tar den" after the ticket was closed.
      await post(helpdeskClick(helpdeskUrl(), submitData(closedCard, 'Jag tar den'), HANNA, cardId()));

      const replies = messagesIn(cardThread()).map((a) => a.activity.text);
      expect(replies).toEqual([sv.emptyAnswer, sv.notNow('MK-0001', 'claim', 'closed')]);
      expect((await bot.store.auditTrail('MK-0001')).map((e) => e.event)).toEqual(['created', 'closed']);
      expect(lastIn(ANNA_CHAT).activity.text).toBe(sv.closedNotice('MK-0001'));
    });

    it('refuses anyone outside the helpdesk, and nothing changes', async () => {
      await escalateByCard();
      await clickOnTicketCard('Jag tar den', OLLE);
      await clickOnTicketCard('Skicka svaret', OLLE, { answer: 'Visst, kör på!' });

      expect(messagesIn(cardThread()).map((a) => a.activity.text)).toEqual([sv.onlyHelpdesk, sv.onlyHelpdesk]);
      expect(cardUpdates()).toEqual([]);
      expect(await bot.store.getTicket('MK-0001')).toMatchObject({ status: 'open' });
      expect((await bot.store.getTicket('MK-0001'))!.helpdeskAnswer).toBeUndefined();
      expect(await bot.store.auditTrail('MK-0001')).toHaveLength(1);
      expect(messagesIn(ANNA_CHAT).map((a) => a.activity.text)).not.toContain(sv.claimedNotice('MK-0001'));
      expect(bot.logs.entries().filter((e) => e.msg === 'ticket action refused: not a helpdesk member')).toHaveLength(2);
    });

    it('lets only the asker rate the answer', async () => {
      await escalateByCard();
      await clickOnTicketCard('Skicka svaret', HANNA, { answer: 'Nej.' });
      const vote = submitData(lastIn(ANNA_CHAT).activity, 'Till hjälp');
      await post(teamsCardSubmit(teamsUrl(), vote, { userId: '29:1user-bertil', aadObjectId: 'aad-bertil' }));

      expect((await bot.store.getTicket('MK-0001'))!.status).toBe('answered');
      expect(messagesIn(ANNA_CHAT).at(-1)!.activity.text).toBe(sv.onlyAskerVotes);
    });
  });

  describe('who counts as helpdesk', () => {
    it('refuses when the roster fails or is too slow and HELPDESK_MEMBERS does not name the user', async () => {
      await restartWith({}, 400);
      await escalateByCard();
      // Refused credentials: not retried by the connector client (a 5xx is, in the background, past our timeout).
      standIn.rosterFailureStatus = 401;
      await clickOnTicketCard('Jag tar den');
      standIn.rosterFailureStatus = undefined;
      standIn.rosterDelayMs = 1000;
      await clickOnTicketCard('Jag tar den');
      standIn.rosterDelayMs = 0;

      expect((await bot.store.getTicket('MK-0001'))!.status).toBe('open');
      expect(messagesIn(cardThread()).map((a) => a.activity.text)).toEqual([sv.onlyHelpdesk, sv.onlyHelpdesk]);
      expect(bot.logs.entries().filter((e) => e.msg === 'helpdesk roster unavailable; refusing the action')).toHaveLength(2);
    });

    it('lets HELPDESK_MEMBERS act without asking the roster', async () => {
      await restartWith({ HELPDESK_MEMBERS: `someone-else, ${OLLE.aadObjectId.toUpperCase()}` });
      standIn.rosterFailureStatus = 401;
      await escalateByCard();
      await clickOnTicketCard('Jag tar den', OLLE);
      expect((await bot.store.getTicket('MK-0001'))!.status).toBe('claimed');
      expect(standIn.rosterRequests).toEqual([]);
    });
  });

  it('without a helpdesk channel: the ticket is stored, the asker told, a warning logged, nothing posted', async () => {
    await restartWith({ HELPDESK_CONVERSATION_ID: '', HELPDESK_SERVICE_URL: '' });
    await escalateByCard();

    expect(lastIn(ANNA_CHAT).activity.text).toBe(sv.ticketCreatedNoChannel('MK-0001'));
    expect(await bot.store.getTicket('MK-0001')).toMatchObject({ status: 'open' });
    expect(ticketCardPosts()).toEqual([]);
    expect(bot.logs.entries().find((e) => e.level === 40 && e.ticketId === 'MK-0001')?.msg).toMatch(/not configured/);
  });

  it('keeps a personal identity number out of the store, the cards and the logs', async () => {
    const pnr = '19121212-1212';
    await escalateByCard(`Får jag lagra hälsodata om ${pnr} i Office 365?`, `Gäller patient ${pnr}, ring 070-123 45 67`);
    await clickOnTicketCard('Skicka svaret', HANNA, { answer: `Nej. Radera uppgifterna om ${pnr} från OneDrive.` });

    const ticket = (await bot.store.getTicket('MK-0001'))!;
    expect(ticket.question).toContain('[personnummer]');
    expect(ticket.comment).toContain('[personnummer]');
    expect(ticket.helpdeskAnswer).toContain('[personnummer]');
    expect(cardText(lastIn(ANNA_CHAT).activity)).toContain('Radera uppgifterna om [personnummer]');

    const digits = /19121212|121212-?1212|070-?123 ?45 ?67/;
    const filesHoldingIt = () =>
      fs.readdirSync(bot.dataDir).filter((file) => digits.test(fs.readFileSync(path.join(bot.dataDir, file)).toString('latin1')));
    expect(filesHoldingIt()).toEqual([]); // the database, its WAL and shared memory as they stand
    await bot.stop(); // closing checkpoints the WAL into the database file
    expect(filesHoldingIt()).toEqual([]);
    expect(ticketCardPosts().length + cardUpdates().length).toBe(2);
    expect(JSON.stringify(standIn.received)).not.toMatch(digits);
    expect(bot.logs.text()).not.toMatch(digits);
    expect(bot.logs.text()).toContain('MK-0001');
    bot = await startHelpdeskBot({ standIn, engine: () => engine, analyzer, dataDir: bot.dataDir });
  });

  it('routes a ticket action by its action, whatever the conversation', async () => {
    await escalateByCard();
    await post(helpdeskClick(helpdeskUrl(), { action: TICKET_CARD_ACTION.claim, ticketId: 'MK-0999' }, HANNA, cardId()));
    expect(lastIn(cardThread()).activity.text).toBe(sv.unknownTicket('MK-0999'));
    expect(cardIn(ticketCardPosts()[0].activity)).toBeDefined();
  });
});
