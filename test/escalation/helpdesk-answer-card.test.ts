import { helpdeskAnswerCardJson, renderHelpdeskAnswer } from '../../bot/render/helpdesk-answer-card';
import { parseTicketSubmit, TICKET_ACTION } from '../../bot/render/ticket-actions';
import { allText, cardProblems, findAll } from '../render/adaptive-card-shape';
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
    const votes = actionsIn(card).map((a) => parseTicketSubmit(a.data));
    expect(votes).toEqual([
      { action: TICKET_ACTION.feedback, ticketId: 'MK-0042', vote: 'helpful' },
      { action: TICKET_ACTION.feedback, ticketId: 'MK-0042', vote: 'not_helpful' },
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
});
