import { bodyParagraphsOf } from '../../bot/render/answer-parts';
import { buildSlackText } from '../../bot/render/slack-text';
import { CARD_STRINGS } from '../../bot/engine/strings/card';
import { FIXTURES, enConditional, enNoVerdict, hostileAnswer, svPending, svUnanswered, withSource } from './answer-fixtures';

describe('buildSlackText', () => {
  it.each(FIXTURES)('matches the snapshot: %s', (_name, answer) => {
    expect(buildSlackText(answer)).toMatchSnapshot();
  });

  it('opens with the verdict in bold and the question', () => {
    const [first, second] = buildSlackText(svPending).split('\n');
    expect(first).toBe('*Inte ännu*');
    expect(second).toBe(`_Din fråga:_ ${svPending.question}`);
    expect(buildSlackText(svUnanswered).split('\n')[0]).toBe(`*${CARD_STRINGS.sv.unansweredHeadline}*`);
  });

  it('keeps every line of the answer, disclaimer included', () => {
    const text = buildSlackText(svPending);
    for (const line of bodyParagraphsOf(svPending)) expect(text).toContain(line);
    expect(text).toContain('Detta är vägledning utifrån de citerade dokumenten');
  });

  it('lists conditions with bullets and citations with numbers, issuers, dates and quotes', () => {
    const text = buildSlackText(svPending);
    expect(text).toContain('*Villkor*\n• Riskbedömningen ska vara godkänd av informationssäkerhetsrådet.\n• Åtkomst');
    expect(text).toContain('*Källor*');
    expect(text).toContain(
      '*[1]* <https://intranat.region-exempel.se/beslut/office365-halsodata|Beslut om Office 365 och hälsodata> — Region Exempel, 2023-03-14\n' +
        '> _”Hälsodata får inte lagras i Office 365 förrän riskbedömningen har godkänts.”_',
    );
    expect(text).toContain('*[2]* Riskbedömning av Microsoft 365 — Region Exempel, informationssäkerhetsrådet, 2023-09-01\nDnr RS 2023/118\n> _”');
  });

  it('escapes &, < and > in content so nothing becomes a Slack link or mention', () => {
    const text = buildSlackText({ ...hostileAnswer(), question: 'Får <script>alert(1)</script> & <!channel> <@U123> synas?' });
    expect(text).toContain('Får &lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;!channel&gt; &lt;@U123&gt; synas?');
    expect(text).not.toContain('<script>');
    expect(text).not.toContain('<!channel>');
    expect(text).not.toMatch(/&(?!amp;|lt;|gt;)/);
    expect(text).toContain('${foo} {{x}}');
  });

  it('links only http(s) sources, with the URL made safe for <url|text>', () => {
    expect(buildSlackText(withSource('https://example.org/a?x=1&y=2|z'))).toContain(
      '<https://example.org/a?x=1&amp;y=2%7Cz|Policy for Microsoft Teams>',
    );
    for (const source of ['javascript:alert(1)', 'Dnr 2023/1', undefined]) {
      const text = buildSlackText(withSource(source));
      expect(text).toContain('*[1]* Policy for Microsoft Teams — Example Region IT, 2024-02-01');
      expect(text).not.toMatch(/<[a-z]+:/);
    }
  });

  it('collapses line breaks in a quote so the italics and the quote hold', () => {
    const answer = { ...enNoVerdict, citations: [{ ...enNoVerdict.citations[0]!, quote: 'first line\nsecond line' }] };
    expect(buildSlackText(answer)).toContain('> _“first line second line”_');
  });

  it('ends with how to give feedback or ask the helpdesk, in the answer’s language', () => {
    expect(buildSlackText(svPending).endsWith(`\n\n${CARD_STRINGS.sv.slackFeedbackHint}`)).toBe(true);
    expect(buildSlackText(enConditional).endsWith(`\n\n${CARD_STRINGS.en.slackFeedbackHint}`)).toBe(true);
    expect(CARD_STRINGS.en.slackFeedbackHint).toMatch(/`\+1`.*`-1`.*`helpdesk`/);
  });
});
