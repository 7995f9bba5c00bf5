/**
 * End to end: the real engine on the bundled knowledge/ folder, the real server on a free port,
 * and the connector stand-in receiving what Teams, Slack and the Emulator would show.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Activity, Attachment } from 'botbuilder';
import { createEngine, Engine } from '../../bot/engine/engine';
import { CHAT_STRINGS, WELCOME_TEXT } from '../../bot/engine/strings/chat';
import { submitData } from '../support/card-reading';
import { startTestBot, TestBot } from '../support/start-test-bot';
import { ReceivedActivity } from '../support/connector-stand-in';
import {
  TEAMS_CHANNEL_CONVERSATION,
  emulatorMessage,
  membersAdded,
  slackMessage,
  teamsCardSubmit,
  teamsChannelMessage,
  teamsPersonalMessage,
} from '../support/activities';

const KNOWLEDGE_DIR = path.resolve(__dirname, '../../knowledge');
const QUESTION = 'Får jag lagra hälsodata i Office 365?';
const PERSONNUMMER = '19121212-1212';

interface CardJson {
  version: string;
  body: unknown[];
}

const isMessage = (a: ReceivedActivity) => a.activity.type === 'message';
const cardIn = (activity: Partial<Activity>): CardJson => (activity.attachments as Attachment[])[0].content as CardJson;
/** The titles of every action in a card, wherever nested (action sets, show-cards). */
function actionTitles(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(actionTitles);
  if (typeof node !== 'object' || node === null) return [];
  const record = node as Record<string, unknown>;
  const own = typeof record.type === 'string' && record.type.startsWith('Action.') && typeof record.title === 'string' ? [record.title] : [];
  return [...own, ...Object.values(record).flatMap(actionTitles)];
}

describe('Molnkoll over HTTP with the real engine', () => {
  let engine: Engine;
  let dataDir: string;
  let bot: TestBot;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'molnkoll-e2e-'));
    engine = await createEngine({ knowledgeDir: KNOWLEDGE_DIR, dataDir });
    bot = await startTestBot({ engine });
  });
  afterAll(async () => {
    await bot.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
  beforeEach(() => bot.standIn.clear());

  it('is ready, with the documents of the knowledge folder', async () => {
    const res = await fetch(`${bot.server.url}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready', documents: engine.documentCount });
  });

  it('answers a Teams personal chat with a cited Adaptive Card, in reply to the question', async () => {
    const activity = teamsPersonalMessage(bot.standIn.url('/teams'), QUESTION);
    expect((await bot.post(activity)).status).toBe(200);
    const received = bot.standIn.inConversation('a:1personal-anna');
    expect(received.map((a) => a.activity.type)).toEqual(['message']);
    const reply = received[0];
    expect(reply.activityId).toBe(activity.id);
    const card = cardIn(reply.activity);
    expect(card.version).toBe('1.5');
    const json = JSON.stringify(card);
    expect(json).toContain('Inte ännu');
    expect(json).toMatch(/\[1\]/);
    expect(actionTitles(card)).toEqual(expect.arrayContaining(['Till hjälp', 'Inte till hjälp', 'Fråga helpdesk']));
  });

  it('stays silent in a Teams channel without a mention and answers with one', async () => {
    expect((await bot.post(teamsChannelMessage(bot.standIn.url(), QUESTION, { mention: false }))).status).toBe(200);
    expect(bot.standIn.received).toEqual([]);

    await bot.post(teamsChannelMessage(bot.standIn.url(), QUESTION, { mention: true }));
    const reply = await bot.standIn.waitFor(isMessage);
    expect(reply.conversationId).toBe(TEAMS_CHANNEL_CONVERSATION);
    expect(JSON.stringify(cardIn(reply.activity))).toContain('Inte ännu');
  });

  it('answers Slack with mrkdwn text and citations, no card', async () => {
    await bot.post(slackMessage(bot.standIn.url('/slack'), QUESTION));
    const reply = await bot.standIn.waitFor(isMessage);
    expect(reply.activity.attachments ?? []).toEqual([]);
    expect(reply.activity.text).toMatch(/^\*Inte ännu\*/);
    expect(reply.activity.text).toContain('*[1]*');
    expect((reply.activity.channelData as { text: string }).text).toBe(reply.activity.text);
  });

  it('answers the Emulator with Markdown text and citations', async () => {
    await bot.post(emulatorMessage(bot.standIn.url(), 'May I store health data in Office 365?'));
    const reply = await bot.standIn.waitFor(isMessage);
    expect(reply.activity.text).toMatch(/Not yet/);
    expect(reply.activity.text).toContain('[1]');
  });

  it('welcomes the Emulator user when the bot joins', async () => {
    const base = emulatorMessage(bot.standIn.url(), '');
    await bot.post(membersAdded(base, [base.recipient!.id, base.from!.id]));
    const welcome = await bot.standIn.waitFor(isMessage);
    expect(welcome.activity.text).toBe(WELCOME_TEXT);
  });

  it('never logs or stores a personal identity number from a question', async () => {
    const slack = { conversationId: 'B01BOT:T01KOMMUN:D-pii' };
    await bot.post(slackMessage(bot.standIn.url(), `Får jag lagra journalen för ${PERSONNUMMER} i OneDrive?`, slack));
    await bot.standIn.waitFor(isMessage);
    await bot.post(slackMessage(bot.standIn.url(), '-1', slack));
    await bot.standIn.waitFor((a) => a.activity.text?.startsWith('Tack för din återkoppling! Vad var fel?') === true);
    await bot.post(slackMessage(bot.standIn.url(), 'Inaktuellt', slack));
    await bot.standIn.waitFor((a) => a.activity.text === 'Tack, vi har noterat varför.');

    const [stored] = await bot.store.listFeedback(1);
    expect(stored).toMatchObject({ vote: 'not_helpful', channelId: 'slack' });
    expect(stored.question).toContain('OneDrive');
    expect(stored.question).not.toContain(PERSONNUMMER);
    expect(bot.logs.text()).not.toContain(PERSONNUMMER);
    expect(bot.logs.text()).not.toContain('1212-1212');
  });

  it('stores a Teams card vote and redraws that card in place', async () => {
    await bot.post(teamsPersonalMessage(bot.standIn.url(), QUESTION, { aadObjectId: 'aad-cecilia' }));
    const card = await bot.standIn.waitFor((a) => a.activity.type === 'message' && a.activity.attachments !== undefined);
    await bot.post(teamsCardSubmit(bot.standIn.url(), submitData(card.activity, 'Till hjälp'), { aadObjectId: 'aad-cecilia' }));
    await bot.standIn.waitFor((a) => a.method === 'PUT' && a.activityId === card.assignedId);
    expect((await bot.store.listFeedback(1))[0]).toMatchObject({ vote: 'helpful', channelId: 'msteams', verdict: 'pending' });
  });
});

describe('the rate limit over HTTP', () => {
  let bot: TestBot;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'molnkoll-e2e-'));
    bot = await startTestBot({ engine: await createEngine({ knowledgeDir: KNOWLEDGE_DIR, dataDir }), env: { RATE_LIMIT_PER_MINUTE: '2' } });
  });
  afterAll(async () => {
    await bot.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers the third question in a minute politely instead of working', async () => {
    for (let i = 0; i < 3; i++) await bot.post(teamsPersonalMessage(bot.standIn.url(), QUESTION, { locale: 'en-US' }));
    const messages = bot.standIn.received.filter(isMessage);
    expect(messages).toHaveLength(3);
    expect(messages[2].activity.text).toBe(CHAT_STRINGS.en.rateLimited);
  });
});
