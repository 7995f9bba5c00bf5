/**
 * Where to tell an asker about their ticket: the conversation of the turn, without who they are.
 * A proactive message needs only the channel, the service URL, the conversation and the bot;
 * the user's name and ids stay out of the store (a user is only ever a hash there).
 */
import { Activity, ConversationReference, TurnContext } from 'botbuilder';

export function askerReferenceOf(activity: Partial<Activity>): Partial<ConversationReference> {
  const full = TurnContext.getConversationReference(activity);
  const conversation = full.conversation;
  return {
    channelId: full.channelId,
    serviceUrl: full.serviceUrl,
    locale: full.locale,
    bot: full.bot && { id: full.bot.id, name: full.bot.name },
    conversation: conversation && {
      id: conversation.id,
      isGroup: conversation.isGroup,
      conversationType: conversation.conversationType,
      tenantId: conversation.tenantId,
      name: '',
    },
  };
}

/** The store key of an asker's latest reference: one per channel conversation. */
export function askerReferenceKey(reference: Partial<ConversationReference>): string {
  return `${reference.channelId ?? 'unknown'}|${reference.conversation?.id ?? 'unknown'}`;
}
