/**
 * Sends what the outbox holds: ticket cards (posted once, then updated in place) and notices to
 * askers, one at a time, oldest first. A message is marked sent only after the connector's 2xx;
 * a failure is retried with exponential backoff (with jitter, capped), across restarts, since
 * the queue is in the store; a refusal no retry can fix (4xx other than 408/429, no private
 * chat with the asker) is given up on and logged. Logs carry ticket ids and outbox ids only.
 */
import { Ticket, TicketStore } from '../../store/ticket-store';
import { Outbox, QueuedMessage } from '../../store/outbox';
import { Logger } from '../../logging/create-logger';
import { AskerNotifier, NoPrivateConversationError } from '../asker/asker-notifier';
import { describeError } from '../describe-error';
import { HelpdeskChannel } from './helpdesk-channel';

export interface OutboxDrainerOptions {
  outbox: Outbox;
  tickets: Pick<TicketStore, 'getTicket' | 'setHelpdeskActivityId'>;
  /** Runs the "mark sent" and what goes with it as one transaction, on the view it is given. */
  inTransaction<T>(work: (tx: { outbox: Outbox } & Pick<TicketStore, 'setHelpdeskActivityId'>) => Promise<T>): Promise<T>;
  channel: HelpdeskChannel;
  notifier: AskerNotifier;
  logger: Logger;
  /** First retry after this long, doubling each attempt. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** How often the queue is looked at when nothing kicks the drainer. */
  pollMs?: number;
  now?: () => Date;
}

const BATCH = 20;
const RETRYABLE_STATUSES = new Set([408, 429]);

export class OutboxDrainer {
  private readonly now: () => Date;
  private timer: NodeJS.Timeout | undefined;
  private draining: Promise<void> | undefined;
  private again = false;
  private stopped = true;

  constructor(private readonly options: OutboxDrainerOptions) {
    this.now = options.now ?? (() => new Date());
  }

  /** Starts draining: at once (what a previous process left), then on every kick and poll. */
  start(): void {
    this.stopped = false;
    this.kick();
  }

  /** Something was queued: drain soon. */
  kick(): void {
    if (this.stopped) return;
    if (this.draining) {
      this.again = true;
      return;
    }
    this.draining = this.drainAll().finally(() => {
      this.draining = undefined;
      if (this.again) {
        this.again = false;
        this.kick();
      } else {
        void this.schedule();
      }
    });
  }

  /** Stops taking new work and waits for the send in progress. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.draining;
  }

  /** Sends every message that is due now; returns how many went out. */
  async drainOnce(): Promise<number> {
    let sent = 0;
    for (const message of await this.options.outbox.takeDue(this.now(), BATCH)) {
      if (this.stopped) break;
      if (await this.send(message)) sent += 1;
    }
    return sent;
  }

  private async drainAll(): Promise<void> {
    try {
      while (!this.stopped && (await this.drainOnce()) > 0) {
        // Sent something: more may have become due meanwhile.
      }
    } catch (error) {
      this.options.logger.error({ err: describeError(error) }, 'outbox drain failed; will try again');
    }
  }

  private async schedule(): Promise<void> {
    if (this.stopped) return;
    const poll = this.options.pollMs ?? 1000;
    let next: Date | undefined;
    try {
      next = await this.options.outbox.nextAttemptAt();
    } catch (error) {
      this.options.logger.error({ err: describeError(error) }, 'outbox not readable; will look again');
    }
    if (this.stopped || this.draining) return;
    clearTimeout(this.timer);
    const wait = next === undefined ? poll : Math.min(poll, Math.max(0, next.getTime() - this.now().getTime()));
    this.timer = setTimeout(() => this.kick(), wait);
    this.timer.unref();
  }

  private async send(message: QueuedMessage): Promise<boolean> {
    const { outbox, logger } = this.options;
    const ticket = await this.options.tickets.getTicket(message.ticketId);
    if (!ticket) {
      await outbox.markGivenUp(message.id, 'no such ticket', this.now());
      return false;
    }
    try {
      if (message.kind === 'ticket_card') await this.sendCard(message, ticket);
      else {
        await this.options.notifier.notify(ticket, message.notice);
        await outbox.markSent(message.id, this.now());
      }
      logger.info({ outboxId: message.id, kind: message.kind, ticketId: ticket.id, attempts: message.attempts + 1 }, 'outbox message delivered');
      return true;
    } catch (error) {
      const summary = describeError(error);
      if (!retryable(error)) {
        await outbox.markGivenUp(message.id, `${summary.name}: ${summary.message}`, this.now());
        logger.error({ outboxId: message.id, kind: message.kind, ticketId: ticket.id, err: summary }, 'outbox message refused; not retried');
        return false;
      }
      const delay = this.backoff(message.attempts);
      await outbox.markFailed(message.id, `${summary.name}: ${summary.message}`, new Date(this.now().getTime() + delay));
      logger.warn({ outboxId: message.id, kind: message.kind, ticketId: ticket.id, attempts: message.attempts + 1, retryInMs: delay, err: summary }, 'outbox message not delivered; will retry');
      return false;
    }
  }

  /** Posts the card the first time, updates it in place after; the card's id is kept with "sent". */
  private async sendCard(message: QueuedMessage, ticket: Ticket): Promise<void> {
    const { channel } = this.options;
    if (ticket.helpdeskActivityId) {
      await channel.update(ticket);
      await this.options.outbox.markSent(message.id, this.now());
      return;
    }
    const activityId = await channel.post(ticket);
    await this.options.inTransaction(async (tx) => {
      if (activityId) await tx.setHelpdeskActivityId(ticket.id, activityId);
      await tx.outbox.markSent(message.id, this.now());
    });
  }

  private backoff(attempts: number): number {
    const base = this.options.baseDelayMs ?? 1000;
    const max = this.options.maxDelayMs ?? 5 * 60_000;
    const exponential = Math.min(max, base * 2 ** Math.min(attempts, 30));
    // Jitter of up to a quarter, so many queued messages do not retry in lockstep.
    return Math.round(exponential * (0.75 + Math.random() * 0.25));
  }
}

function retryable(error: unknown): boolean {
  if (error instanceof NoPrivateConversationError) return false;
  const status = (error as { statusCode?: unknown }).statusCode;
  if (typeof status !== 'number') return true; // timeouts, refused connections, resets
  return status >= 500 || RETRYABLE_STATUSES.has(status);
}
