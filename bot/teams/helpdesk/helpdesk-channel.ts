/**
 * The helpdesk's Teams channel, configured by HELPDESK_CONVERSATION_ID and HELPDESK_SERVICE_URL:
 * posts a ticket's card there (from the outbox drainer) and updates it in place later.
 */
import { Activity, ActivityTypes, ConversationReference, TurnContext } from 'botbuilder';
import { Language } from '../../engine';
import { Ticket } from '../../store/ticket-store';
import { buildTicketCard } from '../../render/ticket-card';
import { Proactive } from '../continue-conversation';
import { withTimeout } from '../../timing/with-timeout';
import { tenantOf } from '../user-key';

export interface HelpdeskChannelOptions {
  conversationId?: string;
  serviceUrl?: string;
  /** The helpdesk's Entra tenant (HELPDESK_TENANT_ID, else MicrosoftAppTenantId); any tenant when unset. */
  tenantId?: string;
  /** The bot's app id; in Teams the bot's channel account is `28:` + the app id. */
  botAppId: string;
  proactive: Proactive;
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
            conversation: { id: conversationId, isGroup: true, conversationType: 'channel', name: '', tenantId: options.tenantId },
            bot: { id: botAppId ? `28:${botAppId}` : 'molnkoll', name: 'Molnkoll' },
          }
        : undefined;
  }

  get configured(): boolean {
    return this.reference !== undefined;
  }

  /** True when `activity` comes from the helpdesk channel (any thread of it) in the helpdesk's tenant. */
  isHelpdeskConversation(activity: Partial<Activity>): boolean {
    const { conversationId } = this.options;
    if (!conversationId || activity.channelId !== 'msteams') return false;
    // A channel thread's id is the channel's own followed by `;messageid=…`.
    const channel = (activity.conversation?.id ?? '').split(';')[0];
    if (channel !== conversationId) return false;
    const tenant = this.options.tenantId;
    return tenant === undefined || tenantOf(activity) === tenant.toLowerCase();
  }

  /** Posts the ticket's card; returns the new activity's id, to update the card later. */
  async post(ticket: Ticket): Promise<string | undefined> {
    let activityId: string | undefined;
    await this.inChannel('posting a ticket card', async (context) => {
      activityId = (await context.sendActivity(this.cardActivity(ticket)))?.id;
    });
    return activityId;
  }

  /** Replaces the ticket's card with one for its current state; false when there is no card to update. */
  async update(ticket: Ticket): Promise<boolean> {
    const id = ticket.helpdeskActivityId;
    if (!id) return false;
    await this.inChannel('updating a ticket card', async (context) => {
      await context.updateActivity({ ...this.cardActivity(ticket), id });
    });
    return true;
  }

  /** Runs `logic` in the helpdesk conversation; for the roster too. */
  async inChannel(what: string, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const reference = this.reference;
    if (!reference) throw new Error('The helpdesk channel is not configured: set HELPDESK_CONVERSATION_ID and HELPDESK_SERVICE_URL');
    await withTimeout(this.options.proactive.continueConversation(reference, logic), this.timeoutMs, what);
  }

  private cardActivity(ticket: Ticket): Partial<Activity> {
    return { type: ActivityTypes.Message, attachments: [buildTicketCard(ticket, this.language)] };
  }
}
