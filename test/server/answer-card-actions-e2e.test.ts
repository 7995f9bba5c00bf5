/**
 * The answer card's conversation over HTTP with the real engine: suggested questions pressed
 * (asked as if typed, in the same conversation), votes redrawing the card in place by the id the
 * connector gave it, the not-helpful reason, one vote per answer, and forged ids refused.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { createEngine, Engine } from '../../bot/engine/engine';
import { CHAT_STRINGS } from '../../bot/engine/strings/chat';
import { actionTitles, actionsIn, cardIn, cardText, submitData } from '../support/card-reading';
import { ReceivedActivity } from '../support/connector-stand-in';
import { startTestBot, TestBot } from '../support/start-test-bot';
import { TEAMS_CHANNEL_CONVERSATION, slackMessage, teamsCardSubmit, teamsChannelMessage, teamsPersonalMessage } from '../support/activities';

const KNOWLEDGE_DIR = path.resolve(__dirname, '../../knowledge');
const QUESTION = 'Får jag lagra hälsodata i Office 365?';
const SUGGESTED = 'Får jag lagra offentlig information i Office 365?';

const cards = (received: ReceivedActivity[]) => received.filter((a) => a.method === 'POST' && a.activity.attachments !== undefined);
const updates = (received: ReceivedActivity[]) => received.filter((a) => a.method === 'PUT');

/** The messageBack Teams sends for a suggestion button: the question as text, the button's msteams.value as value. */
function pressSuggestion(card: Partial<Activity>, title: string, base: Partial<Activity>): Partial<Activity> {
  const data = submitData(card, title) as { msteams: { text: string; value: Record<string, unknown> } };
  return { ...base, text: data.msteams.text, value: data.msteams.value };
}

let engine: Engine;
let indexDir: string;
let bot: TestBot;
beforeAll(async () => {
  indexDir = fs.mkdtempSync(path.join(os.tmpdir(), 'molnkoll-cards-index-'));
  engine = await createEngine({ knowledgeDir: KNOWLEDGE_DIR, dataDir: indexDir });
  bot = await startTestBot({ engine });
});
afterAll(async () => {
  await bot.close();
  fs.rmSync(indexDir, { recursive: true, force: true });
});
beforeEach(() => bot.standIn.clear());

describe('suggested questions', () => {
  it('are buttons on the card that ask the question as if typed, in the same personal chat', async () => {
    const conversationId = 'a:1personal-suggest';
    const serviceUrl = bot.standIn.url('/teams');
    await bot.post(teamsPersonalMessage(serviceUrl, QUESTION, { conversationId }));
    const [card] = cards(bot.standIn.inConversation(conversationId));
    expect(cardText(card.activity)).toContain('Du kan också fråga');
    expect(actionTitles(card.activity)).toEqual(expect.arrayContaining([SUGGESTED, 'Vad är OSL 10 kap. 2 a §?']));
    const data = submitData(card.activity, SUGGESTED);
    expect(data).toMatchObject({ action: 'molnkoll.ask', question: SUGGESTED, msteams: { type: 'messageBack', text: SUGGESTED, displayText: SUGGESTED } });

    await bot.post(pressSuggestion(card.activity, SUGGESTED, teamsPersonalMessage(serviceUrl, '', { conversationId })));
    const [, answer] = cards(bot.standIn.inConversation(conversationId));
    expect(answer.activity.summary).toMatch(/^Tillåtet med villkor/);
    expect(cardText(answer.activity)).toContain('offentlig information');
  });

  it('work in a channel thread without a mention, and the answer goes to that thread', async () => {
    const serviceUrl = bot.standIn.url('/teams');
    await bot.post(teamsChannelMessage(serviceUrl, QUESTION, { mention: true }));
    const [card] = cards(bot.standIn.inConversation(TEAMS_CHANNEL_CONVERSATION));
    await bot.post(pressSuggestion(card.activity, 'Vad är OSL 10 kap. 2 a §?', teamsChannelMessage(serviceUrl, '', { mention: false })));
    const [, answer] = cards(bot.standIn.inConversation(TEAMS_CHANNEL_CONVERSATION));
    expect(cardText(answer.activity)).toContain('OSL 10 kap. 2 a §');
  });

  it('are a short list in Slack', async () => {
    const conversationId = 'B01BOT:T01KOMMUN:D01SUGGEST';
    await bot.post(slackMessage(bot.standIn.url('/slack'), QUESTION, { conversationId }));
    const [reply] = bot.standIn.inConversation(conversationId).filter((a) => a.activity.type === 'message');
    expect(reply.activity.text).toContain(`*Du kan också fråga*\n• ${SUGGESTED}`);
  });
});

describe('votes on the card', () => {
  it('redraw the card in place, one vote per answer, the second replacing the first', async () => {
    const conversationId = 'a:1personal-vote';
    const serviceUrl = bot.standIn.url('/teams');
    await bot.post(teamsPersonalMessage(serviceUrl, QUESTION, { conversationId }));
    const [card] = cards(bot.standIn.inConversation(conversationId));
    const helpful = submitData(card.activity, 'Till hjälp');
    const notHelpful = submitData(card.activity, 'Inte till hjälp');

    await bot.post(teamsCardSubmit(serviceUrl, helpful, { conversationId }));
    await bot.standIn.waitFor((a) => a.method === 'PUT' && a.activityId === card.assignedId);
    const [first] = updates(bot.standIn.inConversation(conversationId));
    expect(first.activityId).toBe(card.assignedId);
    expect(cardText(first.activity)).toContain('Tack! Du tyckte att svaret var till hjälp.');
    expect(actionTitles(first.activity)).not.toContain('Till hjälp');

    // The original card is still on screen elsewhere (another device): its other button changes the vote.
    await bot.post(teamsCardSubmit(serviceUrl, notHelpful, { conversationId }));
    await bot.standIn.waitFor((a) => a.method === 'PUT' && cardText(a.activity).includes('inte var till hjälp'));
    const second = updates(bot.standIn.inConversation(conversationId)).at(-1)!;
    const reasons = actionsIn(cardIn(second.activity)).find((a) => a.title === 'Skicka')!;
    expect(JSON.stringify(cardIn(second.activity))).toContain('"choices":[{"title":"Fel besked","value":"wrong_verdict"},{"title":"Inaktuellt","value":"outdated"},{"title":"Svarade inte på frågan","value":"not_answered"},{"title":"Annat","value":"other"}]');
    // The helpdesk leads once the answer did not help.
    expect((cardIn(second.activity).actions as { title: string }[]).map((a) => a.title)).toEqual(['Fråga helpdesk']);

    const answerId = String(helpful.answerId);
    expect(await bot.store.answerById(answerId)).toMatchObject({ vote: 'not_helpful', reason: null });
    expect((await bot.store.listFeedback()).filter((f) => f.question === QUESTION && f.vote === 'helpful' && f.channelId === 'msteams')).toHaveLength(0);

    await bot.post(teamsCardSubmit(serviceUrl, { ...(reasons.data as Record<string, unknown>), reason: 'outdated' }, { conversationId }));
    await bot.standIn.waitFor((a) => a.method === 'PUT' && cardText(a.activity).includes('Tack, vi har noterat varför.'));
    expect(await bot.store.answerById(answerId)).toMatchObject({ vote: 'not_helpful', reason: 'outdated' });
    // No extra chat messages: every thanks was on the card.
    expect(bot.standIn.inConversation(conversationId).filter((a) => a.method === 'POST' && a.activity.text === CHAT_STRINGS.sv.feedbackThanks)).toEqual([]);
  });

  it('refuse a reason for a forged, a foreign or an unvoted answer, changing nothing', async () => {
    const serviceUrl = bot.standIn.url('/teams');
    await bot.post(teamsPersonalMessage(serviceUrl, QUESTION, { conversationId: 'a:1personal-forged' }));
    const [card] = cards(bot.standIn.inConversation('a:1personal-forged'));
    const answerId = String(submitData(card.activity, 'Till hjälp').answerId);
    const reason = (id: string) => ({ action: 'molnkoll.vote.reason', answerId: id, reason: 'other' });

    await bot.post(teamsCardSubmit(serviceUrl, reason('AAAAAAAAAAAAAAAAAAAAAA')));
    await bot.post(teamsCardSubmit(serviceUrl, reason(answerId), { userId: '29:1user-bertil', aadObjectId: 'aad-bertil' }));
    await bot.post(teamsCardSubmit(serviceUrl, reason(answerId)));
    await bot.post(teamsCardSubmit(serviceUrl, { ...reason(answerId), reason: 'because' }));
    const texts = bot.standIn.received.filter((a) => a.method === 'POST' && a.activity.attachments === undefined && a.activity.type === 'message').map((a) => a.activity.text);
    // A reason that is not one of the card's choices is no submit of ours: it reads as an empty message.
    expect(texts).toEqual([CHAT_STRINGS.sv.unknownAnswer, CHAT_STRINGS.sv.notYourAnswer, CHAT_STRINGS.sv.unknownAnswer, CHAT_STRINGS.sv.emptyQuestion]);
    expect(updates(bot.standIn.received)).toEqual([]);
    expect(await bot.store.answerById(answerId)).toMatchObject({ vote: null, reason: null });
  });
});
