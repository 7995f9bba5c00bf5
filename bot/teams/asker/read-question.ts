/**
 * The question in a message, or null when the message is not addressed to the bot: in
 * personal chats every message is; in Teams channels and group chats only an @mention is.
 */
import { Activity, TurnContext } from 'botbuilder';

const GROUP_CONVERSATION_TYPES = new Set(['channel', 'groupChat']);

export function isGroupConversation(activity: Partial<Activity>): boolean {
  const conversation = activity.conversation;
  if (!conversation) return false;
  if (conversation.conversationType) return GROUP_CONVERSATION_TYPES.has(conversation.conversationType);
  // Slack's channel reports group conversations without a Teams conversation type; there the
  // Bot Service only forwards what was meant for the bot, so the flag alone does not silence it.
  return conversation.isGroup === true && activity.channelId === 'msteams';
}

export function mentionsRecipient(activity: Partial<Activity>): boolean {
  const recipientId = activity.recipient?.id;
  return recipientId !== undefined && TurnContext.getMentions(activity).some((m) => m.mentioned?.id === recipientId);
}

export function readQuestion(activity: Partial<Activity>): string | null {
  if (isGroupConversation(activity) && !mentionsRecipient(activity)) return null;
  if (!mentionsRecipient(activity)) return (activity.text ?? '').trim();
  // removeRecipientMention edits the activity in place; a copy keeps the turn's own untouched.
  const copy: Partial<Activity> = { ...activity, text: activity.text ?? '' };
  return (TurnContext.removeRecipientMention(copy) ?? '').trim();
}
