/** Wires the bot and its handlers from configuration; shared by bot/index.ts and the tests. */
import { Config } from '../config/config';
import { Engine } from '../engine/engine';
import { FeedbackStore } from '../store/feedback-store';
import { Logger } from '../logging/create-logger';
import { MolnkollBot } from './molnkoll-bot';
import { QuestionHandler, RenderAnswer } from './question-handler';
import { FeedbackHandler } from './feedback-handler';
import { ComingSoonEscalation } from './escalation-handler';
import { RateLimiter } from './rate-limiter';

export interface BotParts {
  engine: () => Engine | undefined;
  store: FeedbackStore;
  logger: Logger;
  render: RenderAnswer;
  /** Injectable clock for the rate limit. */
  now?: () => number;
}

export function createBot(config: Pick<Config, 'rateLimitPerMinute' | 'maxQuestionChars'>, parts: BotParts): MolnkollBot {
  const { engine, store, logger, render } = parts;
  const limiter = new RateLimiter({ limit: config.rateLimitPerMinute, now: parts.now });
  return new MolnkollBot({
    questions: new QuestionHandler({ engine, render, store, limiter, logger, maxQuestionChars: config.maxQuestionChars }),
    feedback: new FeedbackHandler({ store, logger }),
    escalation: new ComingSoonEscalation(logger),
  });
}
