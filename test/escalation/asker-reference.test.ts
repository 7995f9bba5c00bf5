import { askerReferenceKey, askerReferenceOf } from '../../bot/teams/asker-reference';
import { slackMessage, teamsChannelMessage, teamsPersonalMessage } from '../support/activities';

describe('the asker reference', () => {
  it('keeps what a proactive message needs and nothing of who asked', () => {
    const reference = askerReferenceOf(teamsPersonalMessage('https://smba.example/emea/', 'Får jag?'));
    expect(reference).toMatchObject({
      channelId: 'msteams',
      serviceUrl: 'https://smba.example/emea/',
      conversation: { id: 'a:1personal-anna', conversationType: 'personal' },
      bot: { id: '28:molnkoll-bot-id' },
    });
    expect(reference.user).toBeUndefined();
    expect(reference.activityId).toBeUndefined();
    expect(JSON.stringify(reference)).not.toMatch(/anna andersson|aad-anna|29:1user-anna/i);
  });

  it('is keyed by channel and conversation, so a channel thread gets its own', () => {
    const url = 'https://smba.example/';
    expect(askerReferenceKey(askerReferenceOf(teamsPersonalMessage(url, 'x')))).toBe('msteams|a:1personal-anna');
    expect(askerReferenceKey(askerReferenceOf(teamsChannelMessage(url, 'x', { mention: true })))).toMatch(/^msteams\|19:molnkoll-general@thread\.tacv2;messageid=/);
    expect(askerReferenceKey(askerReferenceOf(slackMessage(url, 'x')))).toBe('slack|B01BOT:T01KOMMUN:D01DIRECT');
  });
});
