/** Wires the bot and its handlers from configuration; shared by bot/index.ts and the tests. */
import { AuthConfig, Config } from '../config/config';
import { Engine } from '../engine';
import { Analyzer, Language } from '../engine';
import { Store } from '../store/store';
import { HelpdeskStore } from '../store/helpdesk-store';
import { Logger } from '../logging/create-logger';
import { MolnkollBot } from './molnkoll-bot';
import { QuestionHandler, RenderAnswer } from './asker/question-handler';
import { FeedbackHandler } from './asker/feedback-handler';
import { EscalationHandler, HelpdeskActionHandler, NoHelpdesk } from './escalation-handler';
import { RateLimiter } from './rate-limiter';
import { RateCounter } from '../store/rate-counter';
import { AskerEscalation } from './asker/asker-escalation';
import { HelpdeskActions } from './helpdesk/helpdesk-actions';
import { HelpdeskChannel } from './helpdesk/helpdesk-channel';
import { HelpdeskMembership } from './helpdesk/helpdesk-membership';
import { AskerNotifier } from './asker/asker-notifier';
import { TeamsRoster } from './helpdesk/teams-roster';
import { Proactive, proactiveFor } from './continue-conversation';
import { OutboxDrainer } from './helpdesk/outbox-drainer';
import { MatrixHandler } from './asker/matrix-handler';

/** What the helpdesk escalation needs beyond the question bot. */
export interface HelpdeskParts {
  /** Tickets, the answer log and the outbox, on one store. */
  tickets: HelpdeskStore;
  /** The engine's analyzer instance: comments and helpdesk answers are redacted as questions are. */
  analyzer: Analyzer;
  settings: Config['helpdesk'];
  /** MicrosoftAppId ('' for the Emulator and tests), for proactive messages. */
  botAppId: string;
  /** The bot's credentials, for the outbox's own adapter; the app id alone (no token) when absent. */
  auth?: AuthConfig;
  /** The helpdesk card's language; Swedish, the organisation's working language, by default. */
  language?: Language;
  /** Replaceable for tests; an adapter of its own from `auth` otherwise. */
  proactive?: Proactive;
  /** Bounds on the roster and proactive calls. */
  timeoutMs?: number;
  /** The outbox's retry timing: first retry after `baseDelayMs`, doubling, at most `maxDelayMs`. */
  outbox?: { baseDelayMs?: number; maxDelayMs?: number; pollMs?: number };
}

export interface BotParts {
  engine: () => Engine | undefined;
  store: Store;
  logger: Logger;
  render: RenderAnswer;
  /** Injectable clock for the rate limits. */
  now?: () => number;
  /** Without it, asking for the helpdesk is answered honestly: none is set up. */
  helpdesk?: HelpdeskParts;
}

export function createBot(config: Pick<Config, 'rateLimitPerMinute' | 'maxQuestionChars' | 'conversationContextMinutes'>, parts: BotParts): MolnkollBot {
  const { engine, store, logger, render } = parts;
  // Every limit counts in the store, so instances that share it share each user's budget.
  const limiter = new RateLimiter({ name: 'question', limit: config.rateLimitPerMinute, counter: store, now: parts.now });
  const helpdesk = parts.helpdesk && createHelpdesk(parts.helpdesk, logger, { rates: store, now: parts.now });
  return new MolnkollBot({
    questions: new QuestionHandler({
      engine,
      render,
      store,
      limiter,
      logger,
      maxQuestionChars: config.maxQuestionChars,
      contextMaxAgeMs: config.conversationContextMinutes * 60_000,
      keepAskerReferences: parts.helpdesk !== undefined,
    }),
    feedback: new FeedbackHandler({ store, logger, render, rates: store, now: parts.now, offerHelpdesk: helpdesk !== undefined }),
    matrix: new MatrixHandler(engine),
    ...(helpdesk ?? { escalation: new NoHelpdesk(logger), helpdesk: new NoHelpdesk(logger) }),
  });
}

function createHelpdesk(
  parts: HelpdeskParts,
  logger: Logger,
  limits: { rates: RateCounter; now?: () => number },
): { escalation: EscalationHandler; helpdesk: HelpdeskActionHandler; background: OutboxDrainer } {
  const { tickets: store, analyzer, settings } = parts;
  const auth = parts.auth ?? { appId: parts.botAppId, appPassword: '', appType: 'MultiTenant', tenantId: '' };
  const proactive = parts.proactive ?? proactiveFor(auth);
  const channel = new HelpdeskChannel({
    conversationId: settings.conversationId,
    serviceUrl: settings.serviceUrl,
    tenantId: settings.tenantId,
    botAppId: parts.botAppId,
    proactive,
    language: parts.language ?? 'sv',
    timeoutMs: parts.timeoutMs,
  });
  const membership = new HelpdeskMembership({
    members: settings.members,
    roster: channel.configured ? new TeamsRoster(channel) : undefined,
    logger,
    timeoutMs: parts.timeoutMs,
  });
  if (!channel.configured) {
    logger.warn('helpdesk channel not configured (HELPDESK_CONVERSATION_ID, HELPDESK_SERVICE_URL): tickets are stored and listed by the tickets CLI, but no helpdesk sees them in Teams');
  }
  const notifier = new AskerNotifier({ tickets: store, proactive, timeoutMs: parts.timeoutMs });
  const drainer = new OutboxDrainer({
    outbox: store.outbox,
    tickets: store,
    inTransaction: (work) => store.inTransaction((tx) => work(tx)),
    channel,
    notifier,
    logger,
    ...parts.outbox,
  });
  drainer.start();
  const kick = () => drainer.kick();
  return {
    escalation: new AskerEscalation({ store, analyzer, channel, logger, kick, ...limits }),
    helpdesk: new HelpdeskActions({ store, analyzer, membership, channel, logger, kick, ...limits }),
    background: drainer,
  };
}
