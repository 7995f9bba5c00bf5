import { readTextVote } from '../../bot/teams/read-text-vote';
import { readHelpRequest } from '../../bot/teams/read-help-request';
import { pickLanguage } from '../../bot/teams/pick-language';
import { cutQuestion } from '../../bot/teams/question-handler';

describe('small readers', () => {
  it('reads +1 / -1 votes and nothing else', () => {
    expect(['+1', ' :+1: ', '👍', '-1', ':thumbsdown:'].map(readTextVote)).toEqual(['helpful', 'helpful', 'helpful', 'not_helpful', 'not_helpful']);
    expect(['+1 bra', '1', 'Får jag?'].map(readTextVote)).toEqual([null, null, null]);
  });

  it('reads help requests and their language', () => {
    expect(['help', 'Hjälp!', 'hjalp', '/help'].map(readHelpRequest)).toEqual(['en', 'sv', 'sv', 'en']);
    expect(readHelpRequest('hjälp mig med Teams')).toBeNull();
  });

  it('picks the answer language, then the locale, then Swedish', () => {
    expect(pickLanguage('en', 'sv-SE')).toBe('en');
    expect(pickLanguage(undefined, 'en-GB')).toBe('en');
    expect(pickLanguage(undefined, 'fi-FI')).toBe('sv');
    expect(pickLanguage(undefined, undefined)).toBe('sv');
  });

  it('cuts a question at a code point', () => {
    expect(cutQuestion('abc', 3)).toEqual({ question: 'abc', cut: false });
    expect(cutQuestion('ab😀c', 3)).toEqual({ question: 'ab😀', cut: true });
  });
});
