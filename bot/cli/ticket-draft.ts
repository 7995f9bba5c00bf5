/**
 * A helpdesk ticket as a draft FAQ knowledge document, for an admin to review and move into
 * the knowledge folder. Pure: the command line decides where it is written.
 */
import { stringify } from 'yaml';
import { Ticket } from '../store/ticket-store';

export interface TicketDraft {
  fileName: string;
  markdown: string;
}

const TITLE_LENGTH = 100;
const HEADINGS = { sv: { question: 'Fråga', answer: 'Svar' }, en: { question: 'Question', answer: 'Answer' } } as const;

export function ticketToDraft(ticket: Ticket, today: Date, issuer = 'Helpdesk'): TicketDraft {
  if (ticket.helpdeskAnswer === undefined || ticket.helpdeskAnswer.trim() === '') {
    throw new Error(`${ticket.id} has no helpdesk answer yet; only an answered ticket can become a draft`);
  }
  const id = `faq-${ticket.id.toLowerCase()}`;
  const meta = {
    id,
    title: cutTitle(ticket.question) || `Helpdesk ticket ${ticket.id}`,
    kind: 'faq',
    issuer,
    date: localDate(today),
    language: ticket.language,
    source: `Helpdesk ticket ${ticket.id}`,
  };
  const headings = HEADINGS[ticket.language];
  const markdown = [
    '---',
    `# Draft from helpdesk ticket ${ticket.id}: review it, then move it into the knowledge folder.`,
    stringify(meta, { lineWidth: 0 }).trimEnd(),
    '---',
    '',
    `## ${headings.question}`,
    '',
    ticket.question.trim(),
    '',
    `## ${headings.answer}`,
    '',
    ticket.helpdeskAnswer.trim(),
    '',
  ].join('\n');
  return { fileName: `${id}.md`, markdown };
}

/** One line, cut at a word boundary so a title never ends mid-word. */
function cutTitle(question: string): string {
  const line = question.replace(/\s+/g, ' ').trim();
  if (line.length <= TITLE_LENGTH) return line;
  const cut = line.slice(0, TITLE_LENGTH - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > TITLE_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The admin's calendar day, not UTC's: an export just after midnight carries today's date. */
function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
