/**
 * The engine's public face: everything the CLI, the bot, the channels and the adapters use.
 * Code outside bot/engine imports the engine only from here (a lint rule holds it), so what
 * lies behind can be rearranged freely.
 */
export * from './types';
export { createEngine, formatProblem } from './engine';
export { contextOf } from './question/context-of';
export type { Engine, EngineOptions, KnowledgeView, KnowledgeVersion, ReloadResult } from './engine';
export { LocalAnalyzer } from './analysis/local-analyzer';
export { redact } from './analysis/redact';
export type { PersonalDataSpan } from './analysis/redact';
export { detectLanguage, detectQuestionLanguage } from './analysis/detect-language';
export { loadKnowledgeBase } from './knowledge-base';
export { loadKnowledgeFolder } from './knowledge/load-knowledge-folder';
export { activeRulings } from './verdict/decide-verdict';
export type { RulingRef } from './verdict/decide-verdict';
export { laterDocumentsFor } from './verdict/later-documents';
export { verdictMatrix } from './verdict/verdict-matrix';
export type { MatrixCell, MatrixSource, VerdictMatrix } from './verdict/verdict-matrix';
export { rulingsToReview } from './verdict/rulings-to-review';
export type { ReviewItem } from './verdict/rulings-to-review';
export { normalizeText } from './text/normalize';
export { textIn } from './text/localized-text';
export { answerLines } from './compose/plain-answer';
export type { LineOptions } from './compose/plain-answer';
export { ANSWER_STRINGS, formatDate } from './strings/answer';
export { VERDICT_HEADLINES } from './strings/verdicts';
export { CARD_STRINGS } from './strings/card';
export type { CardStrings } from './strings/card';
export { CHAT_STRINGS, WELCOME_TEXT } from './strings/chat';
export { HELPDESK_STRINGS } from './strings/helpdesk';
export { MATRIX_STRINGS } from './strings/matrix';
export type { MatrixStrings } from './strings/matrix';
