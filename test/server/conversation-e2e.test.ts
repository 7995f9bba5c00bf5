/**
 * Follow-up questions over HTTP with the real engine on the bundled knowledge: the context of
 * the previous answer lives in the SQLite store, per conversation (and per person in channels),
 * expires, and survives a restart. Replies are read at the connector stand-in.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createEngine, Engine } from '../../bot/engine/engine';
import { STORE_FILE_NAME } from '../../bot/store/sqlite-store';
import { cardText } from '../support/card-reading';
import { ReceivedActivity } from '../support/connector-stand-in';
import { startTestBot, TestBot } from '../support/start-test-bot';
import { TEAMS_CHANNEL_CONVERSATION, slackMessage, teamsChannelMessage, teamsPersonalMessage } from '../support/activities';

const KNOWLEDGE_DIR = path.resolve(__dirname, '../../knowledge');
const FIRST = 'Får jag lagra hälsodata i Office 365?';
const ASSUMED_HEALTH = 'Jag antar att du fortfarande menar hälsodata.';

const answers = (received: ReceivedActivity[]) => received.filter((a) => a.activity.type === 'message');

let engine: Engine;
let indexDir: string;
beforeAll(async () => {
  indexDir = fs.mkdtempSync(path.join(os.tmpdir(), 'molnkoll-conv-index-'));
  engine = await createEngine({ knowledgeDir: KNOWLEDGE_DIR, dataDir: indexDir });
});
afterAll(() => fs.rmSync(indexDir, { recursive: true, force: true }));

describe('follow-ups over HTTP', () => {
  let bot: TestBot;
  let clock: Date;
  beforeAll(async () => {
    clock = new Date('2026-12-03T09:00:00Z');
    bot = await startTestBot({ engine, storeNow: () => clock });
  });
  afterAll(() => bot.close());
  beforeEach(() => bot.standIn.clear());

  it('continues a Teams personal chat: the second question borrows the kind of information', async () => {
    const conversationId = 'a:1personal-followup';
    const serviceUrl = bot.standIn.url('/teams');
    expect((await bot.post(teamsPersonalMessage(serviceUrl, FIRST, { conversationId }))).status).toBe(200);
    expect((await bot.post(teamsPersonalMessage(serviceUrl, 'Och i Teams då?', { conversationId }))).status).toBe(200);
    const [first, second] = answers(bot.standIn.inConversation(conversationId));
    expect(cardText(first.activity)).not.toContain(ASSUMED_HEALTH);
    const text = cardText(second.activity);
    expect(text).toContain(ASSUMED_HEALTH);
    expect(text).toContain('Inte ännu');
    expect(text).toContain('Microsoft Teams');
  });

  it('keeps the subject of a personal chat through a side question that names neither side', async () => {
    const conversationId = 'a:1personal-side-question';
    const serviceUrl = bot.standIn.url('/teams');
    for (const question of [FIRST, 'Vad är Customer Lockbox?', 'Och i Teams då?']) {
      expect((await bot.post(teamsPersonalMessage(serviceUrl, question, { conversationId }))).status).toBe(200);
    }
    const [, side, followUp] = answers(bot.standIn.inConversation(conversationId));
    expect(cardText(side.activity)).not.toContain(ASSUMED_HEALTH);
    expect(cardText(followUp.activity)).toContain(ASSUMED_HEALTH);
    expect(cardText(followUp.activity)).toContain('Inte ännu');
  });

  it('continues a channel thread per person: another member\'s follow-up does not lean on it', async () => {
    const serviceUrl = bot.standIn.url('/teams');
    await bot.post(teamsChannelMessage(serviceUrl, FIRST, { mention: true }));
    await bot.post(teamsChannelMessage(serviceUrl, 'Och i Teams då?', { mention: true }));
    await bot.post(teamsChannelMessage(serviceUrl, 'Och i Teams då?', { mention: true, aadObjectId: 'aad-bertil', userId: '29:1user-bertil' }));
    const [, annasFollowUp, bertilsQuestion] = answers(bot.standIn.inConversation(TEAMS_CHANNEL_CONVERSATION));
    expect(cardText(annasFollowUp.activity)).toContain(ASSUMED_HEALTH);
    expect(cardText(bertilsQuestion.activity)).not.toContain('Jag antar att');
  });

  it('continues a Slack conversation, in mrkdwn', async () => {
    const conversationId = 'B01BOT:T01KOMMUN:D01FOLLOW';
    const serviceUrl = bot.standIn.url('/slack');
    await bot.post(slackMessage(serviceUrl, 'May I store health data in Office 365?', { conversationId }));
    await bot.post(slackMessage(serviceUrl, 'What about social-services data?', { conversationId }));
    const [, second] = answers(bot.standIn.inConversation(conversationId));
    expect(second.activity.text).toContain('I take it you still mean Office 365.');
    expect(second.activity.text).toContain('Not yet');
  });

  it('starts fresh once the context has expired', async () => {
    const conversationId = 'a:1personal-expiry';
    const serviceUrl = bot.standIn.url('/teams');
    await bot.post(teamsPersonalMessage(serviceUrl, FIRST, { conversationId }));
    clock = new Date(clock.getTime() + 10 * 60_000);
    await bot.post(teamsPersonalMessage(serviceUrl, 'Och i Teams då?', { conversationId }));
    clock = new Date(clock.getTime() + 31 * 60_000);
    await bot.post(teamsPersonalMessage(serviceUrl, 'Och i OneDrive då?', { conversationId }));
    const [, second, third] = answers(bot.standIn.inConversation(conversationId));
    expect(cardText(second.activity)).toContain(ASSUMED_HEALTH);
    const late = cardText(third.activity);
    expect(late).not.toContain('Jag antar att');
    expect(late).not.toContain('Inte ännu');
  });

  it('logs every answer with what it was about and decided, and no personal identity number', async () => {
    const conversationId = 'a:1personal-log';
    await bot.post(teamsPersonalMessage(bot.standIn.url('/teams'), 'Får jag lagra hälsodata om 19121212-1212 i Office 365?', { conversationId }));
    await bot.post(teamsPersonalMessage(bot.standIn.url('/teams'), 'Och i Teams då?', { conversationId }));
    const db = new Database(path.join(bot.dataDir, STORE_FILE_NAME), { readonly: true });
    try {
      const rows = db.prepare(`SELECT * FROM answers WHERE created_at = ? ORDER BY rowid`).all(clock.toISOString()) as Record<string, unknown>[];
      const last = rows.slice(-2);
      expect(last.map((r) => [r.kind, r.verdict, r.decided_by, r.channel, JSON.parse(String(r.facets_json)).services])).toEqual([
        ['verdict', 'pending', 'goteborg-sakerhetsrapport-2018', 'msteams', ['office365']],
        ['verdict', 'pending', 'goteborg-sakerhetsrapport-2018', 'msteams', ['teams']],
      ]);
      expect(last[0].question_redacted).toBe('Får jag lagra hälsodata om [personnummer] i Office 365?');
      expect(last[0].knowledge_version).toBe(engine.version.hash);
      expect(JSON.parse(String(last[0].cited_ids)).length).toBeGreaterThan(0);
      expect(last[0].activity_id).toMatch(/^stand-in-\d+$/);
      const everything = JSON.stringify(db.prepare('SELECT * FROM answers').all()) + JSON.stringify(db.prepare('SELECT * FROM conversation_contexts').all());
      expect(everything).not.toMatch(/19121212|1212-1212|121212/);
      // The context holds ids, not words.
      const context = db.prepare('SELECT context_json FROM conversation_contexts WHERE key = ?').get(`msteams|${conversationId}`) as { context_json: string };
      expect(JSON.parse(context.context_json)).toMatchObject({ facets: { services: ['teams'], data: expect.arrayContaining(['health']) }, kind: 'verdict' });
    } finally {
      db.close();
    }
  });
});

describe('a restart between turns', () => {
  it('keeps the context: it lives in the store, not the process', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'molnkoll-conv-restart-'));
    try {
      const conversationId = 'a:1personal-restart';
      const before = await startTestBot({ engine, dataDir });
      await before.post(teamsPersonalMessage(before.standIn.url('/teams'), FIRST, { conversationId }));
      await before.close();
      const after = await startTestBot({ engine, dataDir });
      try {
        await after.post(teamsPersonalMessage(after.standIn.url('/teams'), 'Gäller det OneDrive också?', { conversationId }));
        const [reply] = answers(after.standIn.inConversation(conversationId));
        expect(cardText(reply.activity)).toContain(ASSUMED_HEALTH);
        expect(cardText(reply.activity)).toContain('OneDrive');
      } finally {
        await after.close();
      }
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
