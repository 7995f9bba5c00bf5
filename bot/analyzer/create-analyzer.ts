/**
 * Chooses the analyzer from configuration: Azure AI Language when AZURE_LANGUAGE_ENDPOINT is
 * set (with AZURE_LANGUAGE_KEY, or a managed identity without one), the local one otherwise.
 * Build it once and share it: the bot, the CLI and the escalation store must redact alike.
 */
import type { Analyzer } from '../engine';
import { LocalAnalyzer } from '../engine';
import { AzureAnalyzer, type AnalyzerLogger } from './azure-analyzer';

export interface AnalyzerSettings {
  endpoint?: string;
  key?: string;
  timeoutMs?: number;
}

/** Throws InvalidLanguageEndpointError at startup for an endpoint that must not be used. */
export function createAnalyzer(settings: AnalyzerSettings, logger: AnalyzerLogger): Analyzer {
  const endpoint = settings.endpoint?.trim();
  if (!endpoint) return new LocalAnalyzer();
  return new AzureAnalyzer({ endpoint, key: settings.key, timeoutMs: settings.timeoutMs, logger });
}
