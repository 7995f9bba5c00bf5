/**
 * Tells an asker, in the conversation where they asked, what the helpdesk did with their ticket:
 * claimed, answered (the answer as a card to rate), closed or reopened. The reference comes from
 * the store, so this works for tickets created before a restart.
 */
import { Activity, ActivityTypes, TurnContext } from 'botbuilder';
import { HELPDESK_STRINGS } from '../engine';
import { Ticket, TicketStore } from '../store/ticket-store';
import { renderHelpdeskAnswer } from '../render/helpdesk-answer-card';
import { ContinueConversation } from './continue-conversation';
import { askerReferenceKey } from './asker-reference';
import { withTimeout } from './with-timeout';

export type AskerNotice = 'claimed' | 'answered' | 'closed' | 'reopened';

export interface AskerNotifierOptions {
  tickets: Pick<TicketStore, 'conversationReference'>;
  continueConversation: ContinueConversation;
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 10_000;

export class AskerNotifier {
  constructor(private readonly options: AskerNotifierOptions) {}

  async notify(via: TurnContext, ticket: Ticket, notice: AskerNotice): Promise<void> {
    // The latest reference for that conversation wins: Teams may have moved it to another service URL.
    const reference = this.options.tickets.conversationReference(askerReferenceKey(ticket.askerReference)) ?? ticket.askerReference;
    const activity = this.noticeActivity(ticket, notice, reference.channelId ?? ticket.asker.channelId);
    await withTimeout(
      this.options.continueConversation(via, reference, async (context) => {
        await context.sendActivity(activity);
      }),
      this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      'notifying the asker',
    );
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
