/**
 * The `tickets` command: the draft export as a pure function (and that the engine's loader
 * accepts it), then the command end to end against a temp DATA_DIR seeded through
 * SqliteStore. Spawns cost about 1.5 s each, so each run checks several things.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ticketToDraft } from '../../bot/cli/ticket-draft';
import { loadKnowledgeFolder } from '../../bot/engine/knowledge/load-knowledge-folder';
import { SqliteStore } from '../../bot/store/sqlite-store';
import { AuditEntry, Ticket } from '../../bot/store/ticket-store';
import { ASKER, HELPDESK, newTicket } from '../store/ticket-store-contract';
import { GLOSSARY, makeFolder, removeFolder } from '../support/knowledge-folder';

const ROOT = path.join(__dirname, '..', '..');
const TODAY = new Date(2025, 4, 6, 0, 30); // local time, just after midnight
const ANSWER = 'Nej. Hälsodata får inte lagras i OneDrive förrän sekretessfrågan är utredd: "kontakta DSO".';

function answeredTicket(fields: Partial<Ticket> = {}): Ticket {
  return {
    ...newTicket(),
    id: 'MK-0007',
    status: 'answered',
    helpdeskAnswer: ANSWER,
    createdAt: '2025-05-01T10:00:00.000Z',
    updatedAt: '2025-05-02T10:00:00.000Z',
    ...fields,
  };
}

describe('ticketToDraft', () => {
  it('writes an faq document with front matter and sections in the ticket language', () => {
    const sv = ticketToDraft(answeredTicket(), TODAY);
    expect(sv.fileName).toBe('faq-mk-0007.md');
    expect(sv.markdown).toMatch(/^---\n/);
    for (const line of ['id: faq-mk-0007', 'title: Får jag lagra hälsodata i OneDrive?', 'kind: faq', 'issuer: Helpdesk', 'date: 2025-05-06', 'language: sv', 'source: Helpdesk ticket MK-0007']) {
      expect(sv.markdown.split('\n')).toContain(line);
    }
    expect(sv.markdown).toContain(`## Fråga\n\nFår jag lagra hälsodata i OneDrive?\n\n## Svar\n\n${ANSWER}\n`);

    const en = ticketToDraft(answeredTicket({ language: 'en', question: 'May I?', helpdeskAnswer: 'No.' }), TODAY, 'IT-support: molnfrågor');
    expect(en.markdown).toContain('## Question\n\nMay I?\n\n## Answer\n\nNo.\n');
    expect(en.markdown).toContain('language: en');
    expect(en.markdown).toContain('issuer: "IT-support: molnfrågor"');
  });

  it('cuts a long question to a one-line title of about 100 characters', () => {
    const long = `Får jag\nlagra ${'mycket '.repeat(30)}hälsodata?`;
    const { markdown } = ticketToDraft(answeredTicket({ question: long }), TODAY);
    const title = /^title: (.*)$/m.exec(markdown)![1];
    expect(title.length).toBeLessThanOrEqual(100);
    expect(title).toMatch(/^Får jag lagra mycket .*mycket…$/);
    expect(markdown).toContain(`## Fråga\n\n${long}\n`);
  });

  it('refuses a ticket without a helpdesk answer', () => {
    expect(() => ticketToDraft(answeredTicket({ helpdeskAnswer: undefined, status: 'claimed' }), TODAY)).toThrow(/MK-0007 has no helpdesk answer/);
  });

  it('loads cleanly with the engine loader, tricky characters and all', async () => {
    const tricky = answeredTicket({ question: 'Gäller "SFS 2009:400" – #sekretess & [personnummer]: får vi? - ja/nej' });
    const drafts = [ticketToDraft(tricky, TODAY), ticketToDraft(answeredTicket({ id: 'MK-0008', language: 'en', question: 'May I? ---', helpdeskAnswer: 'No: never.' }), TODAY, 'Helpdesk')];
    const dir = await makeFolder({ 'glossary.yml': GLOSSARY, ...Object.fromEntries(drafts.map((d) => [d.fileName, d.markdown])) });
    try {
      const folder = await loadKnowledgeFolder(dir);
      expect(folder.problems).toEqual([]);
      const [first, second] = folder.documents;
      expect(first).toMatchObject({ id: 'faq-mk-0007', title: tricky.question, kind: 'faq', issuer: 'Helpdesk', date: '2025-05-06', language: 'sv', source: 'Helpdesk ticket MK-0007' });
      expect(first.sections).toEqual([{ heading: 'Fråga', text: tricky.question }, { heading: 'Svar', text: ANSWER }]);
      expect(second).toMatchObject({ id: 'faq-mk-0008', language: 'en', sections: [{ heading: 'Question', text: 'May I? ---' }, { heading: 'Answer', text: 'No: never.' }] });
    } finally {
      await removeFolder(dir);
    }
  });
});

describe('tickets command', () => {
  let work: string;
  let dataDir: string;
  let knowledgeDir: string;

  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'molnkoll-tickets-cli-'));
    dataDir = path.join(work, 'data');
    knowledgeDir = path.join(work, 'knowledge');
    fs.mkdirSync(knowledgeDir);
    const store = SqliteStore.open(dataDir, { now: () => new Date('2025-05-01T10:00:00.000Z') });
    const first = await store.createTicket(newTicket({ question: `Får jag lagra hälsodata i OneDrive? ${'Det gäller elevhälsan. '.repeat(5)}` }), ASKER);
    await store.applyChange(first.id, { event: 'claimed', actor: HELPDESK });
    await store.applyChange(first.id, { event: 'answered', actor: HELPDESK, answer: ANSWER });
    await store.setHelpdeskActivityId(first.id, 'activity-42');
    await store.createTicket(newTicket({ question: 'May I use Teams?', language: 'en', comment: undefined }), ASKER);
    await store.close();
  });
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  function run(...args: string[]) {
    const result = spawnSync('npx', ['tsx', 'bot/cli/tickets.ts', ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, DATA_DIR: dataDir, KNOWLEDGE_DIR: knowledgeDir, HELPDESK_ISSUER: 'Servicedesk' },
    });
    if (result.error) throw result.error;
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  it('lists tickets newest first as a table', () => {
    const { status, stdout, stderr } = run('list');
    expect([status, stderr]).toEqual([0, '']);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^ID\s+STATUS\s+CREATED \(UTC\)\s+LANG\s+QUESTION$/);
    expect(lines[1]).toMatch(/^MK-0002\s+open\s+2025-05-01 10:00\s+en\s+May I use Teams\?$/);
    // At most 60 characters of the question, cut without a dangling space.
    expect(lines[2]).toMatch(/^MK-0001\s+answered\s+2025-05-01 10:00\s+sv\s+Får jag lagra hälsodata i OneDrive\? Det gäller elevhälsan\.…$/);
  });

  it('lists one status as JSON', () => {
    const { status, stdout } = run('list', '--status', 'answered', '--json');
    expect(status).toBe(0);
    const tickets = JSON.parse(stdout) as Ticket[];
    expect(tickets.map((t) => [t.id, t.status, t.helpdeskAnswer])).toEqual([['MK-0001', 'answered', ANSWER]]);
  });

  it('shows every field and the audit trail, and names an unknown ticket', () => {
    const { status, stdout } = run('show', 'mk-1');
    expect(status).toBe(0);
    for (const text of ['MK-0001 (answered)', 'Claimed by:    helpdesk-hash', 'Helpdesk card: activity-42', 'Comment:\n  Det gäller elevhälsan.', `Helpdesk answer:\n  ${ANSWER}`, 'Bot\'s answer (verdict: pending; not answered):', '[1] Beslut om OneDrive (Kommunstyrelsen, 2019-05-02)', 'Audit trail:']) {
      expect(stdout).toContain(text);
    }
    expect(stdout).toMatch(/2025-05-01 10:00:00Z {2}created .*asker .*open\n.*claimed .*helpdesk .*open → claimed\n.*answered .*claimed → answered\n?$/);

    const unknown = run('show', 'MK-0099', '--json');
    expect(unknown).toMatchObject({ status: 1, stdout: '' });
    expect(unknown.stderr).toMatch(/^tickets: no ticket MK-0099 in .*; see `tickets list`\n$/);
  });

  it('shows a ticket as JSON with its trail', () => {
    const { status, stdout } = run('show', 'MK-0002', '--json');
    expect(status).toBe(0);
    const shown = JSON.parse(stdout) as { ticket: Ticket; auditTrail: AuditEntry[] };
    expect(shown.ticket).toMatchObject({ id: 'MK-0002', status: 'open', language: 'en' });
    expect(shown.auditTrail.map((e) => e.event)).toEqual(['created']);
  });

  it('exports an answered ticket as a draft under DATA_DIR/drafts, never over an existing one', () => {
    const { status, stdout, stderr } = run('export', 'MK-0001');
    expect([status, stderr]).toEqual([0, '']);
    const file = path.join(dataDir, 'drafts', 'faq-mk-0001.md');
    expect(stdout).toBe(`${file}\n`);
    const markdown = fs.readFileSync(file, 'utf8');
    expect(markdown).toContain('issuer: Servicedesk\n');
    expect(markdown).toContain('source: Helpdesk ticket MK-0001\n');
    expect(markdown).toMatch(/^date: \d{4}-\d{2}-\d{2}$/m);
    expect(fs.readdirSync(knowledgeDir)).toEqual([]);

    fs.writeFileSync(file, 'edited by an admin');
    const again = run('export', 'MK-0001');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already exists; pass --force');
    expect(fs.readFileSync(file, 'utf8')).toBe('edited by an admin');
  });

  it('refuses a ticket without a helpdesk answer, and any folder inside KNOWLEDGE_DIR', () => {
    const unanswered = run('export', 'MK-0002');
    expect(unanswered.status).toBe(1);
    expect(unanswered.stderr).toBe('tickets: MK-0002 has no helpdesk answer yet (status open); only an answered ticket can be exported\n');

    const intoKnowledge = run('export', 'MK-0001', '--out', path.join(knowledgeDir, 'drafts'));
    expect(intoKnowledge.status).toBe(1);
    expect(intoKnowledge.stderr).toMatch(/refusing to write into the knowledge folder/);
    expect(fs.readdirSync(knowledgeDir)).toEqual([]);
  });
});
