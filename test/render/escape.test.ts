import { escapeMarkdown, escapeSlack, markdownUrl, slackUrl } from '../../bot/render/escape';

describe('escapeSlack', () => {
  it('turns exactly &, < and > into entities, & first so nothing is escaped twice', () => {
    expect(escapeSlack('a & b < c > d &amp;')).toBe('a &amp; b &lt; c &gt; d &amp;amp;');
    expect(escapeSlack('*fet* _kursiv_ `kod`')).toBe('*fet* _kursiv_ `kod`');
  });

  it('keeps a URL inside <url|text>', () => {
    expect(slackUrl('https://x.se/?a=1&b=2|3')).toBe('https://x.se/?a=1&amp;b=2%7C3');
  });
});

describe('escapeMarkdown', () => {
  it('escapes emphasis, code and HTML anywhere', () => {
    expect(escapeMarkdown('*a* _b_ `c` <f> ~g~ h|i \\')).toBe('\\*a\\* \\_b\\_ \\`c\\` \\<f\\> \\~g\\~ h|i \\\\');
  });

  it('breaks link syntax but leaves citation markers readable', () => {
    expect(escapeMarkdown('[x](http://e) [y][ref] [z]: http://e')).toBe('[x\\](http://e) [y\\][ref] [z\\]: http://e');
    expect(escapeMarkdown('Se [1] och [2].')).toBe('Se [1] och [2].');
  });

  it('escapes heading, list and quote markers only at the start of a line', () => {
    expect(escapeMarkdown('# Rubrik\n- punkt\n+ punkt\n1. lista\n2) lista\n> citat')).toBe(
      '\\# Rubrik\n\\- punkt\n\\+ punkt\n1\\. lista\n2\\) lista\n\\> citat',
    );
    expect(escapeMarkdown('Office 365 - 2024. Nr 1. #taggen')).toBe('Office 365 - 2024. Nr 1. #taggen');
  });

  it('keeps parentheses and spaces from ending a link destination', () => {
    expect(markdownUrl('https://x.se/a_(b) c')).toBe('https://x.se/a_%28b%29%20c');
  });
});
