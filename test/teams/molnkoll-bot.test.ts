import type { Activity } from 'botbuilder';
import { VOTES_PER_MINUTE } from '../../bot/teams/asker/feedback-handler';
import { knownUserKey } from '../../bot/teams/known-user-key';
import { submitData } from '../support/card-reading';
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
    it('answers every message in a personal chat with the card, and no typing indicator when the answer is quick', async () => {
      const replies = await bot.turn(teamsPersonalMessage(URL, QUESTION));
      expect(replies.map((r) => r.type)).toEqual(['message']);
      expect(replies[0].attachments?.[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
      expect(engine.asked).toEqual([QUESTION]);
    });

    it('shows a typing indicator before an answer that keeps the user waiting', async () => {
      engine.delayMs = 700;
      const replies = await bot.turn(teamsPersonalMessage(URL, QUESTION));
      expect(replies.map((r) => r.type)).toEqual(['typing', 'message']);
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
      await bot.close();
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
      await bot.close();
      bot = adapterBot({ engine: undefined });
      const replies = await bot.turn(teamsPersonalMessage(URL, QUESTION, { locale: 'en-US' }));
      expect(replies.map((r) => r.text)).toEqual([CHAT_STRINGS.en.startingUp]);
    });

    it('answers politely over the rate limit, per user, and again after a minute', async () => {
      let now = 1_000_000;
      await bot.close();
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
    /** Asks `QUESTION` as `options`' user and returns the answer card's button data. */
    async function askAndRead(options: Parameters<typeof teamsPersonalMessage>[2] = {}): Promise<{ helpful: Record<string, unknown>; notHelpful: Record<string, unknown>; escalate: Record<string, unknown> }> {
      const [card] = messages(await bot.turn(teamsPersonalMessage(URL, QUESTION, options)));
      return { helpful: submitData(card, 'Till hjälp'), notHelpful: submitData(card, 'Inte till hjälp'), escalate: submitData(card, 'Skicka till helpdesk') };
    }

    it('stores a card vote about the logged answer, with the hashed user, thanking on the card (redrawn in place) rather than in a new message', async () => {
      const { notHelpful } = await askAndRead();
      expect(Object.keys(notHelpful).sort()).toEqual(['action', 'answerId']);
      const replies = await bot.turn(teamsCardSubmit(URL, notHelpful));
      expect(replies.map((r) => r.text)).toEqual([]);
      const [stored] = await bot.store.listFeedback();
      expect(stored).toMatchObject({ question: QUESTION, verdict: 'pending', citedIds: ['goteborg-office365-beslut-2016'], vote: 'not_helpful', channelId: 'msteams' });
      expect(stored.userHash).toMatch(/^[0-9a-f]{32}$/);
      expect(JSON.stringify(stored)).not.toMatch(/anna/i);
      expect(await bot.store.answerById(String(notHelpful.answerId))).toMatchObject({ vote: 'not_helpful', question: QUESTION, channel: 'msteams' });
    });

    it('lets a second vote on the same answer replace the first', async () => {
      const { helpful, notHelpful } = await askAndRead();
      await bot.turn(teamsCardSubmit(URL, helpful));
      await bot.turn(teamsCardSubmit(URL, notHelpful));
      expect((await bot.store.listFeedback()).map((f) => f.vote)).toEqual(['not_helpful']);
      expect((await bot.store.answerById(String(helpful.answerId)))!.vote).toBe('not_helpful');
    });

    it('refuses an unknown answer id and someone else’s answer, storing nothing', async () => {
      const { helpful } = await askAndRead();
      const bertil = { userId: '29:1user-bertil', aadObjectId: 'aad-bertil' };
      expect((await bot.turn(teamsCardSubmit(URL, helpful, bertil))).map((r) => r.text)).toEqual([CHAT_STRINGS.sv.notYourAnswer]);
      const forged = { ...helpful, answerId: 'AAAAAAAAAAAAAAAAAAAAAA' };
      expect((await bot.turn(teamsCardSubmit(URL, forged))).map((r) => r.text)).toEqual([CHAT_STRINGS.sv.unknownAnswer]);
      // The same Entra object id in another tenant is another person.
      const otherTenant = { ...teamsCardSubmit(URL, helpful), conversation: { id: 'a:1personal-anna', conversationType: 'personal', tenantId: 'other-tenant', isGroup: false, name: '' }, channelData: { tenant: { id: 'other-tenant' } } };
      expect((await bot.turn(otherTenant)).map((r) => r.text)).toEqual([CHAT_STRINGS.sv.notYourAnswer]);
      expect(await bot.store.listFeedback()).toEqual([]);
    });

    it('holds one user to a few votes a minute', async () => {
      const { helpful } = await askAndRead();
      const texts: (string | undefined)[] = [];
      for (let i = 0; i < VOTES_PER_MINUTE + 1; i += 1) texts.push(...(await bot.turn(teamsCardSubmit(URL, helpful))).map((r) => r.text));
      // Votes within the limit are thanked on the card itself; only the one over it gets a message.
      expect(texts).toEqual([CHAT_STRINGS.sv.rateLimited]);
    });

    it('does nothing in the name of a Teams user without an Entra object id, and says why', async () => {
      const { helpful } = await askAndRead();
      const anonymous = teamsCardSubmit(URL, helpful);
      anonymous.from = { id: '29:1user-anna', name: 'Anna Andersson' };
      expect((await bot.turn(anonymous)).map((r) => r.text)).toEqual([CHAT_STRINGS.sv.unknownUser]);
      const question = teamsPersonalMessage(URL, QUESTION);
      question.from = { id: '29:1user-anna', name: 'Anna Andersson' };
      expect((await bot.turn(question)).map((r) => r.text)).toEqual([CHAT_STRINGS.sv.unknownUser]);
      expect(await bot.store.listFeedback()).toEqual([]);
    });

    it('takes a card submit in a channel without a mention', async () => {
      const [card] = messages(await bot.turn(teamsChannelMessage(URL, QUESTION, { mention: true })));
      const activity = { ...teamsChannelMessage(URL, '', { mention: false }), text: undefined, value: submitData(card, 'Till hjälp') };
      expect((await bot.turn(activity)).map((r) => r.text)).toEqual([]);
      expect((await bot.store.listFeedback(1))[0]).toMatchObject({ vote: 'helpful', channelId: 'msteams' });
    });

    it('says honestly that no helpdesk is set up for "Fråga helpdesk"', async () => {
      const { escalate } = await askAndRead();
      const replies = await bot.turn(teamsCardSubmit(URL, { ...escalate, comment: 'Brådskande' }));
      expect(replies.map((r) => r.text)).toEqual([CHAT_STRINGS.sv.noHelpdesk]);
    });

    it('ignores a submit that is not ours and treats the message as usual', async () => {
      const replies = await bot.turn({ ...teamsPersonalMessage(URL, ''), value: { action: 'other' } });
      expect(replies.map((r) => r.text)).toEqual([CHAT_STRINGS.sv.emptyQuestion]);
    });

    it('applies a Slack +1 / -1 to the latest answer of that user in that conversation', async () => {
      engine = new FakeEngine((q) => cannedAnswer(q, { verdict: q.includes('Zoom') ? 'not_allowed' : 'allowed' }));
      await bot.close();
      bot = adapterBot({ engine });
      await bot.turn(slackMessage(URL, 'Får jag använda Teams?'));
      await bot.turn(slackMessage(URL, 'Får jag använda Zoom?'));
      await bot.turn(slackMessage(URL, 'Får jag använda Teams?', { userId: 'U02BERTIL:T01KOMMUN' }));
      expect((await bot.turn(slackMessage(URL, '-1'))).map((r) => r.text)).toEqual([
        'Tack för din återkoppling! Vad var fel? Svara gärna med en siffra:\n\n1. Fel besked\n2. Inaktuellt\n3. Svarade inte på frågan\n4. Annat',
      ]);
      expect(await bot.store.listFeedback()).toEqual([
        expect.objectContaining({ question: 'Får jag använda Zoom?', verdict: 'not_allowed', vote: 'not_helpful', channelId: 'slack' }),
      ]);
      expect(engine.asked).not.toContain('-1');
    });

    it('keeps a typed reason after a typed -1, and reads such a text as a question otherwise', async () => {
      await bot.turn(slackMessage(URL, 'Får jag använda Zoom?'));
      expect((await bot.turn(slackMessage(URL, '2'))).length).toBe(1);
      expect(engine.asked).toEqual(['Får jag använda Zoom?', '2']);

      await bot.turn(slackMessage(URL, '-1'));
      expect((await bot.turn(slackMessage(URL, 'Inaktuellt.'))).map((r) => r.text)).toEqual(['Tack, vi har noterat varför.']);
      const changedMind = slackMessage(URL, '1');
      expect((await bot.turn(changedMind)).map((r) => r.text)).toEqual(['Tack, vi har noterat varför.']);
      expect(engine.asked).toEqual(['Får jag använda Zoom?', '2']);
      const latest = await bot.store.latestAnswer(changedMind.conversation!.id, knownUserKey(changedMind as Activity));
      expect(await bot.store.answerById(latest!.answerId!)).toMatchObject({ question: '2', vote: 'not_helpful', reason: 'wrong_verdict' });
    });

    it('answers a greeting and a thank-you as such, without asking the engine', async () => {
      expect((await bot.turn(teamsPersonalMessage(URL, 'Hej!'))).map((r) => r.text)).toEqual([
        'Hej! Fråga mig om vilka molntjänster du får använda för vilken information, till exempel: Får jag lagra hälsodata i Office 365? Skriv "hjälp" för mer.',
      ]);
      expect((await bot.turn(slackMessage(URL, 'thanks 🙂'))).map((r) => r.text)).toEqual(["You're welcome! Ask again whenever something else comes up."]);
      expect(engine.asked).toEqual([]);
    });

    it('says there is nothing to rate before any answer', async () => {
      expect((await bot.turn(slackMessage(URL, '+1', { conversationId: 'B01:T01:C-new' }))).map((r) => r.text)).toEqual([
        CHAT_STRINGS.sv.nothingToRate,
      ]);
      expect(await bot.store.listFeedback()).toEqual([]);
    });
  });

  it('never logs the raw question, only what the engine returned as redacted', async () => {
    engine = new FakeEngine((q) => cannedAnswer(q.replace(/\d{6}-\d{4}/, '[personnummer]'), { redactions: 1 }));
    await bot.close();
    bot = adapterBot({ engine });
    await bot.turn(teamsPersonalMessage(URL, 'Får jag lagra 19121212-1212 i OneDrive?'));
    expect(bot.logs.text()).not.toContain('1212-1212');
    expect(bot.logs.text()).toContain('[personnummer]');
  });
});
