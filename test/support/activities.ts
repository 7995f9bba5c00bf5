/**
 * Activities shaped like those Teams, Slack (through Azure Bot Service) and the Emulator post,
 * trimmed to the fields the bot reads plus the ones the adapter validates.
 */
import type { Activity } from 'botbuilder';

export const BOT = { id: '28:molnkoll-bot-id', name: 'Molnkoll' };
export const TENANT_ID = '72f988bf-0000-0000-0000-2d7cd011db47';

let counter = 0;
const nextId = () => `${Date.now()}${++counter}`;

export interface UserOptions {
  userId?: string;
  aadObjectId?: string;
  locale?: string;
}

export function teamsPersonalMessage(serviceUrl: string, text: string, options: UserOptions & { conversationId?: string } = {}): Partial<Activity> {
  return {
    type: 'message',
    id: nextId(),
    timestamp: new Date(),
    serviceUrl,
    channelId: 'msteams',
    from: { id: options.userId ?? '29:1user-anna', name: 'Anna Andersson', aadObjectId: options.aadObjectId ?? 'aad-anna' },
    conversation: { id: options.conversationId ?? 'a:1personal-anna', conversationType: 'personal', tenantId: TENANT_ID, isGroup: false, name: '' },
    recipient: BOT,
    text,
    textFormat: 'plain',
    locale: options.locale ?? 'sv-SE',
    channelData: { tenant: { id: TENANT_ID } },
    entities: [{ type: 'clientInfo', locale: options.locale ?? 'sv-SE', country: 'SE', platform: 'Web' }],
  };
}

export const TEAMS_CHANNEL_CONVERSATION = '19:molnkoll-general@thread.tacv2;messageid=1712345678901';

/** A channel post; with `mention`, the text starts with `<at>Molnkoll</at>` and carries the mention entity. */
export function teamsChannelMessage(serviceUrl: string, text: string, options: UserOptions & { mention: boolean; conversationType?: 'channel' | 'groupChat' }): Partial<Activity> {
  const mentionText = `<at>${BOT.name}</at>`;
  const conversationType = options.conversationType ?? 'channel';
  return {
    ...teamsPersonalMessage(serviceUrl, options.mention ? `${mentionText} ${text}` : text, options),
    conversation: {
      id: conversationType === 'channel' ? TEAMS_CHANNEL_CONVERSATION : '19:group-chat-id@thread.v2',
      conversationType,
      tenantId: TENANT_ID,
      isGroup: true,
      name: '',
    },
    channelData: {
      tenant: { id: TENANT_ID },
      ...(conversationType === 'channel'
        ? { teamsChannelId: '19:molnkoll-general@thread.tacv2', teamsTeamId: '19:team@thread.tacv2', channel: { id: '19:molnkoll-general@thread.tacv2' }, team: { id: '19:team@thread.tacv2' } }
        : {}),
    },
    entities: [
      ...(options.mention ? [{ type: 'mention', mentioned: BOT, text: mentionText }] : []),
      { type: 'clientInfo', locale: 'sv-SE', country: 'SE', platform: 'Web' },
    ],
  };
}

/** A card's Action.Submit as Teams delivers it: a message whose `value` is the button's data. */
export function teamsCardSubmit(serviceUrl: string, value: Record<string, unknown>, options: UserOptions & { conversationId?: string } = {}): Partial<Activity> {
  const base = teamsPersonalMessage(serviceUrl, '', options);
  return { ...base, text: undefined, value, replyToId: 'stand-in-1' };
}

export function slackMessage(serviceUrl: string, text: string, options: UserOptions & { conversationId?: string } = {}): Partial<Activity> {
  return {
    type: 'message',
    id: nextId(),
    timestamp: new Date(),
    serviceUrl,
    channelId: 'slack',
    from: { id: options.userId ?? 'U01ANNA:T01KOMMUN', name: 'anna' },
    conversation: { id: options.conversationId ?? 'B01BOT:T01KOMMUN:D01DIRECT', isGroup: false, conversationType: '', name: '' },
    recipient: { id: 'B01BOT:T01KOMMUN', name: 'molnkoll' },
    text,
    channelData: { SlackMessage: { type: 'event_callback', event: { type: 'message', text } }, ApiToken: 'xoxb-stand-in' },
  };
}

export function emulatorMessage(serviceUrl: string, text: string, options: UserOptions & { conversationId?: string } = {}): Partial<Activity> {
  return {
    type: 'message',
    id: nextId(),
    timestamp: new Date(),
    serviceUrl,
    channelId: 'emulator',
    from: { id: options.userId ?? 'emulator-user-1', name: 'User', role: 'user' },
    conversation: { id: options.conversationId ?? 'emulator-conv-1|livechat', isGroup: false, conversationType: '', name: '' },
    recipient: { id: 'emulator-bot-1', name: 'Bot', role: 'bot' },
    text,
    textFormat: 'plain',
    locale: options.locale ?? 'en-US',
  };
}

/** The bot (or a user, with `memberIds`) joining a conversation. */
export function membersAdded(activity: Partial<Activity>, memberIds: string[]): Partial<Activity> {
  return {
    ...activity,
    type: 'conversationUpdate',
    text: undefined,
    membersAdded: memberIds.map((id) => ({ id, name: id })),
  };
}
