/**
 * The user's hash for handlers behind MolnkollBot's router, which answers activities that name
 * nobody itself; reaching a handler without one is a wiring bug, not a user's mistake.
 */
import { Activity } from 'botbuilder';
import { userKeyOf } from './user-key';

export function knownUserKey(activity: Partial<Activity>): string {
  const key = userKeyOf(activity);
  if (key === undefined) throw new Error('An activity that names no user reached a handler; MolnkollBot should have answered it');
  return key;
}
