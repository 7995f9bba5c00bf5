/** The analyzer that needs no cloud service: local redaction, then language detection. */
import type { Analysis, Analyzer } from '../types';
import { detectQuestionLanguage } from './detect-language';
import { redact } from './redact';

export class LocalAnalyzer implements Analyzer {
  async analyze(text: string): Promise<Analysis> {
    // Redact first so nothing downstream, not even language detection, sees personal data.
    const { text: redactedText, redactions } = redact(text);
    return { redactedText, redactions, language: detectQuestionLanguage(redactedText), keyPhrases: [] };
  }
}
