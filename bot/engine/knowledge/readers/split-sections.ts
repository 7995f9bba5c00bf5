import type { Section } from '../../types';

/**
 * Trims line ends, makes no-break spaces plain and keeps at most one blank line between
 * paragraphs, so texts compare, search and cut the same whatever file they came from.
 */
export function tidyText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\s+$/g, '');
}

// Up to three spaces of indent, 1–6 hashes, then a space or the end; an optional closing run of hashes.
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const FENCE_CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;

/**
 * Splits Markdown at ATX headings (`#`..`######`). Text before the first heading becomes a
 * section with heading ''. A `#` line inside a fenced code block is code, not a heading.
 * Sections without text are dropped.
 */
export function splitMarkdownSections(body: string): Section[] {
  const sections: Section[] = [];
  let heading = '';
  let lines: string[] = [];
  let fence: string | undefined;
  const flush = (): void => {
    const text = tidyText(lines.join('\n'));
    if (text) sections.push({ heading, text });
  };
  for (const line of body.replace(/\r\n?/g, '\n').split('\n')) {
    if (fence !== undefined) {
      const close = FENCE_CLOSE.exec(line);
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length) fence = undefined;
    } else {
      const open = FENCE_OPEN.exec(line);
      const atx = open ? null : ATX_HEADING.exec(line);
      if (open) fence = open[1];
      else if (atx) {
        flush();
        heading = (atx[2] ?? '').trim();
        lines = [];
        continue;
      }
    }
    lines.push(line);
  }
  flush();
  return sections;
}
