/**
 * The helpdesk's Teams channel, configured by HELPDESK_CONVERSATION_ID and HELPDESK_SERVICE_URL:
 * posts a ticket's card there from another conversation's turn and updates it in place later.
 */
import { Activity, ActivityTypes, ConversationReference, TurnContext } from 'botbuilder';
import { Language } from '../engine';
import { Ticket } from '../store/ticket-store';
import { buildTicketCard } from '../render/ticket-card';
import { ContinueConversation } from './continue-conversation';
import { withTimeout } from './with-timeout';

export interface HelpdeskChannelOptions {
  conversationId?: string;
  serviceUrl?: string;
  /** The bot's app id; in Teams the bot's channel account is `28:` + the app id. */
  botAppId: string;
  continueConversation: ContinueConversation;
  /** The helpdesk's working language, for its cards. */
  language: Language;
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 10_000;

export class HelpdeskChannel {
  /** Undefined when the channel is not configured: tickets then wait in the store. */
  readonly reference: Partial<ConversationReference> | undefined;
  readonly language: Language;
  private readonly timeoutMs: number;

  constructor(private readonly options: HelpdeskChannelOptions) {
    const { conversationId, serviceUrl, botAppId } = options;
    this.language = options.language;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.reference =
      conversationId && serviceUrl
        ? {
            channelId: 'msteams',
            serviceUrl,
            conversation: { id: conversationId, isGroup: true, conversationType: 'channel', name: '' },
            bot: { id: botAppId ? `28:${botAppId}` : 'molnkoll', name: 'Molnkoll' },
          }
        : undefined;
  }

  get configured(): boolean {
    return this.reference !== undefined;
  }

  /** Posts the ticket's card; returns the new activity's id, to update the card later. */
  async post(via: TurnContext, ticket: Ticket): Promise<string | undefined> {
    let activityId: string | undefined;
    await this.inChannel(via, 'posting a ticket card', async (context) => {
      activityId = (await context.sendActivity(this.cardActivity(ticket)))?.id;
    });
    return activityId;
  }

  /** Replaces the ticket's card with one for its current state; false when there is no card to update. */
  async update(via: TurnContext, ticket: Ticket): Promise<boolean> {
    const id = ticket.helpdeskActivityId;
    if (!id) return false;
    await this.inChannel(via, 'updating a ticket card', async (context) => {
      await context.updateActivity({ ...this.cardActivity(ticket), id });
    });
    return true;
  }

  /** Runs `logic` in the helpdesk conversation; for the roster too. */
  async inChannel(via: TurnContext, what: string, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const reference = this.reference;
    if (!reference) throw new Error('The helpdesk channel is not configured: set HELPDESK_CONVERSATION_ID and HELPDESK_SERVICE_URL');
    await withTimeout(this.options.continueConversation(via, reference, logic), this.timeoutMs, what);
  }

  private cardActivity(ticket: Ticket): Partial<Activity> {
    return { type: ActivityTypes.Message, attachments: [buildTicketCard(ticket, this.language)] };
  }
}
