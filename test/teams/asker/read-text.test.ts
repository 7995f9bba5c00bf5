import { readTextVote } from '../../../bot/teams/asker/read-text-vote';
import { readTextReason } from '../../../bot/teams/asker/read-text-reason';
import { readHelpRequest } from '../../../bot/teams/asker/read-help-request';
import { readSmallTalk } from '../../../bot/teams/asker/read-small-talk';
import { pickLanguage } from '../../../bot/teams/pick-language';
import { cutQuestion } from '../../../bot/teams/asker/question-handler';

describe('small readers', () => {
  it('reads +1 / -1 votes and nothing else', () => {
    expect(['+1', ' :+1: ', '👍', '-1', ':thumbsdown:'].map(readTextVote)).toEqual(['helpful', 'helpful', 'helpful', 'not_helpful', 'not_helpful']);
    expect(['+1 bra', '1', 'Får jag?'].map(readTextVote)).toEqual([null, null, null]);
  });

  it('reads a reason by its number or its label in either language', () => {
    expect(['1', ' 2. ', '3)', '4', 'Fel besked', 'outdated!', "didn't answer my question", 'ANNAT'].map(readTextReason)).toEqual([
      'wrong_verdict', 'outdated', 'not_answered', 'other', 'wrong_verdict', 'outdated', 'not_answered', 'other',
    ]);
    expect(['5', '0', '12', 'fel', 'Får jag använda Zoom?'].map(readTextReason)).toEqual([null, null, null, null, null]);
  });

  it('reads a greeting or a thank-you on its own, and its language', () => {
    expect(['Hej!', 'hejsan 👋', 'Hej Molnkoll', 'Tack så mycket!', 'tusen tack', 'Hi', 'Thanks 🙂', 'thank you!!'].map(readSmallTalk)).toEqual([
      { kind: 'greeting', language: 'sv' }, { kind: 'greeting', language: 'sv' }, { kind: 'greeting', language: 'sv' },
      { kind: 'thanks', language: 'sv' }, { kind: 'thanks', language: 'sv' },
      { kind: 'greeting', language: 'en' }, { kind: 'thanks', language: 'en' }, { kind: 'thanks', language: 'en' },
    ]);
    expect(['Hej, får jag lagra hälsodata i Teams?', 'tack, men gäller det OneDrive?', 'hello world program in Azure', ''].map(readSmallTalk)).toEqual([null, null, null, null]);
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
