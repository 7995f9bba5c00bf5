/**
 * The admin page end to end: bot/index.ts as its own process (as `npm start` runs it) with
 * ADMIN_TOKEN set and a seeded answer log, driven by headless Debian Chromium through
 * playwright-core. A wrong token is refused, the right one signs in, the matrix shows the
 * bundled knowledge's verdicts in the right cells and a cell opens to its ruling; the page is
 * saved as a screenshot under test-output/admin/. Without ADMIN_TOKEN the routes do not exist.
 */
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Browser, chromium } from 'playwright-core';
import { BOT_ENTRY, TSX_NODE_ARGS, freePort } from '../support/bot-process';
import { SAMPLE_LOG, seedAnswerLog } from '../support/seed-answer-log';

const ROOT = path.resolve(__dirname, '../..');
const OUT = path.join(ROOT, 'test-output/admin');
const TOKEN = 'correct-horse-battery-staple-42';

interface Bot {
  url: string;
  child: ChildProcess;
  exited: Promise<unknown>;
}

async function startBot(dataDir: string, env: Record<string, string>): Promise<Bot> {
  const port = await freePort();
  const child = spawn(process.execPath, [...TSX_NODE_ARGS, BOT_ENTRY], {
    cwd: dataDir,
    env: { PATH: process.env.PATH ?? '', KNOWLEDGE_DIR: path.join(ROOT, 'knowledge'), DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 40_000;
  for (;;) {
    const ready = await fetch(`${url}/readyz`).then((r) => r.status === 200, () => false);
    if (ready) return { url, child, exited };
    if (Date.now() > deadline || child.exitCode !== null) throw new Error('the bot did not become ready');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function stopBot(bot: Bot | undefined): Promise<void> {
  if (!bot || bot.child.exitCode !== null) return;
  bot.child.kill('SIGTERM');
  await bot.exited;
}

describe('the admin page in a real browser', () => {
  let dataDir: string;
  let bot: Bot;
  let browser: Browser;

  beforeAll(async () => {
    fs.mkdirSync(OUT, { recursive: true });
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'molnkoll-admin-e2e-'));
    await seedAnswerLog(dataDir, SAMPLE_LOG);
    [bot, browser] = await Promise.all([
      startBot(dataDir, { ADMIN_TOKEN: TOKEN }),
      chromium.launch({
        executablePath: '/usr/bin/chromium',
        headless: true,
        // No sandbox as root in CI; nothing reaches out on its own (updates, sync, metrics).
        args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-default-apps', '--metrics-recording-only', '--disable-features=Translate,MediaRouter,OptimizationHints'],
      }),
    ]);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await stopBot(bot);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses a wrong token, signs in with the right one, shows the matrix and opens a cell', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const elsewhere: string[] = [];
    // Only the bot's own server may be asked for anything: no CDN, no fonts from afar.
    await context.route('**/*', (route) => {
      if (route.request().url().startsWith(bot.url)) return route.continue();
      elsewhere.push(route.request().url());
      return route.abort();
    });
    const page = await context.newPage();
    try {
      await page.goto(`${bot.url}/admin`);
      await page.fill('input[name=token]', 'not-the-token-at-all');
      const [refused] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/admin/sign-in')), page.click('#sign-in button')]);
      expect(refused.status()).toBe(401);
      await expect(page.locator('#sign-in-error').textContent()).resolves.toBe('Wrong token.');
      expect(await page.locator('#verdict-matrix').count()).toBe(0);

      await page.fill('input[name=token]', TOKEN);
      await Promise.all([page.waitForURL(`${bot.url}/admin`), page.click('#sign-in button')]);
      await page.waitForSelector('#verdict-matrix');
      const [cookie] = await context.cookies();
      expect(cookie).toMatchObject({ name: 'molnkoll_admin', httpOnly: true, sameSite: 'Strict', path: '/admin' });

      const cell = (service: string, data: string) => page.locator(`#verdict-matrix td[data-service="${service}"][data-data="${data}"]`);
      await expect(cell('office365', 'health').getAttribute('data-verdict')).resolves.toBe('pending');
      await expect(cell('office365', 'health').locator('summary').textContent()).resolves.toBe('Not yet');
      await expect(cell('onedrive', 'internal').getAttribute('data-verdict')).resolves.toBe('conditional');
      await expect(cell('teams', 'security-protected').getAttribute('data-verdict')).resolves.toBe('not_allowed');
      await expect(cell('zoom', 'health').getAttribute('data-verdict')).resolves.toBe('none');
      const colour = await page.evaluate(`getComputedStyle(document.querySelector('#verdict-matrix td[data-service="office365"][data-data="health"]')).backgroundColor`);
      expect(colour).toBe('rgb(255, 217, 168)');

      const details = cell('office365', 'health').locator('.pop');
      expect(await details.isVisible()).toBe(false);
      await cell('office365', 'health').locator('summary').click();
      expect(await details.isVisible()).toBe(true);
      const text = (await details.innerText()).replace(/\s+/g, ' ');
      expect(text).toContain('ruling for office365 × confidential (inherited through the glossary)');
      expect(text).toContain('Intraservice, Göteborgs Stad, about 2018-10');
      expect(text).toContain('goteborg-sakerhetsrapport-2018.md');
      expect(text).toContain('Later: eSams rättsliga uttalande');

      // The other panels, from the seeded answer log and the bundled knowledge.
      await expect(page.locator('#unanswered tbody tr').first().innerText()).resolves.toMatch(/^3\t2026-11-10\tFår vi använda Zoom för möten med elever\?/);
      // Week 46: one not helpful, two helpful.
      await expect(page.locator('#helpful-chart g.week').evaluateAll((weeks) => weeks.map((w) => `${w.getAttribute('data-week')} ${w.textContent?.replace(/\s+/g, ' ').trim()}`))).resolves.toEqual(['2026-W46 2026-W46: 2 helpful, 1 not helpful 67% W46n=3']);
      await expect(page.locator('#tickets tbody td').first().innerText()).resolves.toBe('1');
      await expect(page.locator('#health-summary').innerText()).resolves.toMatch(/^24 documents loaded, 0 files left out\./);
      expect(await page.locator('#review-rulings tbody tr').count()).toBeGreaterThan(0);

      await page.screenshot({ path: path.join(OUT, 'admin-page.png'), fullPage: true });
      const [box, pop] = await Promise.all([cell('office365', 'health').boundingBox(), details.boundingBox()]);
      const clip = { x: Math.min(box!.x, pop!.x) - 8, y: box!.y - 8, width: Math.max(box!.width, pop!.width) + 16, height: pop!.y + pop!.height - box!.y + 16 };
      await page.screenshot({ path: path.join(OUT, 'matrix-cell.png'), clip });
      await page.locator('#verdict-matrix').screenshot({ path: path.join(OUT, 'verdict-matrix.png') });
      expect(fs.statSync(path.join(OUT, 'admin-page.png')).size).toBeGreaterThan(50_000);
      expect(elsewhere).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);

  it('checks a pasted document without changing the folder', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    const before = fs.readdirSync(path.join(ROOT, 'knowledge')).sort();
    try {
      await page.goto(`${bot.url}/admin`);
      await page.fill('input[name=token]', TOKEN);
      await Promise.all([page.waitForURL(`${bot.url}/admin`), page.click('#sign-in button')]);
      await page.fill('#check-form input[name=name]', 'zoom-beslut-2026.md');
      await page.fill('#check-form textarea', ['---', 'title: Beslut om Zoom', 'kind: decision', 'issuer: Kommunstyrelsen', 'date: 2026-11-20', 'language: sv', 'rulings:',
        '  - service: zoom', '    data: internal', '    verdict: conditional', '    conditions:', '      - { sv: "Endast med EU-lagring", en: "Only with EU storage" }', '---', '', '## Beslut', '', 'Zoom får användas för intern information med EU-lagring.', ''].join('\n'));
      await Promise.all([page.waitForURL(`${bot.url}/admin/check#check`), page.click('#check-form button')]);
      const result = (await page.locator('#check-result').innerText()).replace(/\s+/g, ' ');
      expect(result).toContain('The loader reports no problems.');
      expect(result).toContain('zoom × internal: Allowed with conditions');
      expect(result).toContain('Endast med EU-lagring / Only with EU storage');
      const firstSample = (await page.locator('#check-samples tbody tr').first().innerText()).replace(/\s+/g, ' ');
      expect(firstSample).toMatch(/^Får jag lagra intern information i Zoom\? Allowed with conditions decided by zoom-beslut-2026 cites it/);
      await page.screenshot({ path: path.join(OUT, 'check-document.png'), fullPage: true });
      expect(fs.readdirSync(path.join(ROOT, 'knowledge')).sort()).toEqual(before);
    } finally {
      await context.close();
    }
  }, 60_000);

  it('keeps every panel and its data behind the session, and locks out after five wrong tokens', async () => {
    expect((await fetch(`${bot.url}/admin/data/matrix`)).status).toBe(401);
    expect((await fetch(`${bot.url}/admin/check`, { method: 'POST' })).status).toBe(401);
    const signIn = (token: string) => fetch(`${bot.url}/admin/sign-in`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ token }) });
    const good = await signIn(TOKEN);
    expect(good.status).toBe(303);
    const cookie = good.headers.get('set-cookie')!.split(';')[0];
    const matrix = (await (await fetch(`${bot.url}/admin/data/matrix`, { headers: { cookie } })).json()) as { services: { id: string }[] };
    expect(matrix.services[0].id).toBe('office365');
    expect((await fetch(`${bot.url}/admin/data/matrix`, { headers: { cookie: 'molnkoll_admin=guessed' } })).status).toBe(401);

    // The first test sent one wrong token from this address; four more fill the window.
    const statuses = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await signIn(`wrong-${i}`)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
    expect((await signIn(TOKEN)).status).toBe(429);
  }, 30_000);

  it('has no /admin routes without ADMIN_TOKEN', async () => {
    const plainDir = fs.mkdtempSync(path.join(os.tmpdir(), 'molnkoll-admin-off-'));
    let plain: Bot | undefined;
    try {
      plain = await startBot(plainDir, {});
      expect((await fetch(`${plain.url}/admin`)).status).toBe(404);
      expect((await fetch(`${plain.url}/admin/sign-in`, { method: 'POST', body: 'token=x' })).status).toBe(404);
      expect((await fetch(`${plain.url}/admin/data/matrix`)).status).toBe(404);
    } finally {
      await stopBot(plain);
      fs.rmSync(plainDir, { recursive: true, force: true });
    }
  }, 60_000);
});
