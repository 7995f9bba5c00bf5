import { isGroupConversation, readQuestion } from '../../../bot/teams/asker/read-question';
import { emulatorMessage, slackMessage, teamsChannelMessage, teamsPersonalMessage } from '../../support/activities';

const URL = 'http://127.0.0.1:9';

describe('readQuestion', () => {
  it('takes every personal, Slack and Emulator message, trimmed', () => {
    expect(readQuestion(teamsPersonalMessage(URL, '  Får jag? '))).toBe('Får jag?');
    expect(readQuestion(slackMessage(URL, 'Får jag?'))).toBe('Får jag?');
    expect(readQuestion(emulatorMessage(URL, 'May I?'))).toBe('May I?');
  });

  it('takes a channel or group chat message only when it mentions the bot, without the mention', () => {
    expect(readQuestion(teamsChannelMessage(URL, 'Får jag?', { mention: false }))).toBeNull();
    expect(readQuestion(teamsChannelMessage(URL, 'Får jag?', { mention: false, conversationType: 'groupChat' }))).toBeNull();
    expect(readQuestion(teamsChannelMessage(URL, 'Får jag?', { mention: true }))).toBe('Får jag?');
  });

  it('leaves the activity itself untouched', () => {
    const activity = teamsChannelMessage(URL, 'Får jag?', { mention: true });
    readQuestion(activity);
    expect(activity.text).toBe('<at>Molnkoll</at> Får jag?');
  });

  it('ignores a mention of someone else', () => {
    const activity = teamsChannelMessage(URL, 'Får jag?', { mention: true });
    activity.entities = [{ type: 'mention', mentioned: { id: '29:someone-else', name: 'Molnkoll' }, text: '<at>Molnkoll</at>' }];
    expect(readQuestion(activity)).toBeNull();
  });

  it('treats a Teams group conversation without a type as a group, but not Slack', () => {
    expect(isGroupConversation({ channelId: 'msteams', conversation: { id: 'x', isGroup: true, name: '', conversationType: '' } })).toBe(true);
    expect(isGroupConversation({ channelId: 'slack', conversation: { id: 'x', isGroup: true, name: '', conversationType: '' } })).toBe(false);
  });
});
