/**
 * Where to tell an asker about their ticket, privately. A proactive message needs only the
 * channel, the service URL, the conversation and the bot; for a question asked in a Teams
 * channel or group chat the channel's own user id is kept too (pseudonymous, never a name or
 * the Entra id), so the bot can open a 1:1 chat with them: answers never go to a group.
 */
import { Activity, ConversationReference, TurnContext } from 'botbuilder';
import { isGroupConversation } from './read-question';

export function askerReferenceOf(activity: Partial<Activity>): Partial<ConversationReference> {
  const full = TurnContext.getConversationReference(activity);
  const conversation = full.conversation;
  const group = isGroupConversation(activity) || conversation?.isGroup === true;
  return {
    channelId: full.channelId,
    serviceUrl: full.serviceUrl,
    locale: full.locale,
    bot: full.bot && { id: full.bot.id, name: full.bot.name },
    ...(group && full.user?.id ? { user: { id: full.user.id, name: '' } } : {}),
    conversation: conversation && {
      id: conversation.id,
      isGroup: conversation.isGroup,
      conversationType: conversation.conversationType,
      tenantId: conversation.tenantId,
      name: '',
    },
  };
}

/** True for a 1:1 chat with the bot, the only place a private message may go. */
export function isPersonalReference(reference: Partial<ConversationReference>): boolean {
  const conversation = reference.conversation;
  if (!conversation || conversation.isGroup === true) return false;
  return conversation.conversationType === undefined || conversation.conversationType === '' || conversation.conversationType === 'personal';
}

/**
 * The store key of a user's 1:1 reference: their keyed hash (tenant + Entra id in Teams), so
 * nobody but that user, writing in their own 1:1 chat, can replace it.
 */
export function askerReferenceKey(userHash: string): string {
  return `user|${userHash}`;
}
