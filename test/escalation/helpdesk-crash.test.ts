/**
 * bot/index.ts as a process (through tsx, as test/server/index-process.test.ts runs it), killed
 * with SIGKILL in the middle of a burst of escalations: every ticket the bot acknowledged to
 * someone must be in the store afterwards, for the conversation it was acknowledged in.
 */
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SqliteStore } from '../../bot/store/sqlite-store';
import { ConnectorStandIn, ReceivedActivity } from '../support/connector-stand-in';
import { teamsPersonalMessage } from '../support/activities';
import { HELPDESK_CHANNEL } from '../support/helpdesk-activities';
import { BOT_ENTRY, TSX_NODE_ARGS, freePort, until } from '../support/bot-process';

const ROOT = path.resolve(__dirname, '../..');
const USERS = 20;
const QUESTIONS = ['Får jag lagra hälsodata i Office 365?', 'Får vi ha Teamsmöten om socialtjänstärenden?', 'Får jag skicka personuppgifter med e-post?'];
const TICKET_ID = /MK-\d{4,}/;
const ACKS_BEFORE_KILL = 5;


const user = (i: number) => ({ userId: `29:1burst-user-${i}`, aadObjectId: `aad-burst-${i}`, conversationId: `a:1personal-burst-${i}` });

describe('a crash in the middle of escalations', () => {
  let dir: string;
  let child: ChildProcess | undefined;
  let standIn: ConnectorStandIn;

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'molnkoll-crash-'));
    standIn = await ConnectorStandIn.start();
  });
  afterEach(async () => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await standIn.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('loses no acknowledged ticket to SIGKILL', async () => {
    const port = await freePort();
    const dataDir = path.join(dir, 'data');
    // A temp working folder, so a developer's own .env is not picked up.
    child = spawn(process.execPath, [...TSX_NODE_ARGS, BOT_ENTRY], {
      cwd: dir,
      env: {
        PATH: process.env.PATH ?? '',
        PORT: String(port),
        DATA_DIR: dataDir,
        KNOWLEDGE_DIR: path.join(ROOT, 'knowledge'),
        HELPDESK_CONVERSATION_ID: HELPDESK_CHANNEL,
        HELPDESK_SERVICE_URL: standIn.url('/helpdesk'),
        RATE_LIMIT_PER_MINUTE: '100',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child!.on('exit', (_code, signal) => resolve(signal)));
    await until(() => stdout.includes('knowledge loaded; ready'), 30_000, 'the index');

    const post = (body: object) =>
      fetch(`http://127.0.0.1:${port}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const url = standIn.url('/teams');
    // Each user has an answered question to escalate.
    await Promise.all(Array.from({ length: USERS }, (_, i) => post(teamsPersonalMessage(url, QUESTIONS[i % QUESTIONS.length], user(i)))));

    // A slow connector keeps turns in flight, so the kill lands inside the burst.
    standIn.replyDelayMs = 60;
    const acks = (): ReceivedActivity[] =>
      standIn.received.filter((a) => a.conversationId !== HELPDESK_CHANNEL && a.activity.type === 'message' && TICKET_ID.test(a.activity.text ?? ''));
    const outcomes = Array.from({ length: USERS }, (_, i) =>
      post(teamsPersonalMessage(url, 'helpdesk', user(i))).then(() => 'answered' as const, () => 'cut off' as const),
    );
    await until(() => acks().length >= ACKS_BEFORE_KILL, 10_000, 'the first acknowledgements');
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    const settled = await Promise.all(outcomes);
    const cutOff = settled.filter((o) => o === 'cut off').length;

    const acknowledged = acks().map((a) => ({ id: TICKET_ID.exec(a.activity.text ?? '')![0], conversationId: a.conversationId }));
    const store = SqliteStore.open(dataDir);
    try {
      for (const { id, conversationId } of acknowledged) {
        const ticket = store.getTicket(id);
        expect([id, ticket?.askerReference.conversation?.id]).toEqual([id, conversationId]);
        expect(store.auditTrail(id).map((e) => e.event)).toEqual(['created']);
      }
      const stored = store.listTickets({ limit: 100 });
      // Stored but not yet acknowledged is allowed (the kill fell between the two); the reverse is not.
      expect(stored.length).toBeGreaterThanOrEqual(acknowledged.length);
      console.info(
        `crash burst: ${outcomes.length} escalations sent, ${cutOff} cut off, ` +
          `${acknowledged.length} acknowledged, ${stored.length} stored`,
      );
    } finally {
      store.close();
    }
    expect(acknowledged.length).toBeGreaterThanOrEqual(ACKS_BEFORE_KILL);
    // The kill fell inside the burst: some turns never got to answer.
    expect(cutOff).toBeGreaterThan(0);
  }, 60_000);
});
