/** Answers `matris` / `matrix` with the verdict matrix of the knowledge served now. */
import { TurnContext } from 'botbuilder';
import { CHAT_STRINGS, Engine, Language, verdictMatrix } from '../../engine';
import { renderMatrix } from '../../render/render-matrix';

export class MatrixHandler {
  constructor(private readonly engine: () => Engine | undefined) {}

  async handle(context: TurnContext, language: Language): Promise<void> {
    const engine = this.engine();
    if (!engine) {
      await context.sendActivity(CHAT_STRINGS[language].startingUp);
      return;
    }
    const { glossary, documents } = engine.knowledge;
    await context.sendActivity(renderMatrix(verdictMatrix(glossary, documents), context.activity.channelId, language));
  }
}
