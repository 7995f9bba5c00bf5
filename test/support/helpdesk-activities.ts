/**
 * The helpdesk's Teams channel as the tests see it: its conversation id, a member and an
 * outsider, and a ticket-card click as Teams delivers it from a thread of that channel.
 */
import type { Activity } from 'botbuilder';
import { BOT, TENANT_ID } from './activities';

export const HELPDESK_CHANNEL = '19:helpdesk@thread.tacv2';
export const HELPDESK_TEAM = '19:helpdesk-team@thread.tacv2';

export interface TeamsUser {
  id: string;
  name: string;
  aadObjectId: string;
}

export const HANNA: TeamsUser = { id: '29:1helpdesk-hanna', name: 'Hanna Helpdesk', aadObjectId: 'aad-hanna-0001' };
export const OLLE: TeamsUser = { id: '29:1outsider-olle', name: 'Olle Utanför', aadObjectId: 'aad-olle-0002' };

let counter = 0;

/** A click on a ticket card's Action.Submit: `value` is the button's data merged with the card's inputs. */
export function helpdeskClick(serviceUrl: string, value: Record<string, unknown>, user: TeamsUser, cardActivityId = 'stand-in-1'): Partial<Activity> {
  return {
    type: 'message',
    id: `hd-${Date.now()}-${++counter}`,
    timestamp: new Date(),
    serviceUrl,
    channelId: 'msteams',
    from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
    conversation: { id: `${HELPDESK_CHANNEL};messageid=${cardActivityId}`, conversationType: 'channel', tenantId: TENANT_ID, isGroup: true, name: '' },
    recipient: BOT,
    replyToId: cardActivityId,
    value,
    locale: 'sv-SE',
    channelData: {
      tenant: { id: TENANT_ID },
      teamsChannelId: HELPDESK_CHANNEL,
      teamsTeamId: HELPDESK_TEAM,
      channel: { id: HELPDESK_CHANNEL },
      team: { id: HELPDESK_TEAM },
    },
  };
}
