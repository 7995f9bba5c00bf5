/** A Teams personal-chat message as the connector posts it, from one of many users. */
import { randomUUID } from 'node:crypto';

const TENANT = '00000000-0000-4000-8000-0000000be7c4';

export function teamsActivity(serviceUrl: string, text: string, user: number): object {
  return {
    type: 'message',
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    serviceUrl,
    channelId: 'msteams',
    from: { id: `29:bench-user-${user}`, name: `Bench User ${user}`, aadObjectId: `aad-bench-${user}` },
    conversation: { id: `a:bench-personal-${user}`, conversationType: 'personal', tenantId: TENANT, isGroup: false },
    recipient: { id: '28:molnkoll-bench', name: 'Molnkoll' },
    text,
    textFormat: 'plain',
    locale: 'sv-SE',
    channelData: { tenant: { id: TENANT } },
  };
}
