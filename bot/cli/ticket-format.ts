/** Tickets as the `tickets` command prints them for people: a table and a detail view. */
import { AuditEntry, Ticket } from '../store/ticket-store';

const QUESTION_WIDTH = 60;

/** `2025-01-02T03:04:05.678Z` → `2025-01-02 03:04` (UTC, as stored). */
const minute = (iso: string): string => iso.slice(0, 16).replace('T', ' ');
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();
const indent = (text: string): string => text.trim().split('\n').map((line) => `  ${line}`.trimEnd()).join('\n');

export function formatTicketTable(tickets: Ticket[]): string {
  const rows = [
    ['ID', 'STATUS', 'CREATED (UTC)', 'LANG', 'QUESTION'],
    ...tickets.map((t) => {
      const question = oneLine(t.question);
      return [t.id, t.status, minute(t.createdAt), t.language, question.length > QUESTION_WIDTH ? `${question.slice(0, QUESTION_WIDTH - 1).trimEnd()}…` : question];
    }),
  ];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows.map((row) => row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]))).join('  ')).join('\n');
}

export function formatTicketDetails(ticket: Ticket, trail: AuditEntry[]): string {
  const { botAnswer } = ticket;
  const facts: [string, string | undefined][] = [
    ['Created', `${minute(ticket.createdAt)} UTC`],
    ['Updated', `${minute(ticket.updatedAt)} UTC`],
    ['Language', ticket.language],
    ['Asker', `${ticket.asker.userHash} via ${ticket.asker.channelId}`],
    ['Claimed by', ticket.claimedBy],
    ['Helpdesk card', ticket.helpdeskActivityId],
  ];
  const sources = botAnswer.citations.map((c) => `[${c.n}] ${c.title} (${c.issuer}, ${c.date})`).join('\n');
  const blocks: [string, string | undefined][] = [
    ['Question', ticket.question],
    ['Comment', ticket.comment],
    [`Bot's answer (verdict: ${botAnswer.verdict ?? 'none'}; ${botAnswer.answered ? 'answered' : 'not answered'})`, [botAnswer.answer, sources].filter(Boolean).join('\n')],
    ['Helpdesk answer', ticket.helpdeskAnswer],
  ];
  const hashWidth = Math.max(0, ...trail.map((e) => e.actor.userHash.length));
  const audit = trail.map((e) =>
    [`  ${e.at.replace('T', ' ').replace(/\.\d+Z$/, 'Z')}`, e.event.padEnd(17), e.actor.role.padEnd(8), e.actor.userHash.padEnd(hashWidth), e.detail ?? ''].join('  ').trimEnd(),
  );
  return [
    `${ticket.id} (${ticket.status})`,
    ...facts.filter(([, value]) => value !== undefined).map(([label, value]) => `${`${label}:`.padEnd(15)}${value}`),
    ...blocks.flatMap(([label, text]) => (text?.trim() ? [`\n${label}:\n${indent(text)}`] : [])),
    '\nAudit trail:',
    ...audit,
  ].join('\n');
}
