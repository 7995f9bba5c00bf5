/**
 * What users see: each kind of card (an answer with a verdict, an answer that finds nothing, the
 * helpdesk's ticket card, the helpdesk's reply to the asker) rendered by Microsoft's
 * `adaptivecards` renderer in headless Chromium with a Teams-like host config, saved as PNG
 * under test-output/screenshots/ for a reviewer. The renderer must parse each card without a
 * complaint and show its key words; each PNG must be a real picture of the card's width.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { createEngine, Engine } from '../../bot/engine/engine';
import { renderAnswer } from '../../bot/render/render-answer';
import { ticketCardJson } from '../../bot/render/ticket-card';
import { helpdeskAnswerCardJson } from '../../bot/render/helpdesk-answer-card';
import { ticketFixture } from '../support/ticket-fixtures';
import { hostileAnswer } from './answer-fixtures';
import { TEAMS_LIKE_HOST_CONFIG } from '../support/card-page/teams-host-config';

const ROOT = path.resolve(__dirname, '../..');
const OUT = path.join(ROOT, 'test-output/screenshots');
/** CSS pixels of the chat column the card sits in, and the page's pixel density. */
const FRAME_WIDTH = 520;
const SCALE = 2;

const PAGE = '<!doctype html><html><head><meta charset="utf-8"></head><body><div id="frame"><div id="card"></div></div></body></html>';
/** After the renderer's own stylesheet, so these win: a Teams-like chat background and buttons. */
const STYLE = `
  body { margin: 0; background: #EBEBEB; font-family: 'Liberation Sans', 'DejaVu Sans', sans-serif; }
  #frame { width: ${FRAME_WIDTH - 32}px; margin: 0; padding: 16px; background: #EBEBEB; }
  #card { background: #FFFFFF; border-radius: 6px; box-shadow: 0 1px 2px rgba(0,0,0,.15); overflow: hidden; }
  .ac-pushButton { border: 1px solid #D1D1D1; border-radius: 4px; background: #FFFFFF; color: #242424; padding: 5px 12px; font: 600 14px 'Liberation Sans', sans-serif; }
  .ac-pushButton.style-positive { background: #5B5FC7; color: #FFFFFF; border-color: #5B5FC7; }
  /* The renderer's chevron is a Fabric MDL2 glyph, a font Linux lacks. */
  .ac-pushButton.expandable:after { content: ' \\25BE'; font-family: 'DejaVu Sans', sans-serif; font-size: 12px; }
  .ac-pushButton.expandable.expanded:after { content: ' \\25B4'; }
  .ac-input { font: 14px 'Liberation Sans', sans-serif; border: 1px solid #D1D1D1; border-radius: 4px; padding: 5px; }
`;
/** Teams renders Markdown in text blocks; the renderer does so when markdown-it is on the page. */
const SCRIPTS = [path.join(ROOT, 'node_modules/markdown-it/dist/browser/markdown-it.umd.min.js'), require.resolve('adaptivecards/dist/adaptivecards.min.js'), path.join(ROOT, 'test/support/card-page/render-card.js')];

interface Rendered {
  problems: string[];
  text: string;
  links: string[];
  scripts: number;
  png: PNG;
}

describe('card screenshots (adaptivecards renderer in headless Chromium)', () => {
  let browser: Browser;
  let engine: Engine;
  let dataDir: string;

  beforeAll(async () => {
    fs.mkdirSync(OUT, { recursive: true });
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'molnkoll-shots-'));
    [browser, engine] = await Promise.all([
      chromium.launch({
        executablePath: '/usr/bin/chromium',
        // No sandbox as root in CI; nothing reaches out on its own (updates, sync, metrics).
        args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-default-apps', '--metrics-recording-only', '--disable-features=Translate,MediaRouter,OptimizationHints'],
      }),
      createEngine({ knowledgeDir: path.join(ROOT, 'knowledge'), dataDir }),
    ]);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  async function render(name: string, card: unknown): Promise<Rendered> {
    const context = await browser.newContext({ viewport: { width: FRAME_WIDTH, height: 800 }, deviceScaleFactor: SCALE });
    // The page is made here and loads nothing: every request is refused.
    await context.route('**/*', (route) => route.abort());
    const page: Page = await context.newPage();
    try {
      await page.setContent(PAGE);
      await page.addStyleTag({ path: require.resolve('adaptivecards/dist/adaptivecards.css') });
      await page.addStyleTag({ content: STYLE });
      for (const script of SCRIPTS) await page.addScriptTag({ path: script });
      const result = await page.evaluate(([json, config]) => (globalThis as unknown as { renderCard(j: unknown, c: unknown): Omit<Rendered, 'png'> }).renderCard(json, config), [card, TEAMS_LIKE_HOST_CONFIG] as const);
      const file = path.join(OUT, `${name}.png`);
      await page.locator('#frame').screenshot({ path: file });
      return { ...result, png: PNG.sync.read(fs.readFileSync(file)) };
    } finally {
      await context.close();
    }
  }

  /** Distinct colours in the picture: a blank or one-colour image has one or two. */
  function colourCount(png: PNG): number {
    const seen = new Set<number>();
    for (let i = 0; i < png.data.length; i += 4) seen.add(png.data.readUInt32BE(i));
    return seen.size;
  }

  function expectPicture(png: PNG, minHeightCss: number): void {
    expect(png.width).toBe(FRAME_WIDTH * SCALE);
    expect(png.height).toBeGreaterThan(minHeightCss * SCALE);
    expect(colourCount(png)).toBeGreaterThan(50);
  }

  function cardOf(activity: { attachments?: { content?: unknown }[] }): unknown {
    return activity.attachments![0].content;
  }

  it('an answer with a verdict', async () => {
    const answer = await engine.ask('Får jag lagra hälsodata i Office 365?');
    const shot = await render('answer', cardOf(renderAnswer(answer, 'msteams', 'a-1')));
    expect(shot.problems).toEqual([]);
    expect(shot.text.split('\n')[0]).toBe('Inte ännu');
    expect(shot.text).toContain('Enligt Intraservice, Göteborgs Stad (ca oktober 2018) [1].');
    expect(shot.text).toContain('Källor');
    expect(shot.text).toContain('Till hjälp');
    expectPicture(shot.png, 300);
  });

  it('an answer that finds nothing, offering the helpdesk', async () => {
    const answer = await engine.ask('Vad kostar en Zoom-licens per år?');
    expect(answer.answered).toBe(false);
    const shot = await render('no-answer', cardOf(renderAnswer(answer, 'msteams', 'a-2')));
    expect(shot.problems).toEqual([]);
    expect(shot.text).toContain('Jag hittar inget i underlaget');
    expect(shot.text).toContain('Fråga helpdesk');
    expectPicture(shot.png, 120);
  });

  it("the helpdesk's ticket card", async () => {
    const ticket = ticketFixture({ comment: 'Gäller det även Teams-möten med patienter?' });
    const shot = await render('ticket', ticketCardJson(ticket, 'sv'));
    expect(shot.problems).toEqual([]);
    expect(shot.text).toContain('MK-0042');
    // Markdown is rendered as Teams renders it, not shown as asterisks.
    expect(shot.text).toContain('Status: Öppen');
    expect(shot.text).not.toContain('**');
    expect(shot.text).toContain('Gäller det även Teams-möten med patienter?');
    expect(shot.text).toContain('Jag tar den');
    expectPicture(shot.png, 200);
  });

  it("the helpdesk's reply as the asker gets it", async () => {
    const ticket = ticketFixture({ status: 'answered', helpdeskAnswer: 'Nej, inte ännu. Använd journalsystemet tills beslutet är fattat.\nHör av dig om något är oklart.' });
    const shot = await render('helpdesk-reply', helpdeskAnswerCardJson(ticket));
    expect(shot.problems).toEqual([]);
    expect(shot.text).toContain('Använd journalsystemet tills beslutet är fattat.');
    expect(shot.text).toContain('MK-0042');
    expectPicture(shot.png, 150);
  });

  it('shows text from users and documents as typed, through the Markdown Teams applies', async () => {
    const shot = await render('hostile', cardOf(renderAnswer(hostileAnswer(), 'msteams', 'a-3')));
    expect(shot.problems).toEqual([]);
    expect(shot.text).toContain('Får jag ${foo} {{x}} <script>alert(1)</script> & *bold* _it_ [x](http://evil.example)');
    expect(shot.links.filter((href) => href.includes('evil.example'))).toEqual([]);
    expect(shot.scripts).toBe(0);
  });
});
