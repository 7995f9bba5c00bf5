/**
 * End to end over real HTTP: identity numbers pasted in odd written forms (en dash, minus sign,
 * full-width digits, zero-width characters, spaced dash) reach neither the reply, nor the ticket
 * card in the helpdesk channel, nor a log line, nor the SQLite files on disk.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createEngine, Engine } from '../../../bot/engine/engine';
import { LocalAnalyzer } from '../../../bot/engine/analysis/local-analyzer';
import { ConnectorStandIn } from '../../support/connector-stand-in';
import { slackMessage } from '../../support/activities';
import { HELPDESK_CHANNEL } from '../../support/helpdesk-activities';
import { HelpdeskBot, startHelpdeskBot } from '../../support/start-helpdesk-bot';
import { GLOSSARY, makeFolder, markdown, removeFolder } from '../../support/knowledge-folder';

const SLACK_CHAT = 'B01BOT:T01KOMMUN:D-odd-forms';
// Valid numbers (Luhn and date checked), each written as people paste them.
const NUMBERS = [
  { digits: '8112189876', written: '811218\u20139876' }, // en dash
  { digits: '1212121212', written: '１２１２１２－１２１２' }, // full-width digits and dash
  { digits: '8112789873', written: '19811278 - 9873' }, // samordningsnummer, 12 digits, spaced dash
  { digits: '4604010126', written: '46\u200b0401\u22120126' }, // zero-width space and U+2212 minus
];
const QUESTION = `Får jag lagra hälsodata om ${NUMBERS.map((n) => n.written).join(', ')} i OneDrive?`;

/** Digits as they would read on screen: full-width made ASCII, invisible characters and separators between digits gone. */
const screenDigits = (text: string) =>
  text.normalize('NFKC').replace(/\p{Cf}/gu, '').replace(/(?<=\d)[\s\p{Pd}\u2212+]*(?=\d)/gu, '');

describe('identity numbers in odd written forms over HTTP', () => {
  const analyzer = new LocalAnalyzer();
  let knowledgeDir: string;
  let engine: Engine;
  let standIn: ConnectorStandIn;
  let bot: HelpdeskBot;

  beforeAll(async () => {
    knowledgeDir = await makeFolder({ 'glossary.yml': GLOSSARY, 'beslut.md': markdown() });
    engine = await createEngine({ knowledgeDir, analyzer });
    standIn = await ConnectorStandIn.start();
    bot = await startHelpdeskBot({ standIn, engine: () => engine, analyzer });
  });
  afterAll(async () => {
    await standIn.close();
    fs.rmSync(bot.dataDir, { recursive: true, force: true });
    await removeFolder(knowledgeDir);
  });

  it('are absent from the reply, the ticket card, the logs and the SQLite files', async () => {
    const post = async (text: string) => expect((await bot.post(slackMessage(standIn.url(), text, { conversationId: SLACK_CHAT }))).status).toBe(200);
    await post(QUESTION);
    await post('helpdesk');
    await post('-1');
    await standIn.waitFor((a) => a.conversationId === HELPDESK_CHANNEL && a.activity.type === 'message');
    await standIn.waitFor((a) => a.activity.text?.startsWith('Tack för din återkoppling! Vad var fel?') === true);
    const dataDir = bot.dataDir;
    await bot.stop();

    const replies = JSON.stringify(standIn.received.map((a) => a.activity));
    const ticketCard = JSON.stringify(standIn.inConversation(HELPDESK_CHANNEL).map((a) => a.activity));
    const logs = bot.logs.text();
    const files = fs.readdirSync(dataDir).map((name) => fs.readFileSync(path.join(dataDir, name)).toString('utf8')).join('\n');
    expect(fs.readdirSync(dataDir)).toContain('molnkoll.sqlite');

    // The redacted question did travel: the card carries it with placeholders, the files hold it.
    expect(ticketCard).toContain('[personnummer]');
    expect(ticketCard).toContain('[samordningsnummer]');
    expect(files).toContain('Får jag lagra hälsodata om [personnummer], [personnummer], [samordningsnummer], [personnummer] i OneDrive?');
    for (const { digits } of NUMBERS) {
      expect(screenDigits(replies)).not.toContain(digits);
      expect(screenDigits(logs)).not.toContain(digits);
      expect(screenDigits(files)).not.toContain(digits);
    }
    expect(replies).toContain('Jag tog bort personuppgifter ur frågan');
  });
});

describe('the on-screen digit reading used above', () => {
  test('finds a number in each odd form, so the checks above can fail', () => {
    for (const { digits, written } of NUMBERS) expect(screenDigits(`x ${written} y`)).toContain(digits);
    expect(screenDigits(JSON.stringify({ text: '８１１２１８\u200b－９８７６' }))).toContain('8112189876');
  });
});
