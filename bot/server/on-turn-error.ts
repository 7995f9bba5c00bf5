/**
 * The adapter's one error handler: log the stack for operators, a trace for the Emulator,
 * and a friendly message for the user that gives away nothing of the internals.
 */
import { TurnContext } from 'botbuilder';
import { CHAT_STRINGS } from '../engine';
import { Logger } from '../logging/create-logger';
import { pickLanguage } from '../teams/pick-language';
import { userKeyOf } from '../teams/user-key';

export type TurnErrorHandler = (context: TurnContext, error: Error) => Promise<void>;

export function createOnTurnError(logger: Logger): TurnErrorHandler {
  return async function onTurnError(context: TurnContext, error: Error): Promise<void> {
    const { activity } = context;
    logger.error(
      { err: error, activityType: activity.type, channelId: activity.channelId, userHash: userKeyOf(activity) },
      'turn failed',
    );
    try {
      // Only the Emulator shows trace activities; channels drop them.
      await context.sendTraceActivity('OnTurnError Trace', `${error}`, 'https://www.botframework.com/schemas/error', 'TurnError');
      await context.sendActivity(CHAT_STRINGS[pickLanguage(undefined, activity.locale)].turnError);
    } catch (sendError) {
      logger.error({ err: sendError }, 'could not tell the user about a failed turn');
    }
  };
}
