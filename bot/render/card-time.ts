/** Times on the ticket cards: for Teams to show in the reader's own zone, and for fallback text and logs. */

/**
 * A time Teams shows in the reader's own time zone and format. The card date functions want
 * RFC 3339 without fractions of a second.
 */
export function localTime(iso: string): string {
  const plain = new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return `{{DATE(${plain}, SHORT)}} {{TIME(${plain})}}`;
}

/** The same time for fallback text and logs: `2024-05-01 14:03 UTC`. */
export function utcMinutes(iso: string): string {
  return `${new Date(iso).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
