/** The hashed id of the user behind an activity: Teams' Entra object id when present, the channel's user id otherwise. */
import { Activity } from 'botbuilder';
import { hashUserId } from '../logging/hash-user-id';

export function userKeyOf(activity: Partial<Activity>): string {
  return hashUserId(activity.from?.aadObjectId ?? activity.from?.id ?? 'unknown');
}
