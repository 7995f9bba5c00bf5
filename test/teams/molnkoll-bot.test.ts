import type { Activity } from 'botbuilder';
import { CARD_ACTION } from '../../bot/render/card-actions';
import { CHAT_STRINGS, WELCOME_TEXT } from '../../bot/engine/strings/chat';
import { adapterBot, AdapterBot } from '../support/test-adapter-bot';
import { cannedAnswer, FakeEngine } from '../support/fake-engine';
import { BOT, emulatorMessage, membersAdded, slackMessage, teamsCardSubmit, teamsChannelMessage, teamsPersonalMessage } from '../support/activities';

const URL = 'http://127.0.0.1:9/unused';
const QUESTION = 'Får jag lagra hälsodata i Office 365?';

const messages = (replies: Partial<Activity>[]) => replies.filter((r) => r.type === 'message');
const cardOf = (reply: Partial<Activity>) => reply.attachments?.[0]?.content as { body: unknown[] } | undefined;

describe('MolnkollBot', () => {
  let engine: FakeEngine;
  let bot: AdapterBot;

  beforeEach(() => {
    engine = new FakeEngine();
    bot = adapterBot({ engine });
  });
  afterEach(() => bot.close());

  describe('questions', () => {
    it('answers every message in a personal chat with a typing indicator, then the card', async () => {
      const replies = await bot.turn(teamsPersonalMessage(URL, QUESTION));
      expect(replies.map((r) => r.type)).toEqual(['typing', 'message']);
      expect(replies[1].attachments?.[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
      expect(engine.asked).toEqual([QUESTION]);
    });

    it('stays silent in a channel unless mentioned', async () => {
      expect(await bot.turn(teamsChannelMessage(URL, QUESTION, { mention: false }))).toEqual([]);
      expect(await bot.turn(teamsChannelMessage(URL, QUESTION, { mention: false, conversationType: 'groupChat' }))).toEqual([]);
      expect(engine.asked).toEqual([]);
    });

    it('answers a mention in a channel or group chat, with the mention removed', async () => {
      const replies = await bot.turn(teamsChannelMessage(URL, QUESTION, { mention: true }));
      expect(messages(replies)).toHaveLength(1);
      await bot.turn(teamsChannelMessage(URL, 'Får vi använda Teams?', { mention: true, conversationType: 'groupChat' }));
      expect(engine.asked).toEqual([QUESTION, 'Får vi använda Teams?']);
    });

    it('sends Slack and the Emulator text, not cards', async () => {
      for (const activity of [slackMessage(URL, QUESTION), emulatorMessage(URL, QUESTION)]) {
        const [reply] = messages(await bot.turn(activity));
        expect(reply.attachments ?? []).toEqual([]);
        expect(reply.text).toContain('[1]');
      }
    });

    it('cuts a long question and says so in the answer language', async () => {
      bot.close();
      bot = adapterBot({ engine, maxQuestionChars: 20 });
      const replies = messages(await bot.turn(teamsPersonalMessage(URL, 'x'.repeat(25))));
      expect(engine.asked).toEqual(['x'.repeat(20)]);
      expect(replies[0].text).toBe(CHAT_STRINGS.sv.questionCut(20));
      expect(cardOf(replies[1])).toBeDefined();
    });

    it('asks for a question when only the mention was sent', async () => {
      const replies = await bot.turn(teamsChannelMessage(URL, '', { mention: true }));
      expect(replies.map((r) => r.text)).toEqual([CHAT_STRINGS.sv.emptyQuestion]);
    });

    it('says it is starting while the index loads', async () => {
      bot.close();
      bot = adapterBot({ engine: undefined });
      const replies = await bot.turn(teamsPersonalMessage(URL, QUESTION, { locale: 'en-US' }));
      expect(replies.map((r) => r.text)).toEqual([CHAT_STRINGS.en.startingUp]);
    });

    it('answers politely over the rate limit, per user, and again after a minute', async () => {
      let now = 1_000_000;
      bot.close();
      bot = adapterBot({ engine, rateLimitPerMinute: 2, now: () => now });
      await bot.turn(teamsPersonalMessage(URL, 'q1'));
      await bot.turn(teamsPersonalMessage(URL, 'q2'));
      expect((await bot.turn(teamsPersonalMessage(URL, 'q3'))).map((r) => r.text)).toEqual([CHAT_STRINGS.sv.rateLimited]);
      expect(messages(await bot.turn(teamsPersonalMessage(URL, 'other user', { aadObjectId: 'aad-bertil' })))).toHaveLength(1);
      now += 60_000;
      expect(messages(await bot.turn(teamsPersonalMessage(URL, 'q4')))).toHaveLength(1);
      expect(engine.asked).toEqual(['q1', 'q2', 'other user', 'q4']);
    });
  });

  describe('welcome and help', () => {
    it('welcomes once when the bot is added, in Swedish with English below', async () => {
      const replies = await bot.turn(membersAdded(teamsPersonalMessage(URL, ''), [BOT.id]));
      expect(replies.map((r) => r.text)).toEqual([WELCOME_TEXT]);
      expect(WELCOME_TEXT.indexOf('Prova till exempel')).toBeLessThan(WELCOME_TEXT.indexOf('Try for example'));
      expect(WELCOME_TEXT.match(/^- /gm)).toHaveLength(6);
    });

    it('does not greet people who join', async () => {
      expect(await bot.turn(membersAdded(teamsChannelMessage(URL, '', { mention: false }), ['29:new-colleague']))).toEqual([]);
    });

    it('explains itself on help / hjälp in the language of the word', async () => {
      expect((await bot.turn(teamsPersonalMessage(URL, 'hjälp'))).map((r) => r.text)).toEqual([CHAT_STRINGS.sv.help]);
      expect((await bot.turn(teamsChannelMessage(URL, 'help', { mention: true }))).map((r) => r.text)).toEqual([CHAT_STRINGS.en.help]);
      expect(engine.asked).toEqual([]);
    });
  });

  describe('feedback', () => {
    it('stores a card vote with the hashed user and thanks the user', async () => {
      const value = { action: CARD_ACTION.feedback, vote: 'not_helpful', question: QUESTION, verdict: 'pending', citedIds: ['a', 'b'] };
      const replies = await bot.turn(teamsCardSubmit(URL, value));
      expect(replies.map((r) => r.text)).toEqual([CHAT_STRINGS.sv.feedbackThanks]);
      const [stored] = bot.store.listFeedback();
      expect(stored).toMatchObject({ question: QUESTION, verdict: 'pending', citedIds: ['a', 'b'], vote: 'not_helpful', channelId: 'msteams' });
      expect(stored.userHash).toMatch(/^[0-9a-f]{32}$/);
      expect(JSON.stringify(stored)).not.toMatch(/anna/i);
    });

    it('takes a card submit in a channel without a mention', async () => {
      const value = { action: CARD_ACTION.feedback, vote: 'helpful', question: QUESTION, verdict: null, citedIds: [] };
      const activity = { ...teamsChannelMessage(URL, '', { mention: false }), text: undefined, value };
      expect((await bot.turn(activity)).map((r) => r.text)).toEqual([CHAT_STRINGS.sv.feedbackThanks]);
    });

    it('says the helpdesk is coming for "Fråga helpdesk"', async () => {
      const replies = await bot.turn(teamsCardSubmit(URL, { action: CARD_ACTION.escalate, question: QUESTION, comment: 'Brådskande' }));
      expect(replies.map((r) => r.text)).toEqual([CHAT_STRINGS.sv.helpdeskComingSoon]);
    });

    it('ignores a submit that is not ours and treats the message as usual', async () => {
      const replies = await bot.turn({ ...teamsPersonalMessage(URL, ''), value: { action: 'other' } });
      expect(replies.map((r) => r.text)).toEqual([CHAT_STRINGS.sv.emptyQuestion]);
    });

    it('applies a Slack +1 / -1 to the latest answer of that user in that conversation', async () => {
      engine = new FakeEngine((q) => cannedAnswer(q, { verdict: q.includes('Zoom') ? 'not_allowed' : 'allowed' }));
      bot.close();
      bot = adapterBot({ engine });
      await bot.turn(slackMessage(URL, 'Får jag använda Teams?'));
      await bot.turn(slackMessage(URL, 'Får jag använda Zoom?'));
      await bot.turn(slackMessage(URL, 'Får jag använda Teams?', { userId: 'U02BERTIL:T01KOMMUN' }));
      expect((await bot.turn(slackMessage(URL, '-1'))).map((r) => r.text)).toEqual([CHAT_STRINGS.sv.feedbackThanks]);
      expect(bot.store.listFeedback()).toEqual([
        expect.objectContaining({ question: 'Får jag använda Zoom?', verdict: 'not_allowed', vote: 'not_helpful', channelId: 'slack' }),
      ]);
      expect(engine.asked).not.toContain('-1');
    });

    it('says there is nothing to rate before any answer', async () => {
      expect((await bot.turn(slackMessage(URL, '+1', { conversationId: 'B01:T01:C-new' }))).map((r) => r.text)).toEqual([
        CHAT_STRINGS.sv.nothingToRate,
      ]);
      expect(bot.store.listFeedback()).toEqual([]);
    });
  });

  it('never logs the raw question, only what the engine returned as redacted', async () => {
    engine = new FakeEngine((q) => cannedAnswer(q.replace(/\d{6}-\d{4}/, '[personnummer]'), { redactions: 1 }));
    bot.close();
    bot = adapterBot({ engine });
    await bot.turn(teamsPersonalMessage(URL, 'Får jag lagra 19121212-1212 i OneDrive?'));
    expect(bot.logs.text()).not.toContain('1212-1212');
    expect(bot.logs.text()).toContain('[personnummer]');
  });
});
