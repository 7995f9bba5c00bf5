/** Wires the bot and its handlers from configuration; shared by bot/index.ts and the tests. */
import { Config } from '../config/config';
import { Engine } from '../engine';
import { Analyzer, Language } from '../engine';
import { FeedbackStore } from '../store/feedback-store';
import { LatestAnswerMemory } from '../store/latest-answer';
import { TicketStore } from '../store/ticket-store';
import { Logger } from '../logging/create-logger';
import { MolnkollBot } from './molnkoll-bot';
import { QuestionHandler, RenderAnswer } from './question-handler';
import { FeedbackHandler } from './feedback-handler';
import { ComingSoonEscalation, EscalationHandler, HelpdeskActionHandler } from './escalation-handler';
import { RateLimiter } from './rate-limiter';
import { AskerEscalation } from './asker-escalation';
import { HelpdeskActions } from './helpdesk-actions';
import { HelpdeskChannel } from './helpdesk-channel';
import { HelpdeskMembership } from './helpdesk-membership';
import { AskerNotifier } from './asker-notifier';
import { TeamsRoster } from './teams-roster';
import { ContinueConversation, continueWithAppId } from './continue-conversation';

/** What the helpdesk escalation needs beyond the question bot. */
export interface HelpdeskParts {
  tickets: TicketStore;
  /** The engine's analyzer instance: comments and helpdesk answers are redacted as questions are. */
  analyzer: Analyzer;
  settings: Config['helpdesk'];
  /** MicrosoftAppId ('' for the Emulator and tests), for proactive messages. */
  botAppId: string;
  /** The helpdesk card's language; Swedish, the organisation's working language, by default. */
  language?: Language;
  /** Replaceable for tests; continueConversationAsync on the turn's adapter otherwise. */
  continueConversation?: ContinueConversation;
  /** Bounds on the roster and proactive calls. */
  timeoutMs?: number;
}

export interface BotParts {
  engine: () => Engine | undefined;
  store: FeedbackStore & LatestAnswerMemory;
  logger: Logger;
  render: RenderAnswer;
  /** Injectable clock for the rate limit. */
  now?: () => number;
  /** Without it, the helpdesk actions answer that the helpdesk is coming soon. */
  helpdesk?: HelpdeskParts;
}

export function createBot(config: Pick<Config, 'rateLimitPerMinute' | 'maxQuestionChars'>, parts: BotParts): MolnkollBot {
  const { engine, store, logger, render } = parts;
  const limiter = new RateLimiter({ limit: config.rateLimitPerMinute, now: parts.now });
  const helpdesk = parts.helpdesk && createHelpdesk(parts.helpdesk, store, engine, logger);
  return new MolnkollBot({
    questions: new QuestionHandler({
      engine,
      render,
      store,
      limiter,
      logger,
      maxQuestionChars: config.maxQuestionChars,
      escalations: parts.helpdesk?.tickets,
    }),
    feedback: new FeedbackHandler({ store, logger }),
    ...(helpdesk ?? { escalation: new ComingSoonEscalation(logger), helpdesk: new ComingSoonEscalation(logger) }),
  });
}

function createHelpdesk(
  parts: HelpdeskParts,
  answers: LatestAnswerMemory,
  engine: () => Engine | undefined,
  logger: Logger,
): { escalation: EscalationHandler; helpdesk: HelpdeskActionHandler } {
  const { tickets, analyzer, settings } = parts;
  const continueConversation = parts.continueConversation ?? continueWithAppId(parts.botAppId);
  const channel = new HelpdeskChannel({
    conversationId: settings.conversationId,
    serviceUrl: settings.serviceUrl,
    botAppId: parts.botAppId,
    continueConversation,
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
  const notifier = new AskerNotifier({ tickets, continueConversation, timeoutMs: parts.timeoutMs });
  return {
    escalation: new AskerEscalation({ tickets, answers, engine, analyzer, channel, logger }),
    helpdesk: new HelpdeskActions({ tickets, analyzer, membership, channel, notifier, logger }),
  };
}
