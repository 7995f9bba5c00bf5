import { COMMENT_MAX_LENGTH, escalateSubmit, feedbackSubmit } from '../../../bot/render/answer-card';
import { readAnswerCardSubmit } from '../../../bot/teams/asker/read-answer-card-submit';

const ANSWER_ID = 'k3J9x_2-QpLmN0aBcDeFgH';
const helpful = { action: 'molnkoll.vote.helpful', answerId: ANSWER_ID };
const escalate = { action: 'molnkoll.escalate', answerId: ANSWER_ID };

describe('readAnswerCardSubmit', () => {
  it('reads both votes from the action, with nothing but the answer id', () => {
    expect(readAnswerCardSubmit(helpful)).toEqual({ action: 'feedback', vote: 'helpful', answerId: ANSWER_ID });
    expect(readAnswerCardSubmit({ action: 'molnkoll.vote.not_helpful', answerId: ANSWER_ID })).toEqual({ action: 'feedback', vote: 'not_helpful', answerId: ANSWER_ID });
  });

  it('drops whatever else a client sends along (an old card’s question, verdict and cited ids, inputs)', () => {
    const forged = { ...helpful, question: 'Får jag?', verdict: 'allowed', citedIds: ['x'], comment: '', extra: 1 };
    expect(readAnswerCardSubmit(forged)).toEqual({ action: 'feedback', vote: 'helpful', answerId: ANSWER_ID });
  });

  it('accepts an escalation with the comment Teams merged in, trimmed', () => {
    expect(readAnswerCardSubmit({ ...escalate, comment: '  Vi behöver svar före fredag.  ' })).toEqual({
      action: 'escalate',
      answerId: ANSWER_ID,
      comment: 'Vi behöver svar före fredag.',
    });
  });

  it('treats an empty, blank or missing comment as none', () => {
    for (const comment of [undefined, null, '', '   \n ']) {
      expect(readAnswerCardSubmit({ ...escalate, comment })).toEqual({ action: 'escalate', answerId: ANSWER_ID });
    }
  });

  it('cuts a comment to the input maximum, whatever the client sent', () => {
    const parsed = readAnswerCardSubmit({ ...escalate, comment: 'x'.repeat(COMMENT_MAX_LENGTH + 50) });
    expect(parsed).toEqual({ action: 'escalate', answerId: ANSWER_ID, comment: 'x'.repeat(COMMENT_MAX_LENGTH) });
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'molnkoll.vote.helpful'],
    ['a number', 42],
    ['an array', [helpful]],
    ['an empty object', {}],
    ['an unknown action', { ...helpful, action: 'molnkoll.other' }],
    ['the old feedback action', { action: 'molnkoll.feedback', vote: 'helpful', question: 'Får jag?', verdict: null, citedIds: [] }],
    ['the old escalation, with a question and no id', { action: 'molnkoll.escalate', question: 'Får jag?' }],
    ['a missing action', { ...helpful, action: undefined }],
    ['a missing answer id', { action: 'molnkoll.vote.helpful' }],
    ['an answer id that is not a string', { ...helpful, answerId: 12345678901234567 }],
    ['a short answer id', { ...helpful, answerId: 'abc' }],
    ['an answer id with odd characters', { ...helpful, answerId: "k3J9x'2-QpLmN0aBcDeFgH" }],
    ['an overlong answer id', { ...helpful, answerId: 'a'.repeat(65) }],
    ['a comment that is not a string', { ...escalate, comment: { text: 'hej' } }],
  ])('rejects %s', (_name, value) => {
    expect(readAnswerCardSubmit(value)).toBeNull();
  });
});

describe('submit builders', () => {
  it('carry the action and the answer id, and nothing else', () => {
    expect(feedbackSubmit(ANSWER_ID, 'not_helpful')).toEqual({ action: 'molnkoll.vote.not_helpful', answerId: ANSWER_ID });
    expect(feedbackSubmit(ANSWER_ID, 'helpful')).toEqual(helpful);
    expect(escalateSubmit(ANSWER_ID)).toEqual(escalate);
  });

  it('produce payloads that parse back to what they mean', () => {
    expect(readAnswerCardSubmit(JSON.parse(JSON.stringify(feedbackSubmit(ANSWER_ID, 'helpful'))))).toEqual({ action: 'feedback', vote: 'helpful', answerId: ANSWER_ID });
    expect(readAnswerCardSubmit(JSON.parse(JSON.stringify(escalateSubmit(ANSWER_ID))))).toEqual({ action: 'escalate', answerId: ANSWER_ID });
  });
});
