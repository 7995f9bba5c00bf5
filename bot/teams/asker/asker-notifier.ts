/**
 * Tells an asker, privately, what the helpdesk did with their ticket: claimed, answered (the
 * answer as a card to rate), closed or reopened. It goes to their 1:1 chat with the bot: the
 * latest one they wrote from (stored per user), else the chat they asked in when that was 1:1,
 * else a 1:1 chat the bot opens with them (Teams). Never to a channel or group chat. Called by
 * the outbox drainer, so a failure is thrown for it to retry.
 */
import { Activity, ActivityTypes, ConversationReference, TurnContext } from 'botbuilder';
import { HELPDESK_STRINGS } from '../../engine';
import { Ticket, TicketStore } from '../../store/ticket-store';
import { AskerNoticeKind } from '../../store/outbox';
import { renderHelpdeskAnswer } from '../../render/helpdesk-answer-card';
import { Proactive } from '../continue-conversation';
import { askerReferenceKey, askerReferenceOf, isPersonalReference } from './asker-reference';
import { withTimeout } from '../../timing/with-timeout';

export type AskerNotice = AskerNoticeKind;

export interface AskerNotifierOptions {
  tickets: Pick<TicketStore, 'conversationReference' | 'saveConversationReference'>;
  proactive: Proactive;
  timeoutMs?: number;
}

/** No private way to reach the asker: retrying cannot help. */
export class NoPrivateConversationError extends Error {
  override readonly name = 'NoPrivateConversationError';
}

const DEFAULT_TIMEOUT_MS = 10_000;

export class AskerNotifier {
  constructor(private readonly options: AskerNotifierOptions) {}

  async notify(ticket: Ticket, notice: AskerNotice): Promise<void> {
    const key = askerReferenceKey(ticket.asker.userHash);
    const stored = await this.options.tickets.conversationReference(key);
    const send = (reference: Partial<ConversationReference>) => async (context: TurnContext) => {
      await context.sendActivity(this.noticeActivity(ticket, notice, reference.channelId ?? ticket.asker.channelId));
    };
    let sending: Promise<void>;
    if (stored && isPersonalReference(stored)) {
      sending = this.options.proactive.continueConversation(stored, send(stored));
    } else if (isPersonalReference(ticket.askerReference)) {
      sending = this.options.proactive.continueConversation(ticket.askerReference, send(ticket.askerReference));
    } else if (ticket.askerReference.channelId === 'msteams' && ticket.askerReference.user?.id) {
      const reference = ticket.askerReference;
      sending = this.options.proactive.createPersonalConversation(reference, reference.user!.id, async (context) => {
        // The new chat is the asker's from now on, for the next notice too.
        await this.options.tickets.saveConversationReference(key, askerReferenceOf(context.activity));
        await send(reference)(context);
      });
    } else {
      throw new NoPrivateConversationError(`no 1:1 conversation with the asker of ${ticket.id}`);
    }
    await withTimeout(sending, this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS, 'notifying the asker');
  }

  private noticeActivity(ticket: Ticket, notice: AskerNotice, channelId: string): Partial<Activity> {
    const s = HELPDESK_STRINGS[ticket.language];
    switch (notice) {
      case 'answered':
        return renderHelpdeskAnswer(ticket, channelId);
      case 'claimed':
        return { type: ActivityTypes.Message, text: s.claimedNotice(ticket.id) };
      case 'closed':
        return { type: ActivityTypes.Message, text: s.closedNotice(ticket.id) };
      case 'reopened':
        return { type: ActivityTypes.Message, text: s.reopenedNotice(ticket.id) };
    }
  }
}
