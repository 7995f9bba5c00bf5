import { bodyParagraphsOf } from '../../bot/render/answer-parts';
import { buildMarkdownText } from '../../bot/render/markdown-text';
import { enConditional, svPending } from './answer-fixtures';

describe('bodyParagraphsOf', () => {
  test('drops a first line that only repeats the verdict headline shown above it', () => {
    const answer = { ...svPending, answer: 'Inte ännu.\n\nHälsodata i Office 365: inte ännu [1].' };
    expect(bodyParagraphsOf(answer)).toEqual(['Hälsodata i Office 365: inte ännu [1].']);
    expect(buildMarkdownText(answer).match(/Inte ännu/g)).toHaveLength(1);
  });

  test('keeps a first line that says more than the headline', () => {
    const answer = { ...enConditional, answer: 'Allowed with conditions, for internal information.\n\nMore [1].' };
    expect(bodyParagraphsOf(answer)).toEqual(['Allowed with conditions, for internal information.', 'More [1].']);
  });
});
