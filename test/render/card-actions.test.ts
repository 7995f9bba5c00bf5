import {
  CARD_ACTION,
  COMMENT_MAX_LENGTH,
  escalateSubmit,
  feedbackSubmit,
  parseCardSubmit,
} from '../../bot/render/card-actions';
import { svPending, svUnanswered } from './answer-fixtures';

const feedback = {
  action: 'molnkoll.feedback',
  vote: 'helpful',
  question: 'Får jag lagra hälsodata i OneDrive?',
  verdict: 'pending',
  citedIds: ['a', 'b'],
};
const escalate = { action: 'molnkoll.escalate', question: 'Får jag lagra hälsodata i OneDrive?' };

describe('parseCardSubmit', () => {
  it('accepts both votes, with or without a verdict', () => {
    expect(parseCardSubmit(feedback)).toEqual(feedback);
    expect(parseCardSubmit({ ...feedback, vote: 'not_helpful', verdict: null, citedIds: [] })).toEqual({
      ...feedback,
      vote: 'not_helpful',
      verdict: null,
      citedIds: [],
    });
  });

  it('keeps only the fields it knows, so merged inputs do not ride along', () => {
    expect(parseCardSubmit({ ...feedback, comment: '', extra: 1 })).toEqual(feedback);
  });

  it('accepts an escalation with the comment Teams merged in, trimmed', () => {
    expect(parseCardSubmit({ ...escalate, comment: '  Vi behöver svar före fredag.  ' })).toEqual({
      ...escalate,
      comment: 'Vi behöver svar före fredag.',
    });
  });

  it('treats an empty, blank or missing comment as none', () => {
    for (const comment of [undefined, null, '', '   \n ']) {
      expect(parseCardSubmit({ ...escalate, comment })).toEqual(escalate);
    }
    expect(parseCardSubmit(escalate)).not.toHaveProperty('comment');
  });

  it('cuts a comment to the input maximum, whatever the client sent', () => {
    const parsed = parseCardSubmit({ ...escalate, comment: 'x'.repeat(COMMENT_MAX_LENGTH + 50) });
    expect(parsed).toEqual({ ...escalate, comment: 'x'.repeat(COMMENT_MAX_LENGTH) });
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'molnkoll.feedback'],
    ['a number', 42],
    ['an array', [feedback]],
    ['an empty object', {}],
    ['an unknown action', { ...feedback, action: 'molnkoll.other' }],
    ['another bot’s action', { ...feedback, action: 'feedback' }],
    ['a missing action', { ...feedback, action: undefined }],
    ['a wrong vote', { ...feedback, vote: 'meh' }],
    ['a vote of another type', { ...feedback, vote: true }],
    ['a missing vote', { ...feedback, vote: undefined }],
    ['a missing question', { ...feedback, question: undefined }],
    ['a question that is not a string', { ...feedback, question: 7 }],
    ['an unknown verdict', { ...feedback, verdict: 'maybe' }],
    ['a missing verdict', { ...feedback, verdict: undefined }],
    ['citedIds that are not an array', { ...feedback, citedIds: 'a,b' }],
    ['citedIds that are not strings', { ...feedback, citedIds: ['a', 2] }],
    ['missing citedIds', { ...feedback, citedIds: undefined }],
    ['an escalation without a question', { action: CARD_ACTION.escalate }],
    ['a comment that is not a string', { ...escalate, comment: { text: 'hej' } }],
  ])('rejects %s', (_name, value) => {
    expect(parseCardSubmit(value)).toBeNull();
  });
});

describe('submit builders', () => {
  it('carry the answer’s redacted question, verdict and cited ids', () => {
    expect(feedbackSubmit(svPending, 'not_helpful')).toEqual({
      action: CARD_ACTION.feedback,
      vote: 'not_helpful',
      question: svPending.question,
      verdict: 'pending',
      citedIds: ['beslut-office365-halsodata', 'riskbedomning-m365'],
    });
    expect(escalateSubmit(svUnanswered)).toEqual({ action: CARD_ACTION.escalate, question: svUnanswered.question });
  });

  it('produce payloads that parse back to themselves', () => {
    const vote = feedbackSubmit(svPending, 'helpful');
    expect(parseCardSubmit(JSON.parse(JSON.stringify(vote)))).toEqual(vote);
    const ask = escalateSubmit(svPending);
    expect(parseCardSubmit(JSON.parse(JSON.stringify(ask)))).toEqual(ask);
  });
});
