/**
 * The answer card's conversation parts: suggested questions as messageBack buttons, the card
 * as redrawn after a vote and after a reason, and the submits those buttons send back.
 */
import { fitAnswerCard } from '../../bot/render/answer-card';
import { askSubmit } from '../../bot/render/answer-card';
import { readAnswerCardSubmit } from '../../bot/teams/asker/read-answer-card-submit';
import { buildSlackText } from '../../bot/render/slack-text';
import { TEST_ANSWER_ID, allText, findAll } from './adaptive-card-shape';
import { hostileAnswer, svPending } from './answer-fixtures';

const SUGGESTIONS = ['Får jag lagra offentlig information i Office 365?', 'Vad är CLOUD Act?'];
const withSuggestions = () => ({ ...svPending, suggestions: SUGGESTIONS });
const submits = (card: Record<string, unknown>) => findAll(card, 'Action.Submit').map((a) => ({ title: a.title, data: a.data as Record<string, unknown> }));

describe('suggested questions on the card', () => {
  it('are buttons whose messageBack asks the question as typed', () => {
    const { content } = fitAnswerCard(withSuggestions(), TEST_ANSWER_ID);
    const buttons = submits(content).filter((s) => s.data.action === 'molnkoll.ask');
    expect(buttons.map((b) => b.title)).toEqual(SUGGESTIONS);
    expect(buttons[1].data).toEqual({
      action: 'molnkoll.ask',
      question: 'Vad är CLOUD Act?',
      msteams: { type: 'messageBack', text: 'Vad är CLOUD Act?', displayText: 'Vad är CLOUD Act?', value: { action: 'molnkoll.ask', question: 'Vad är CLOUD Act?' } },
    });
    expect(allText(content)).toContain('Du kan också fråga');
  });

  it('are left out, heading and all, when there are none', () => {
    const { content } = fitAnswerCard(svPending, TEST_ANSWER_ID);
    expect(allText(content)).not.toContain('Du kan också fråga');
    expect(submits(content).some((s) => s.data.action === 'molnkoll.ask')).toBe(false);
  });

  it('are listed in Slack', () => {
    expect(buildSlackText(withSuggestions())).toContain('*Du kan också fråga*\n• Får jag lagra offentlig information i Office 365?\n• Vad är CLOUD Act?');
  });

  it('stay literal when they hold template syntax', () => {
    const { content } = fitAnswerCard({ ...hostileAnswer(), suggestions: ['Vad är ${foo}?'] }, TEST_ANSWER_ID);
    expect(submits(content).find((s) => s.data.action === 'molnkoll.ask')?.title).toBe('Vad är ${foo}?');
  });
});

describe('the card after a vote', () => {
  it('shows the helpful vote where the vote buttons were', () => {
    const { content } = fitAnswerCard(svPending, TEST_ANSWER_ID, { vote: 'helpful' });
    expect(allText(content)).toContain('Tack! Du tyckte att svaret var till hjälp.');
    expect(submits(content).map((s) => s.title)).toEqual(['Skicka till helpdesk']);
  });

  it('asks why after a not-helpful vote, and leads with the helpdesk', () => {
    const { content } = fitAnswerCard(svPending, TEST_ANSWER_ID, { vote: 'not_helpful' });
    expect(allText(content)).toContain('Tack! Du tyckte att svaret inte var till hjälp.');
    const [choices] = findAll(content, 'Input.ChoiceSet');
    expect(choices).toMatchObject({ id: 'reason', label: 'Vad var fel? (valfritt)' });
    expect((choices.choices as { value: string }[]).map((c) => c.value)).toEqual(['wrong_verdict', 'outdated', 'not_answered', 'other']);
    expect(submits(content).find((s) => s.title === 'Skicka')?.data).toEqual({ action: 'molnkoll.vote.reason', answerId: TEST_ANSWER_ID });
    expect((content.actions as { title: string }[]).map((a) => a.title)).toEqual(['Fråga helpdesk']);
  });

  it('thanks for the reason and asks no more', () => {
    const { content } = fitAnswerCard(svPending, TEST_ANSWER_ID, { vote: 'not_helpful', reason: 'outdated' });
    expect(allText(content)).toContain('Tack, vi har noterat varför.');
    expect(findAll(content, 'Input.ChoiceSet')).toEqual([]);
  });
});

describe('readAnswerCardSubmit for conversation submits', () => {
  it('reads a suggested question, and refuses an empty or overlong one', () => {
    expect(readAnswerCardSubmit(askSubmit('Och i Teams?').msteams.value)).toEqual({ action: 'ask', question: 'Och i Teams?' });
    expect(readAnswerCardSubmit({ action: 'molnkoll.ask', question: '   ' })).toBeNull();
    expect(readAnswerCardSubmit({ action: 'molnkoll.ask', question: 'x'.repeat(501) })).toBeNull();
    expect(readAnswerCardSubmit({ action: 'molnkoll.ask', question: 42 })).toBeNull();
  });

  it('reads a reason only when it is one of the choices, for a well-formed answer id', () => {
    expect(readAnswerCardSubmit({ action: 'molnkoll.vote.reason', answerId: TEST_ANSWER_ID, reason: 'outdated' })).toEqual({ action: 'reason', answerId: TEST_ANSWER_ID, reason: 'outdated' });
    expect(readAnswerCardSubmit({ action: 'molnkoll.vote.reason', answerId: TEST_ANSWER_ID, reason: 'because' })).toBeNull();
    expect(readAnswerCardSubmit({ action: 'molnkoll.vote.reason', answerId: TEST_ANSWER_ID })).toBeNull();
    expect(readAnswerCardSubmit({ action: 'molnkoll.vote.reason', answerId: '../etc', reason: 'other' })).toBeNull();
  });
});
