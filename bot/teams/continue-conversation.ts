/**
 * Runs logic in another conversation (the helpdesk channel, the asker's chat) from inside a
 * turn, through the turn's own adapter: `continueConversationAsync` with the bot's app id,
 * which with an empty id (the Emulator, the tests' connector stand-in) sends without a token.
 */
import { ConversationReference, TurnContext } from 'botbuilder';

export type ContinueConversation = (
  via: TurnContext,
  reference: Partial<ConversationReference>,
  logic: (context: TurnContext) => Promise<void>,
) => Promise<void>;

export function continueWithAppId(botAppId: string): ContinueConversation {
  return async (via, reference, logic) => {
    // The adapter hands errors thrown by `logic` to onTurnError, which would tell the *turn's*
    // user that something failed and swallow it; caught here, the caller decides instead.
    let failure: { error: unknown } | undefined;
    await via.adapter.continueConversationAsync(botAppId, reference, async (context) => {
      try {
        await logic(context);
      } catch (error) {
        failure = { error };
      }
    });
    if (failure) throw failure.error;
  };
}
