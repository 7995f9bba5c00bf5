/** Ticket ids as people say them: `MK-0042`, from the store's never-reused counter. */
const PREFIX = 'MK-';

export function formatTicketId(seq: number): string {
  return PREFIX + String(seq).padStart(4, '0');
}

/** The counter behind a canonical id; anything else (`MK-42`, `mk-0042`) is no id. */
export function parseTicketId(id: string): number | undefined {
  const match = /^MK-(\d{4,})$/.exec(id);
  if (!match) return undefined;
  const seq = Number(match[1]);
  return Number.isSafeInteger(seq) && seq > 0 && formatTicketId(seq) === id ? seq : undefined;
}

/** What a person may type on the command line (`mk-42`, `42`) as the canonical id, if it is one. */
export function normalizeTicketId(input: string): string | undefined {
  const match = /^(?:MK-?)?(\d+)$/i.exec(input.trim());
  const seq = match ? Number(match[1]) : NaN;
  return Number.isSafeInteger(seq) && seq > 0 ? formatTicketId(seq) : undefined;
}
