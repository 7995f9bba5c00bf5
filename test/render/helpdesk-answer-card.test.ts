import { HELPDESK_ANSWER_CARD_ACTION, helpdeskAnswerCardJson, renderHelpdeskAnswer } from '../../bot/render/helpdesk-answer-card';
import { readHelpdeskAnswerVote } from '../../bot/teams/asker/read-helpdesk-answer-vote';
import { allText, cardProblems, findAll } from './adaptive-card-shape';
import { actionsIn } from '../support/card-reading';
import { ticketFixture } from '../support/ticket-fixtures';

const answered = ticketFixture({ status: 'answered', helpdeskAnswer: 'Nej, inte än.\nLäs <beslutet> & *villkoren*.' });

describe("the helpdesk's answer for the asker", () => {
  it('is a card in Teams with the answer, who gave it, the ticket id, and helpful / not helpful', () => {
    const card = helpdeskAnswerCardJson(answered);
    expect(cardProblems(card)).toEqual([]);
    const text = allText(card);
    expect(text).toContain('Svar från helpdesk');
    expect(text).toContain('Helpdesk, ärende MK-0042');
    expect(text).toContain('Får jag lagra hälsodata i Office 365?');
    expect(findAll(card, 'TextRun').map((r) => r.text)).toContain('Läs <beslutet> & *villkoren*.');
    const votes = actionsIn(card).map((a) => readHelpdeskAnswerVote(a.data));
    expect(votes).toEqual([
      { action: HELPDESK_ANSWER_CARD_ACTION.feedback, ticketId: 'MK-0042', vote: 'helpful' },
      { action: HELPDESK_ANSWER_CARD_ACTION.feedback, ticketId: 'MK-0042', vote: 'not_helpful' },
    ]);
    const activity = renderHelpdeskAnswer(answered, 'msteams');
    expect(activity.attachments?.[0].content).toEqual(card);
    expect(activity.text).toBeUndefined();
  });

  it('speaks the language of the question', () => {
    const text = allText(helpdeskAnswerCardJson({ ...answered, language: 'en' }));
    expect(text).toContain('Answer from the helpdesk');
    expect(actionsIn(helpdeskAnswerCardJson({ ...answered, language: 'en' })).map((a) => a.title)).toEqual(['Helpful', 'Not helpful']);
  });

  it('is escaped mrkdwn in Slack, with the text in channelData too', () => {
    const activity = renderHelpdeskAnswer(answered, 'slack');
    expect(activity.text).toContain('*Svar från helpdesk*');
    expect(activity.text).toContain('Läs &lt;beslutet&gt; &amp; *villkoren*.');
    expect(activity.text).toContain('Ärende MK-0042');
    expect(activity.channelData).toEqual({ text: activity.text });
    expect(activity.attachments).toBeUndefined();
  });

  it('is escaped Markdown elsewhere (the Emulator)', () => {
    const activity = renderHelpdeskAnswer(answered, 'emulator');
    expect(activity.text).toContain('**Svar från helpdesk**');
    expect(activity.text).toContain('Läs \\<beslutet\\> & \\*villkoren\\*.');
  });

  it('is exactly this card in Teams (the whole JSON, as before the template)', () => {
    const ticket = ticketFixture({ status: 'answered', language: 'en', helpdeskAnswer: 'Svar\nrad två' });
    expect(helpdeskAnswerCardJson(ticket)).toEqual({
      type: 'AdaptiveCard',
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      version: '1.5',
      lang: 'en',
      fallbackText: 'Answer from the helpdesk (MK-0042): Svar rad två',
      msteams: { width: 'Full' },
      body: [
        { type: 'TextBlock', text: 'Answer from the helpdesk', wrap: true, style: 'heading', weight: 'Bolder', size: 'Large' },
        { type: 'TextBlock', text: 'Helpdesk, ticket MK-0042', wrap: true, spacing: 'Small', isSubtle: true },
        {
          type: 'RichTextBlock',
          spacing: 'Medium',
          inlines: [{ type: 'TextRun', text: 'Your question: ', weight: 'Bolder' }, { type: 'TextRun', text: 'Får jag lagra hälsodata i Office 365?' }],
        },
        {
          type: 'Container',
          spacing: 'Medium',
          items: [
            { type: 'RichTextBlock', spacing: 'Small', inlines: [{ type: 'TextRun', text: 'Svar' }] },
            { type: 'RichTextBlock', spacing: 'Small', inlines: [{ type: 'TextRun', text: 'rad två' }] },
          ],
        },
      ],
      actions: [
        { type: 'Action.Submit', title: 'Helpful', data: { action: 'molnkoll.ticket.feedback', ticketId: 'MK-0042', vote: 'helpful' } },
        { type: 'Action.Submit', title: 'Not helpful', data: { action: 'molnkoll.ticket.feedback', ticketId: 'MK-0042', vote: 'not_helpful' } },
      ],
    });
  });
});
