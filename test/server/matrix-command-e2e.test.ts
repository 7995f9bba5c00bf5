/** `matris` / `matrix` over HTTP: the real engine on the bundled knowledge, the reply as Teams and Slack get it. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Activity, Attachment } from 'botbuilder';
import { createEngine } from '../../bot/engine/engine';
import { startTestBot, TestBot } from '../support/start-test-bot';
import { ReceivedActivity } from '../support/connector-stand-in';
import { slackMessage, teamsChannelMessage, teamsPersonalMessage } from '../support/activities';
import { cardProblems, findAll } from '../render/adaptive-card-shape';

const isMessage = (a: ReceivedActivity) => a.activity.type === 'message';
const cardIn = (activity: Partial<Activity>) => (activity.attachments as Attachment[])[0].content as Record<string, unknown>;

describe('the matrix command over HTTP', () => {
  let bot: TestBot;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'molnkoll-matrix-e2e-'));
    bot = await startTestBot({ engine: await createEngine({ knowledgeDir: path.resolve(__dirname, '../../knowledge'), dataDir }) });
  });
  afterAll(async () => {
    await bot.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
  beforeEach(() => bot.standIn.clear());

  it('answers "matris" in Teams with an Adaptive Card table', async () => {
    expect((await bot.post(teamsPersonalMessage(bot.standIn.url(), 'matris'))).status).toBe(200);
    const reply = await bot.standIn.waitFor(isMessage);
    const card = cardIn(reply.activity);
    expect(cardProblems(card)).toEqual([]);
    const [table] = findAll(card, 'Table');
    const rows = table.rows as { cells: { items: { text: string }[] }[] }[];
    expect(rows[0].cells.map((c) => c.items[0].text).slice(0, 2)).toEqual(['Tjänst', 'offentlig information']);
    expect(rows[1].cells[0].items[0].text).toBe('Office 365');
    expect(reply.activity.summary).toBe('Besked per tjänst och typ av information');
  });

  it('answers a mention in a Teams channel with "matrix" in English', async () => {
    await bot.post(teamsChannelMessage(bot.standIn.url(), 'matrix', { mention: true }));
    const reply = await bot.standIn.waitFor(isMessage);
    const [table] = findAll(cardIn(reply.activity), 'Table');
    expect(JSON.stringify(table)).toContain('"Service"');
  });

  it('answers Slack with a monospaced mrkdwn table', async () => {
    await bot.post(slackMessage(bot.standIn.url('/slack'), 'matrix'));
    const reply = await bot.standIn.waitFor(isMessage);
    expect(reply.activity.attachments ?? []).toEqual([]);
    expect(reply.activity.text).toMatch(/^\*Verdicts per service and kind of information\*\n```\nKind of information\s+Office 365\n/);
    expect((reply.activity.channelData as { text: string }).text).toBe(reply.activity.text);
  });
});
