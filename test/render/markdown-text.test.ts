import { buildMarkdownText } from '../../bot/render/markdown-text';
import { FIXTURES, enConditional, enNoVerdict, hostileAnswer, svPending, svUnanswered, withSource } from './answer-fixtures';

describe('buildMarkdownText', () => {
  it.each(FIXTURES)('matches the snapshot: %s', (_name, answer) => {
    expect(buildMarkdownText(answer)).toMatchSnapshot();
  });

  it('opens with the headline in bold', () => {
    expect(buildMarkdownText(svPending).split('\n')[0]).toBe('**Inte ännu**');
    expect(buildMarkdownText(enConditional).split('\n')[0]).toBe('**Allowed with conditions**');
    expect(buildMarkdownText(enNoVerdict).split('\n')[0]).toBe('**From the sources**');
    expect(buildMarkdownText(svUnanswered).split('\n')[0]).toBe('**Jag kunde inte besvara frågan**');
  });

  it('keeps the answer as paragraphs, disclaimer included', () => {
    const text = buildMarkdownText(enConditional);
    expect(text).toContain('\n\nThis is guidance based on the cited documents, not legal advice. Check each source\'s issuer and date.\n\n');
  });

  it('lists conditions and numbered sources with blockquoted quotes and links', () => {
    const text = buildMarkdownText(svPending);
    expect(text).toContain('**Villkor**\n\n- Riskbedömningen ska vara godkänd av informationssäkerhetsrådet.\n- Åtkomst');
    expect(text).toContain(
      '**[1]** [Beslut om Office 365 och hälsodata](https://intranat.region-exempel.se/beslut/office365-halsodata) — Region Exempel, 2023-03-14\n' +
        '> ”Hälsodata får inte lagras i Office 365 förrän riskbedömningen har godkänts.”',
    );
    expect(text).toContain('**[2]** Riskbedömning av Microsoft 365 — Region Exempel, informationssäkerhetsrådet, 2023-09-01\n> ”');
  });

  it('links only http(s) sources, keeping parentheses inside the destination', () => {
    expect(buildMarkdownText(withSource('https://example.org/wiki/Policy_(IT)'))).toContain(
      '[Policy for Microsoft Teams](https://example.org/wiki/Policy_%28IT%29)',
    );
    for (const source of ['javascript:alert(1)', 'Dnr 2023/1', undefined]) {
      expect(buildMarkdownText(withSource(source))).not.toContain('](');
    }
  });

  it('escapes content so it cannot add links, emphasis or HTML', () => {
    const text = buildMarkdownText(hostileAnswer());
    expect(text).toContain('${foo} {{x}} \\<script\\>alert(1)\\</script\\> & \\*bold\\* \\_it\\_ [x\\](http://evil.example)');
    expect(text).not.toContain('<script>');
    expect(text).not.toContain('[x](');
  });

  it('leaves out empty sections', () => {
    expect(buildMarkdownText(svUnanswered)).not.toMatch(/Villkor|Källor/);
    expect(buildMarkdownText(enNoVerdict)).not.toContain('Conditions');
  });
});
