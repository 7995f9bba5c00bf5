import { convert, type FormatCallback, type HtmlToTextOptions } from 'html-to-text';
import type { Section } from '../../types';
import type { ReadResult } from './read-document-file';
import { decodeText } from './read-text';
import { textContent } from './text-content';
import { tidyText } from './split-sections';
import { UnreadableFileError } from './unreadable-file-error';

// Control characters cannot occur in HTML text, so they safely mark where a heading starts and ends.
const START = '\u0001';
const END = '\u0002';
const HEADING_MARK = /\u0001([1-6])([^\u0002]*)\u0002/;
const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/** Wraps a heading's text in markers that carry its level, so the text can be cut into sections. */
const markHeading: FormatCallback = (elem, walk, builder) => {
  const level = (elem.name ?? 'h1').slice(1);
  builder.openBlock({ leadingLineBreaks: 2 });
  walk(elem.children, builder);
  builder.closeBlock({ trailingLineBreaks: 2, blockTransform: (text) => `${START}${level}${text}${END}` });
};

/** Keeps table cells apart ("OneDrive | Tillåten") instead of run together; one row per line. */
const tableCell: FormatCallback = (elem, walk, builder) => {
  const firstCell = elem.parent?.children.find((child) => child.type === 'tag');
  if (firstCell !== elem) builder.addLiteral(' | ');
  walk(elem.children, builder);
};

const block = (leadingLineBreaks: number, trailingLineBreaks: number) =>
  ({ format: 'block', options: { leadingLineBreaks, trailingLineBreaks } }) as const;

const OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  formatters: { markHeading, tableCell },
  selectors: [
    ...HEADINGS.map((selector) => ({ selector, format: 'markHeading' })),
    // Page chrome repeats on every page and answers nothing.
    ...['script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'img', 'svg', 'form', 'button']
      .map((selector) => ({ selector, format: 'skip' })),
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'ul', options: { itemPrefix: '- ' } },
    { selector: 'table', ...block(2, 2) },
    { selector: 'tr', ...block(1, 1) },
    { selector: 'td', format: 'tableCell' },
    { selector: 'th', format: 'tableCell' },
  ],
};

const TITLE_OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  baseElements: { selectors: ['title'], returnDomByDefault: false },
};

/**
 * Cuts HTML into sections at h1–h6. `what` names the source in messages ("HTML page",
 * "Word document"). The title is the `<title>`, else the first h1.
 */
export function htmlToSections(html: string, what: string): ReadResult {
  const parts = convert(html, OPTIONS).split(HEADING_MARK);
  // split() with two groups yields: text, level, heading, text, level, heading, text, ...
  const sections: Section[] = [];
  let firstH1: string | undefined;
  const add = (heading: string, text: string): void => {
    const tidy = tidyText(text);
    if (tidy) sections.push({ heading, text: tidy });
  };
  add('', parts[0]);
  for (let i = 1; i + 2 < parts.length; i += 3) {
    const heading = parts[i + 1].replace(/\s+/g, ' ').trim();
    if (parts[i] === '1' && heading && firstH1 === undefined) firstH1 = heading;
    add(heading, parts[i + 2]);
  }
  if (sections.length === 0) {
    throw new UnreadableFileError('empty', `the ${what} has no text; add text to it or remove it`);
  }
  const title = convert(html, TITLE_OPTIONS).replace(/\s+/g, ' ').trim() || firstH1;
  return title ? { sections, title } : { sections };
}

/** An HTML file, decoded like a text file (UTF-8, else Windows-1252); binary content is refused. */
export function readHtml(bytes: Buffer): ReadResult {
  return htmlToSections(textContent(decodeText(bytes)), 'HTML page');
}
