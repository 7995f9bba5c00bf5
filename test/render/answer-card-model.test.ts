import { toAnswerCardModel } from '../../bot/render/answer-card';
import { CARD_STRINGS } from '../../bot/engine/strings/card';
import { TEST_ANSWER_ID, allText, cardOf, findAll, texts } from './adaptive-card-shape';
import { FIXTURES, HOSTILE, enNoVerdict, hostileAnswer, svPending, svUnanswered } from './answer-fixtures';

describe('binding the card model to the template', () => {
  it('leaves no template expression unexpanded', () => {
    for (const [, answer] of FIXTURES) expect(JSON.stringify(cardOf(answer))).not.toContain('${');
  });

  it('renders template syntax in the answer literally, never evaluating it', () => {
    const answer = hostileAnswer();
    const card = cardOf(answer);
    const runs = texts(card);
    expect(runs).toContain(answer.question);
    expect(runs).toContain(HOSTILE);
    expect(runs).toContain('Enligt Region Exempel (2023-03-14) [1].');
    expect(runs).toContain(`• ${HOSTILE}`);
    expect(runs).toContain(`”${HOSTILE}”`);
    expect(allText(card)).toContain('${foo} {{x}}');
    expect(allText(card)).toContain('${helpfulData.vote}');
    // The buttons carry the answer id only: nothing of the answer rides back from the client.
    for (const submit of findAll(card, 'Action.Submit')) {
      expect(Object.keys(submit.data as object).sort()).toEqual(['action', 'answerId']);
      expect((submit.data as { answerId: string }).answerId).toBe(TEST_ANSWER_ID);
    }
  });

  it('keeps answer-derived text out of Markdown-rendering TextBlocks', () => {
    const blocks = findAll(cardOf(hostileAnswer()), 'TextBlock').map((b) => String(b.text));
    expect(blocks.some((text) => text.includes('http://evil.example'))).toBe(false);
  });
});

describe('toAnswerCardModel', () => {
  it('derives the headline, colour, paragraphs and links', () => {
    const model = toAnswerCardModel(svPending, TEST_ANSWER_ID);
    expect(model).toMatchObject({ headline: 'Inte ännu', headlineColor: 'Warning', showNotice: false, helpdeskFirst: false });
    expect(model.paragraphs).toHaveLength(3);
    expect(model.citations.map((c) => [c.label, c.hasUrl, c.url])).toEqual([
      ['[1] Beslut om Office 365 och hälsodata', true, svPending.citations[0]!.source],
      ['[2] Riskbedömning av Microsoft 365', false, ''],
    ]);
    // One line for old clients, not the answer again.
    expect(model.fallbackText).toBe('Inte ännu — enligt Region Exempel (2023-03-14). Öppna Molnkoll i Teams för hela svaret med källor.');
  });

  it('marks an unanswered question for the notice and helpdesk-first layout', () => {
    expect(toAnswerCardModel(svUnanswered, TEST_ANSWER_ID)).toMatchObject({
      headline: CARD_STRINGS.sv.unansweredHeadline,
      headlineColor: 'Default',
      showNotice: true,
      helpdeskFirst: true,
      helpdeskStyle: 'positive',
      hasCitations: false,
      hasConditions: false,
    });
  });

  it('uses the no-ruling headline only for a verdict question without a verdict', () => {
    expect(toAnswerCardModel({ ...enNoVerdict, kind: 'verdict' }, TEST_ANSWER_ID)).toMatchObject({ headline: 'No ruling in the sources', showNotice: false });
    expect(toAnswerCardModel(enNoVerdict, TEST_ANSWER_ID)).toMatchObject({ headline: 'From the sources', showNotice: false });
  });
});
