import { bodyParagraphsOf } from '../../bot/render/answer-parts';
import { Answer, Verdict, VERDICTS } from '../../bot/engine/types';
import { buildAnswerCard } from '../../bot/render/answer-card';
import { ANSWER_CARD_ACTION } from '../../bot/render/answer-card';
import { readAnswerCardSubmit } from '../../bot/teams/asker/read-answer-card-submit';
import { CARD_STRINGS } from '../../bot/engine/strings/card';
import { VERDICT_HEADLINES } from '../../bot/engine/strings/verdicts';
import { TEST_ANSWER_ID, allText, cardOf, cardProblems, findAll, texts } from './adaptive-card-shape';
import { FIXTURES, enConditional, enNoVerdict, hostileAnswer, svPending, svUnanswered, withSource } from './answer-fixtures';


describe('buildAnswerCard', () => {
  it.each(FIXTURES)('matches the snapshot: %s', (_name, answer) => {
    expect(buildAnswerCard(answer, TEST_ANSWER_ID)).toMatchSnapshot();
  });

  it('is an Adaptive Card 1.5 attachment at full width in Teams', () => {
    const attachment = buildAnswerCard(svPending, TEST_ANSWER_ID);
    expect(attachment.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(attachment.content).toMatchObject({ type: 'AdaptiveCard', version: '1.5', lang: 'sv', msteams: { width: 'Full' } });
  });

  it.each(FIXTURES)('fits the Adaptive Card 1.5 schema: %s', (_name, answer) => {
    expect(cardProblems(cardOf(answer))).toEqual([]);
    expect(cardProblems(cardOf(hostileAnswer()))).toEqual([]);
  });

  it('has a shape check that does catch mistakes', () => {
    const card = cardOf(svPending);
    const broken = { ...card, version: '1.6', body: [{ type: 'TextBlock', text: 'x', wrapp: true, color: 'Red' }, { type: 'Carousel' }] };
    expect(cardProblems(broken)).toEqual([
      '$.version: expected "1.5"',
      '$.body[0].wrapp: not a TextBlock property',
      '$.body[0].color: "Red" is not one of default, dark, light, accent, good, warning, attention',
      '$.body[1]: unknown type "Carousel"',
    ]);
  });

  it.each<[Verdict | null, string]>([
    ['allowed', 'Good'],
    ['conditional', 'Accent'],
    ['pending', 'Warning'],
    ['not_allowed', 'Attention'],
    [null, 'Default'],
  ])('colours a %s headline %s and states it in words', (verdict, color) => {
    const card = cardOf({ ...svPending, verdict });
    const headline = card.body[0]!;
    expect(headline).toMatchObject({ type: 'TextBlock', weight: 'Bolder', size: 'Large', wrap: true, color });
    expect(headline.text).toBe(VERDICT_HEADLINES.sv[verdict ?? 'none']);
  });

  it('has a distinct headline for every verdict, so colour is never the only signal', () => {
    const headlines = VERDICTS.map((verdict) => cardOf({ ...enConditional, verdict }).body[0]!.text);
    expect(new Set(headlines).size).toBe(VERDICTS.length);
  });

  it('names every citation with its number, title, issuer and date, and quotes it in italics', () => {
    const card = cardOf(svPending);
    const text = allText(card);
    for (const c of svPending.citations) {
      expect(text).toContain(`[${c.n}] ${c.title}`);
      expect(text).toContain(`— ${c.issuer}, ${c.date}`);
      const quote = findAll(card, 'TextRun').find((run) => String(run.text).includes(c.quote));
      expect(quote).toMatchObject({ italic: true, isSubtle: true, text: `”${c.quote}”` });
    }
    expect(text).toContain('Källor');
  });

  it('links a citation only when its source is an http(s) URL', () => {
    const links = (answer: Answer) => findAll(cardOf(answer), 'Action.OpenUrl');
    expect(links(svPending)).toEqual([
      { type: 'Action.OpenUrl', title: 'Läs källan [1]', url: svPending.citations[0]!.source },
    ]);
    expect(links(withSource('http://example.org/a b'))).toEqual([
      { type: 'Action.OpenUrl', title: 'Read source [1]', url: 'http://example.org/a%20b' },
    ]);
    for (const source of ['javascript:alert(1)', 'ftp://example.org/x', 'Dnr RS 2023/118', 'example.org', '', undefined]) {
      expect(links(withSource(source))).toEqual([]);
    }
    expect(links(enNoVerdict)).toEqual([]);
  });

  it('lists the conditions as bullets, and leaves the heading out when there are none', () => {
    const text = allText(cardOf(svPending));
    expect(text).toContain('Villkor');
    for (const c of svPending.conditions) expect(text).toContain(`• ${c}`);
    expect(allText(cardOf(enNoVerdict))).not.toContain('Conditions');
    expect(allText(cardOf(svUnanswered))).not.toMatch(/Villkor|Källor/);
  });

  it('keeps every paragraph of the body, disclaimer included, and quotes each source once', () => {
    const runs = texts(cardOf(svPending));
    for (const line of bodyParagraphsOf(svPending)) expect(runs).toContain(line);
    expect(runs).toContain('Detta är vägledning utifrån de citerade dokumenten, inte juridisk rådgivning. Se källornas utgivare och datum.');
    expect(runs.filter((r) => String(r).includes('Bedömningen beräknas vara klar'))).toHaveLength(1);
  });

  it('offers helpful, not helpful and the helpdesk, in that order, when answered', () => {
    const card = cardOf(svPending);
    expect(card.actions.map((a) => [a.type, a.title])).toEqual([
      ['Action.Submit', 'Till hjälp'],
      ['Action.Submit', 'Inte till hjälp'],
      ['Action.ShowCard', 'Fråga helpdesk'],
    ]);
    expect(card.actions[0]!.data).toEqual({ action: ANSWER_CARD_ACTION.helpful, answerId: TEST_ANSWER_ID });
    expect(readAnswerCardSubmit(card.actions[0]!.data)).toEqual({ action: 'feedback', vote: 'helpful', answerId: TEST_ANSWER_ID });
    expect(readAnswerCardSubmit(card.actions[1]!.data)).toMatchObject({ vote: 'not_helpful' });
  });

  it('says so and leads with the helpdesk when the question was not answered', () => {
    const card = cardOf(svUnanswered);
    expect(card.body[0]!.text).toBe(CARD_STRINGS.sv.unansweredHeadline);
    expect(allText(card)).toContain(CARD_STRINGS.sv.unansweredNotice);
    expect(card.actions.map((a) => a.type)).toEqual(['Action.ShowCard', 'Action.Submit', 'Action.Submit']);
    expect(card.actions[0]).toMatchObject({ title: 'Fråga helpdesk', style: 'positive' });
    expect(allText(cardOf(svPending))).not.toContain(CARD_STRINGS.sv.unansweredNotice);
  });

  it('asks the helpdesk through an optional multiline comment and an escalation submit', () => {
    const showCard = findAll(cardOf(enConditional), 'Action.ShowCard')[0]!;
    const [input] = findAll(showCard, 'Input.Text');
    expect(input).toEqual({
      type: 'Input.Text',
      id: 'comment',
      label: CARD_STRINGS.en.commentLabel,
      placeholder: CARD_STRINGS.en.commentPlaceholder,
      isMultiline: true,
      maxLength: 1000,
    });
    const [send] = findAll(showCard, 'Action.Submit');
    expect(send!.title).toBe('Send to the helpdesk');
    // Teams merges the input into the submit data under the input's id.
    const merged = { ...(send!.data as object), comment: 'Please hurry' };
    expect(readAnswerCardSubmit(merged)).toEqual({ action: 'escalate', answerId: TEST_ANSWER_ID, comment: 'Please hurry' });
  });

  it('speaks the answer’s language', () => {
    expect(allText(cardOf(enConditional))).toMatch(/Sources[\s\S]*Your question:/);
    expect(cardOf(enConditional).actions.map((a) => a.title)).toEqual(['Helpful', 'Not helpful', 'Ask the helpdesk']);
  });
});
