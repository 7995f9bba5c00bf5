/**
 * Runs logic in another conversation (the helpdesk channel, the asker's chat), in a turn or
 * from the outbox drainer with no turn at all: an adapter of its own, made from the bot's
 * credentials, so messages queued before a restart go out before anyone writes again. With an
 * empty app id (the Emulator, the tests' connector stand-in) it sends without a token.
 */
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, ConversationParameters, ConversationReference, TurnContext } from 'botbuilder';
import { AuthConfig } from '../config/config';

export type ConversationLogic = (context: TurnContext) => Promise<void>;

export interface Proactive {
  /** Runs `logic` in the conversation of `reference`. */
  continueConversation(reference: Partial<ConversationReference>, logic: ConversationLogic): Promise<void>;
  /** Opens (or reopens: Teams returns the existing one) the bot's 1:1 chat with `userId` and runs `logic` there. */
  createPersonalConversation(reference: Partial<ConversationReference>, userId: string, logic: ConversationLogic): Promise<void>;
}

export function proactiveFor(auth: AuthConfig): Proactive {
  const adapter = new CloudAdapter(
    new ConfigurationBotFrameworkAuthentication({
      MicrosoftAppId: auth.appId,
      MicrosoftAppPassword: auth.appPassword,
      MicrosoftAppType: auth.appType,
      MicrosoftAppTenantId: auth.tenantId,
    }),
  );
  return {
    continueConversation: (reference, logic) => rethrowing((inner) => adapter.continueConversationAsync(auth.appId, reference, inner), logic),
    createPersonalConversation: (reference, userId, logic) => {
      const tenantId = reference.conversation?.tenantId;
      const parameters = {
        isGroup: false,
        bot: reference.bot,
        members: [{ id: userId, name: '' }],
        tenantId,
        channelData: tenantId ? { tenant: { id: tenantId } } : undefined,
      } as ConversationParameters;
      return rethrowing(
        (inner) => adapter.createConversationAsync(auth.appId, reference.channelId ?? 'msteams', reference.serviceUrl ?? '', undefined as unknown as string, parameters, inner),
        logic,
      );
    },
  };
}

/**
 * The adapter hands errors thrown by `logic` to onTurnError, which would swallow them; caught
 * here, the caller (the drainer, to retry) decides instead.
 */
async function rethrowing(run: (inner: ConversationLogic) => Promise<void>, logic: ConversationLogic): Promise<void> {
  let failure: { error: unknown } | undefined;
  await run(async (context) => {
    try {
      await logic(context);
    } catch (error) {
      failure = { error };
    }
  });
  if (failure) throw failure.error;
}
