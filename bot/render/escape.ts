/**
 * Escaping of answer content (which users and knowledge files influence) for text channels,
 * so it shows as written and never becomes formatting, links or markup.
 */

/** Slack requires exactly these three to be escaped as entities in message text. */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A URL inside Slack's `<url|text>`: `|` would end the URL early, `&<>` are entities there too. */
export function slackUrl(href: string): string {
  return escapeSlack(href.replace(/\|/g, '%7C'));
}

/**
 * CommonMark backslash escapes for what starts emphasis, code or HTML anywhere in a line, for a
 * `]` that would close a link (`](`, `][`, `]:`), and for heading, list and quote markers at the
 * start of a line. Citation markers like "[1]" stay as they are.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_~<>]/g, '\\$&')
    .replace(/\](?=[([:])/g, '\\]')
    .replace(/^(\s*)([#+-])(?=\s|$)/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])(?=\s|$)/gm, '$1\\$2');
}

/** A URL as a Markdown link destination: parentheses and spaces would end it early. */
export function markdownUrl(href: string): string {
  return href.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20');
}
