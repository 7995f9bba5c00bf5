/**
 * Whose context a follow-up leans on: the conversation's in a 1:1 chat, and each person's own
 * where several people talk (Teams channels and group chats, Slack channels), so one person's
 * "Och i Teams då?" never continues someone else's question. A channel thread is its own conversation.
 */
import { Activity } from 'botbuilder';

export function conversationKeyOf(activity: Partial<Activity>, userHash: string): string {
  const conversation = activity.conversation;
  const shared = conversation?.isGroup === true || conversation?.conversationType === 'channel' || conversation?.conversationType === 'groupChat';
  const id = `${activity.channelId ?? 'unknown'}|${conversation?.id ?? ''}`;
  return shared ? `${id}|${userHash}` : id;
}
