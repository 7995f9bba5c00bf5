import { renderAnswer } from '../../bot/render/render-answer';
import { buildAnswerCard } from '../../bot/render/answer-card';
import { buildSlackText } from '../../bot/render/slack-text';
import { buildMarkdownText } from '../../bot/render/markdown-text';
import { svPending, svUnanswered } from './answer-fixtures';
import { TEST_ANSWER_ID } from './adaptive-card-shape';

describe('renderAnswer', () => {
  it('sends Teams the card, with the verdict and who decided it as summary and text for previews and notifications', () => {
    const activity = renderAnswer(svPending, 'msteams', TEST_ANSWER_ID);
    expect(activity).toEqual({
      type: 'message',
      summary: 'Inte ännu — enligt Region Exempel (2023-03-14).',
      text: 'Inte ännu — enligt Region Exempel (2023-03-14).',
      attachments: [buildAnswerCard(svPending, TEST_ANSWER_ID)],
    });
  });

  it('previews the first line of a list rather than the sentence that leads into it', () => {
    const across = {
      ...svPending,
      verdict: null,
      readings: [],
      notices: { ...svPending.notices, acrossServices: 'hälsodata' },
    };
    expect(renderAnswer(across, 'msteams', TEST_ANSWER_ID).summary).toMatch(/^Det beror på tjänsten — hälsodata i OneDrive: inte ännu, enligt Region Exempel \(2023-03-14\)\. /);
  });

  it('sends Slack mrkdwn, also as channelData so Bot Service passes it through unchanged', () => {
    const text = buildSlackText(svUnanswered);
    expect(renderAnswer(svUnanswered, 'slack', TEST_ANSWER_ID)).toEqual({ type: 'message', text, textFormat: 'markdown', channelData: { text } });
  });

  it.each(['emulator', 'webchat', 'directline', 'some-new-channel'])('sends %s Markdown', (channelId) => {
    expect(renderAnswer(svPending, channelId, TEST_ANSWER_ID)).toEqual({
      type: 'message',
      text: buildMarkdownText(svPending),
      textFormat: 'markdown',
    });
  });
});
