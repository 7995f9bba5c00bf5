/**
 * `npm run --silent tickets -- list [--status S] [--limit N] [--json]`, `show ID [--json]` and
 * `export ID [--out DIR] [--force]`: the helpdesk tickets in DATA_DIR's store, for admins.
 * Exit codes: 0 done, 1 a refusal or unknown ticket, 2 a usage error.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openStore } from '../store/open-store';
import { Store } from '../store/store';
import { normalizeTicketId } from '../store/ticket-id';
import { TICKET_STATUSES, TicketStatus } from '../store/ticket-store';
import { ticketToDraft } from './ticket-draft';
import { formatTicketDetails, formatTicketTable } from './ticket-format';

const USAGE = `usage: npm run --silent tickets -- list [--status ${TICKET_STATUSES.join('|')}] [--limit N] [--json]
       npm run --silent tickets -- show ID [--json]
       npm run --silent tickets -- export ID [--out DIR] [--force]`;

/** A message for the admin and the exit code that goes with it. */
class CliError extends Error {
  constructor(message: string, readonly code: 1 | 2 = 1) {
    super(message);
  }
}

const out = (text: string): void => void process.stdout.write(`${text}\n`);

async function main(argv: string[], env: NodeJS.ProcessEnv): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { status: { type: 'string' }, limit: { type: 'string' }, json: { type: 'boolean' }, out: { type: 'string' }, force: { type: 'boolean' } },
    });
  } catch (error) {
    throw new CliError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`, 2);
  }
  const { positionals: [command, idArg, ...extra], values } = parsed;
  if (!['list', 'show', 'export'].includes(command) || extra.length > 0 || (command === 'list') !== (idArg === undefined)) {
    throw new CliError(USAGE, 2);
  }
  const dataDir = env.DATA_DIR || 'data';
  const store = await openStore({ dataDir, databaseUrl: env.DATABASE_URL || undefined });
  try {
    if (command === 'list') return await list(store, values);
    const id = normalizeTicketId(idArg);
    const ticket = id ? await store.getTicket(id) : undefined;
    if (!ticket) throw new CliError(`no ticket ${idArg} in ${dataDir}; see \`tickets list\``);
    if (command === 'show') {
      const trail = await store.auditTrail(ticket.id);
      return out(values.json ? JSON.stringify({ ticket, auditTrail: trail }, null, 2) : formatTicketDetails(ticket, trail));
    }
    if (!ticket.helpdeskAnswer?.trim()) throw new CliError(`${ticket.id} has no helpdesk answer yet (status ${ticket.status}); only an answered ticket can be exported`);
    const target = values.out ?? path.join(dataDir, 'drafts');
    const knowledgeDir = env.KNOWLEDGE_DIR || 'knowledge';
    if (isInside(target, knowledgeDir)) {
      throw new CliError(`refusing to write into the knowledge folder (${knowledgeDir}): a draft must be reviewed before it is served; pick another --out`);
    }
    const draft = ticketToDraft(ticket, new Date(), env.HELPDESK_ISSUER || undefined);
    fs.mkdirSync(target, { recursive: true });
    const file = path.join(target, draft.fileName);
    try {
      // 'wx' unless --force: a draft an admin has started editing is not overwritten by accident.
      fs.writeFileSync(file, draft.markdown, { flag: values.force ? 'w' : 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new CliError(`${file} already exists; pass --force to overwrite it`);
      throw error;
    }
    if (ticket.status === 'reopened') process.stderr.write(`note: ${ticket.id} is reopened; the asker did not find this answer helpful\n`);
    out(file);
  } finally {
    await store.close();
  }
}

async function list(store: Store, values: { status?: string; limit?: string; json?: boolean }): Promise<void> {
  const status = values.status;
  if (status !== undefined && !isStatus(status)) throw new CliError(`unknown status '${status}'; allowed: ${TICKET_STATUSES.join(', ')}`, 2);
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) throw new CliError(`--limit must be a positive whole number, not '${values.limit}'`, 2);
  const tickets = await store.listTickets({ status, limit });
  if (values.json) return out(JSON.stringify(tickets, null, 2));
  out(tickets.length > 0 ? formatTicketTable(tickets) : `No tickets${status ? ` with status ${status}` : ''}.`);
}

const isStatus = (value: string): value is TicketStatus => (TICKET_STATUSES as readonly string[]).includes(value);

/** Whether `target` is `folder` or inside it, symlinks resolved as far as they exist. */
function isInside(target: string, folder: string): boolean {
  const relative = path.relative(realPath(folder), realPath(target));
  return relative === '' || (relative.split(path.sep)[0] !== '..' && !path.isAbsolute(relative));
}

/** The real path of the nearest existing ancestor, with the rest appended: `--out` may not exist yet. */
function realPath(file: string): string {
  const absolute = path.resolve(file);
  const parent = path.dirname(absolute);
  if (fs.existsSync(absolute)) return fs.realpathSync(absolute);
  return parent === absolute ? absolute : path.join(realPath(parent), path.basename(absolute));
}

main(process.argv.slice(2), process.env).catch((error: unknown) => {
  process.stderr.write(`tickets: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = error instanceof CliError ? error.code : 1;
});
