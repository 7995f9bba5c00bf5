/**
 * Two instances of bot/index.ts (two processes, two ports) sharing one PostgreSQL database, as
 * App Service runs them behind its load balancer: a ticket escalated through instance A is
 * claimed and answered through instance B, the asker gets the answer once, the helpdesk gets
 * one card; then both instances restart and nothing is lost. An admin signed in through one
 * instance is signed in on the other, whose admin page reads the same database.
 */
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HELPDESK_STRINGS } from '../../bot/engine/strings/helpdesk';
import { PostgresStore } from '../../bot/store/postgres-store';
import { ConnectorStandIn, ReceivedActivity } from '../support/connector-stand-in';
import { teamsCardSubmit, teamsPersonalMessage } from '../support/activities';
import { cardText, submitData } from '../support/card-reading';
import { HANNA, HELPDESK_CHANNEL, helpdeskClick } from '../support/helpdesk-activities';
import { BOT_ENTRY, TSX_NODE_ARGS, freePort, until } from '../support/bot-process';
import { TestPostgres, startPostgres } from '../support/start-postgres';

const ROOT = path.resolve(__dirname, '../..');
const ANNA_CHAT = 'a:1personal-anna';
const BERTIL = { userId: '29:1user-bertil', aadObjectId: 'aad-bertil', conversationId: 'a:1personal-bertil' };
const sv = HELPDESK_STRINGS.sv;
const ADMIN_TOKEN = 'correct-horse-battery-staple-42';

interface Instance {
  port: number;
  child: ChildProcess;
  exited: Promise<number | null>;
  post(activity: object): Promise<void>;
}

describe('two instances on one PostgreSQL database', () => {
  let pg: TestPostgres;
  let databaseUrl: string;
  let dir: string;
  let standIn: ConnectorStandIn;
  const running: Instance[] = [];

  beforeAll(async () => {
    pg = await startPostgres();
    databaseUrl = await pg.freshDatabase();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'molnkoll-scale-'));
    standIn = await ConnectorStandIn.start();
    standIn.addMember(HELPDESK_CHANNEL, { id: HANNA.id, name: HANNA.name, aadObjectId: HANNA.aadObjectId });
  }, 60_000);
  afterAll(async () => {
    for (const instance of running) if (instance.child.exitCode === null) instance.child.kill('SIGKILL');
    await standIn.close();
    pg.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** bot/index.ts as its own process with its own data folder (its index cache), up once its index is loaded. */
  async function startInstance(name: string, port: number): Promise<Instance> {
    const child = spawn(process.execPath, [...TSX_NODE_ARGS, BOT_ENTRY], {
      // A temp working folder, so a developer's own .env is not picked up.
      cwd: dir,
      env: {
        PATH: process.env.PATH ?? '',
        PORT: String(port),
        DATA_DIR: path.join(dir, `data-${name}`),
        DATABASE_URL: databaseUrl,
        USER_HASH_SECRET: 'the-same-secret-on-every-instance-0123456789',
        KNOWLEDGE_DIR: path.join(ROOT, 'knowledge'),
        HELPDESK_CONVERSATION_ID: HELPDESK_CHANNEL,
        HELPDESK_SERVICE_URL: standIn.url('/helpdesk'),
        ADMIN_TOKEN,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await until(() => output.includes('knowledge loaded; ready') || child.exitCode !== null, 60_000, `instance ${name}'s index`);
    if (child.exitCode !== null) throw new Error(`instance ${name} exited: ${output}`);
    const instance: Instance = {
      port,
      child,
      exited,
      async post(activity) {
        const response = await fetch(`http://127.0.0.1:${port}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
        expect(response.status).toBe(200);
      },
    };
    running.push(instance);
    return instance;
  }

  async function stop(instance: Instance): Promise<void> {
    instance.child.kill('SIGTERM');
    expect(await instance.exited).toBe(0);
  }

  const teams = () => standIn.url('/teams');

  /** Signs in on the admin page through `port`; the session cookie. */
  async function adminSignIn(port: number): Promise<string> {
    const response = await fetch(`http://127.0.0.1:${port}/admin/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: ADMIN_TOKEN }).toString(),
      redirect: 'manual',
    });
    expect(response.status).toBe(303);
    return response.headers.get('set-cookie')!.split(';')[0];
  }
  const adminData = (port: number, panel: string, cookie: string) => fetch(`http://127.0.0.1:${port}/admin/data/${panel}`, { headers: { cookie } });
  const messagesIn = (conversationId: string): ReceivedActivity[] => standIn.inConversation(conversationId).filter((a) => a.activity.type === 'message');
  const cardPosts = () => messagesIn(HELPDESK_CHANNEL).filter((a) => a.method === 'POST');
  const cardUpdates = () => standIn.received.filter((a) => a.method === 'PUT' && a.conversationId === HELPDESK_CHANNEL);
  const inAnnasChat = (pattern: string) => messagesIn(ANNA_CHAT).filter((a) => (a.activity.attachments ? cardText(a.activity).includes(pattern) : a.activity.text === pattern));

  it('escalates through A, answers through B, reaches the asker once, and keeps everything across a restart of both', async () => {
    const [portA, portB] = [await freePort(), await freePort()];
    let [a, b] = await Promise.all([startInstance('a', portA), startInstance('b', portB)]);
    // Each built its own index from the shared folder: the same content hash, the same knowledge.
    const served = await Promise.all([portA, portB].map(async (port) => (await (await fetch(`http://127.0.0.1:${port}/readyz`)).json()) as { knowledge: { hash: string; documents: number } }));
    expect(served[0].knowledge.hash).toMatch(/^[0-9a-f]{12}$/);
    expect(served[0].knowledge.documents).toBeGreaterThan(10);
    expect([served[1].knowledge.hash, served[1].knowledge.documents]).toEqual([served[0].knowledge.hash, served[0].knowledge.documents]);

    // Anna asks and escalates through A.
    await a.post(teamsPersonalMessage(teams(), 'Får jag lagra hälsodata i Office 365?'));
    await until(() => messagesIn(ANNA_CHAT).length === 1, 10_000, 'the answer');
    await a.post(teamsPersonalMessage(teams(), 'helpdesk'));
    expect(messagesIn(ANNA_CHAT).at(-1)!.activity.text).toBe(sv.ticketCreated('MK-0001'));
    await until(() => cardPosts().length === 1, 10_000, 'the ticket card');
    const card = cardPosts()[0];
    expect(cardText(card.activity)).toContain('Ärende MK-0001');

    // Hanna claims and answers on the card; Teams delivers her clicks to B.
    await b.post(helpdeskClick(standIn.url('/helpdesk'), submitData(card.activity, 'Jag tar den'), HANNA, card.assignedId));
    await until(() => inAnnasChat(sv.claimedNotice('MK-0001')).length === 1 && cardUpdates().length === 1, 10_000, 'the claim');
    const claimed = cardUpdates()[0];
    expect(cardText(claimed.activity)).toContain('Tagen');
    await b.post(helpdeskClick(standIn.url('/helpdesk'), { ...submitData(claimed.activity, 'Skicka svaret'), answer: 'Nej, inte än. Beslutet väntas i höst.' }, HANNA, card.assignedId));
    await until(() => inAnnasChat('Svar från helpdesk').length === 1 && cardUpdates().length === 2, 10_000, 'the answer to Anna');
    const answer = inAnnasChat('Svar från helpdesk')[0].activity;
    expect(cardText(answer)).toContain('Nej, inte än. Beslutet väntas i höst.');
    expect(cardText(cardUpdates()[1].activity)).toContain('Besvarad');

    // Bertil asks through B before the restart; nothing of it is in either process afterwards.
    await b.post(teamsPersonalMessage(teams(), 'Får vi ha Teamsmöten om socialtjänstärenden?', BERTIL));
    await until(() => messagesIn(BERTIL.conversationId).length === 1, 10_000, "Bertil's answer");

    // An admin signs in through A; B accepts the session and shows the escalation A took in.
    const cookie = await adminSignIn(portA);
    expect(cookie).toMatch(/^molnkoll_admin=[A-Za-z0-9_-]{43}$/);
    const unanswered = await adminData(portB, 'unanswered', cookie);
    expect(unanswered.status).toBe(200);
    expect(((await unanswered.json()) as { example: string; reasons: Record<string, number> }[]).map((g) => [g.example, g.reasons.escalated])).toEqual([
      ['Får jag lagra hälsodata i Office 365?', 1],
    ]);
    expect((await adminData(portB, 'unanswered', 'molnkoll_admin=made-up')).status).toBe(401);

    await Promise.all([stop(a), stop(b)]);
    [a, b] = await Promise.all([startInstance('a', portA), startInstance('b', portB)]);

    // After the restart the admin is still signed in, on either instance.
    expect((await adminData(portA, 'feedback', cookie)).status).toBe(200);

    // After the restart: Anna rates the helpdesk's answer through B, Bertil escalates through A.
    await b.post(teamsCardSubmit(teams(), submitData(answer, 'Till hjälp')));
    expect(messagesIn(ANNA_CHAT).at(-1)!.activity.text).toBe(sv.thanksClosed('MK-0001'));
    await a.post(teamsPersonalMessage(teams(), 'helpdesk', BERTIL));
    expect(messagesIn(BERTIL.conversationId).at(-1)!.activity.text).toBe(sv.ticketCreated('MK-0002'));
    await until(() => cardPosts().length === 2 && cardUpdates().length === 3, 10_000, "the closed card and Bertil's card");
    expect(cardText(cardUpdates()[2].activity)).toContain('Stängd');

    // Exactly once each: one card per ticket, one claim notice, one answer, whichever instance sent it.
    await new Promise((resolve) => setTimeout(resolve, 1500)); // two polls of both drainers
    expect(cardPosts().map((p) => cardText(p.activity).match(/Ärende MK-\d+/)![0])).toEqual(['Ärende MK-0001', 'Ärende MK-0002']);
    expect(inAnnasChat(sv.claimedNotice('MK-0001'))).toHaveLength(1);
    expect(inAnnasChat('Svar från helpdesk')).toHaveLength(1);
    await Promise.all([stop(a), stop(b)]);

    const store = await PostgresStore.open(databaseUrl);
    try {
      expect((await store.listTickets()).map((t) => [t.id, t.status, t.question])).toEqual([
        ['MK-0002', 'open', 'Får vi ha Teamsmöten om socialtjänstärenden?'],
        ['MK-0001', 'closed', 'Får jag lagra hälsodata i Office 365?'],
      ]);
      expect((await store.auditTrail('MK-0001')).map((e) => `${e.event}/${e.actor.role}`)).toEqual(['created/asker', 'claimed/helpdesk', 'answered/helpdesk', 'asker_helpful/asker']);
      expect(await store.outbox.pending()).toEqual([]);
    } finally {
      await store.close();
    }
  }, 180_000);
});
