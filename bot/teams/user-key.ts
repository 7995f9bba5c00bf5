/**
 * Who is behind an activity, as a keyed hash. In Teams a user is their Entra object id within
 * their tenant (`from.aadObjectId` and the conversation's tenant): `from.id` is never used there,
 * so an activity without both is nobody, and nothing that needs a person (votes, tickets,
 * helpdesk actions) is done for it. Elsewhere (Slack, the Emulator) the channel's user id within
 * that channel is all there is.
 */
import { Activity, Channels } from 'botbuilder';
import { hashUserId } from '../logging/hash-user-id';

export function tenantOf(activity: Partial<Activity>): string | undefined {
  const fromChannelData = (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
  const tenant = activity.conversation?.tenantId ?? (typeof fromChannelData === 'string' ? fromChannelData : undefined);
  return tenant ? tenant.toLowerCase() : undefined;
}

/** The unhashed identity; undefined when the activity does not say who it is. */
export function userIdentityOf(activity: Partial<Activity>): string | undefined {
  if (activity.channelId === Channels.Msteams) {
    const aadObjectId = activity.from?.aadObjectId;
    const tenant = tenantOf(activity);
    return aadObjectId && tenant ? `msteams|${tenant}|${aadObjectId.toLowerCase()}` : undefined;
  }
  const id = activity.from?.id;
  return id ? `${activity.channelId ?? 'unknown'}|${id}` : undefined;
}

/** The user's hash, or undefined for an activity that names nobody. */
export function userKeyOf(activity: Partial<Activity>): string | undefined {
  const identity = userIdentityOf(activity);
  return identity === undefined ? undefined : hashUserId(identity);
}
