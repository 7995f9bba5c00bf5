import { askerReferenceKey, askerReferenceOf, isPersonalReference } from '../../../bot/teams/asker/asker-reference';
import { slackMessage, teamsChannelMessage, teamsPersonalMessage } from '../../support/activities';

describe('the asker reference', () => {
  it('keeps what a proactive message needs and nothing of who asked, in a 1:1 chat', () => {
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
    expect(isPersonalReference(reference)).toBe(true);
  });

  it('keeps the Teams user id (never the name or Entra id) from a channel, to open a private chat later', () => {
    const reference = askerReferenceOf(teamsChannelMessage('https://smba.example/', 'x', { mention: true }));
    expect(reference.user).toEqual({ id: '29:1user-anna', name: '' });
    expect(JSON.stringify(reference)).not.toMatch(/anna andersson|aad-anna/i);
    expect(isPersonalReference(reference)).toBe(false);
    expect(isPersonalReference(askerReferenceOf(teamsChannelMessage('https://smba.example/', 'x', { mention: true, conversationType: 'groupChat' })))).toBe(false);
  });

  it('counts a Slack direct message as personal', () => {
    expect(isPersonalReference(askerReferenceOf(slackMessage('https://slack.example/', 'x')))).toBe(true);
  });

  it('is keyed by the user’s hash alone', () => {
    expect(askerReferenceKey('0123abcd')).toBe('user|0123abcd');
  });
});
