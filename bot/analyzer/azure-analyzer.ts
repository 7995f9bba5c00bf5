/**
 * An analyzer backed by Azure AI Language, used when the organisation has a Language resource.
 * Only locally redacted text leaves the machine (personal identity numbers never do); what
 * Azure reports as PII is redacted on top. Any failure, timeout or open breaker answers with
 * the local analyzer, so the user always gets an answer.
 */
import { AzureKeyCredential, TextAnalysisClient, type TextAnalysisOperationOptions } from '@azure/ai-language-text';
import { DefaultAzureCredential, type TokenCredential } from '@azure/identity';
import type { Analysis, Analyzer, Language } from '../engine';
import { LANGUAGES } from '../engine';
import { LocalAnalyzer } from '../engine';
import { detectQuestionLanguage } from '../engine';
import { redact, type PersonalDataSpan } from '../engine';
import { CircuitBreaker, type CircuitBreakerOptions } from './circuit-breaker';
import { InvalidLanguageEndpointError, validateEndpoint } from './validate-endpoint';
import { withTimeout } from '../timing/with-timeout';

/** The part of a pino logger used here; a `pino.Logger` fits. */
export interface AnalyzerLogger {
  warn(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
}

export interface AzureAnalyzerOptions {
  /** AZURE_LANGUAGE_ENDPOINT, e.g. https://<resource>.cognitiveservices.azure.com */
  endpoint: string;
  /** AZURE_LANGUAGE_KEY; without it a managed identity is used. */
  key?: string;
  /** Overrides DefaultAzureCredential when no key is given (tests, workload identity). */
  credential?: TokenCredential;
  /** Deadline for the whole round trip; default 1500 ms. */
  timeoutMs?: number;
  breaker?: CircuitBreakerOptions;
  logger: AnalyzerLogger;
  /** What answers when Azure cannot; default LocalAnalyzer. */
  fallback?: Analyzer;
}

/** The synchronous API's per-document limit is 5,120 text elements; UTF-16 length is never less. */
const MAX_DOCUMENT_LENGTH = 5120;
/**
 * Categories Azure reports as PII that questions here need: agencies and vendors (Organization),
 * law dates (DateTime), amounts, links and roles ("systemförvaltare") are the substance of a
 * compliance question, not personal data about anyone.
 */
export const UNREDACTED_CATEGORIES: ReadonlySet<string> = new Set(['Organization', 'DateTime', 'Quantity', 'URL', 'PersonType']);
const PLACEHOLDER = /^\[[\p{L}-]+\]$/u;

export class AzureAnalyzer implements Analyzer {
  private readonly client: TextAnalysisClient;
  private readonly timeoutMs: number;
  private readonly breaker: CircuitBreaker;
  private readonly logger: AnalyzerLogger;
  private readonly fallback: Analyzer;
  private outage = false;

  constructor(options: AzureAnalyzerOptions) {
    const { url, insecureLoopback } = validateEndpoint(options.endpoint);
    const key = options.key?.trim();
    if (insecureLoopback && !key) {
      // The SDK's bearer-token policy refuses http, so every call would silently fall back.
      throw new InvalidLanguageEndpointError(
        'AZURE_LANGUAGE_KEY is required with an http AZURE_LANGUAGE_ENDPOINT: a managed identity token is only sent over https',
      );
    }
    const clientOptions = {
      allowInsecureConnection: insecureLoopback,
      // No retries: the deadline is the timeout, and the breaker decides when to try again.
      retryOptions: { maxRetries: 0 },
      defaultCountryHint: 'SE',
    };
    // Two constructor overloads, so the credential kinds cannot share one call.
    this.client = key
      ? new TextAnalysisClient(url, new AzureKeyCredential(key), clientOptions)
      : new TextAnalysisClient(url, options.credential ?? new DefaultAzureCredential(), clientOptions);
    this.timeoutMs = options.timeoutMs ?? 1500;
    this.breaker = new CircuitBreaker(options.breaker);
    this.logger = options.logger;
    this.fallback = options.fallback ?? new LocalAnalyzer();
  }

  async analyze(text: string): Promise<Analysis> {
    const local = redact(text);
    // Nothing worth a round trip, or too long for the synchronous API: answer locally.
    if (!local.text.trim() || local.text.length > MAX_DOCUMENT_LENGTH || !this.breaker.tryAcquire()) {
      return this.fallback.analyze(text);
    }
    try {
      const analysis = await this.callService(local.text, local.redactions);
      this.breaker.recordSuccess();
      if (this.outage) {
        this.outage = false;
        this.logger.info({ analyzer: 'azure' }, 'Azure AI Language reachable again; analysis uses it again');
      }
      return analysis;
    } catch (error) {
      this.breaker.recordFailure();
      if (!this.outage) {
        // Once per outage, and never the text: only what kind of failure it was.
        this.outage = true;
        this.logger.warn({ analyzer: 'azure', ...describeFailure(error) }, 'Azure AI Language unavailable; analysing locally');
      }
      return this.fallback.analyze(text);
    }
  }

  private async callService(localText: string, localRedactions: number): Promise<Analysis> {
    const hint = detectQuestionLanguage(localText);
    // Three calls in parallel on the same locally redacted text: one round trip of latency. The
    // signal cancels them at the deadline, and the others once one has failed; the deadline also
    // bounds token acquisition for a managed identity, which may not honour the signal.
    const [languages, pii, phrases] = await withTimeout(
      (abortSignal) => {
        const options: TextAnalysisOperationOptions = { abortSignal };
        return Promise.all([
          this.client.analyze('LanguageDetection', [localText], 'SE', options),
          // Without stringIndexType the service counts text elements, not JavaScript's UTF-16 units.
          this.client.analyze('PiiEntityRecognition', [localText], hint, { ...options, stringIndexType: 'Utf16CodeUnit' }),
          this.client.analyze('KeyPhraseExtraction', [localText], hint, options),
        ]);
      },
      this.timeoutMs,
      'Azure AI Language',
    );
    // A per-document error (e.g. unsupported language) loses only that part, never local redaction.
    const found = pii[0]?.error === undefined ? (pii[0]?.entities ?? []) : [];
    const entities = found.filter((e) => !UNREDACTED_CATEGORIES.has(e.category) && !PLACEHOLDER.test(e.text));
    const final = redact(localText, azureSpans(localText, entities));
    const detected = languages[0]?.error === undefined ? languages[0]?.primaryLanguage.iso6391Name : undefined;
    const phraseList = phrases[0]?.error === undefined ? (phrases[0]?.keyPhrases ?? []) : [];
    return {
      redactedText: final.text,
      redactions: localRedactions + final.redactions,
      language: toLanguage(detected) ?? hint,
      keyPhrases: safePhrases(phraseList, final.text, entities.map((e) => e.text)),
    };
  }
}

interface AzureEntity {
  text: string;
  category: string;
  offset: number;
  length: number;
}

/**
 * Spans for Azure's entities in the sent text: wherever the entity's text occurs, and at the
 * reported offsets when those agree with it or the text is not found (over-redacting beats missing).
 */
function azureSpans(sent: string, entities: AzureEntity[]): PersonalDataSpan[] {
  const spans: PersonalDataSpan[] = [];
  for (const { text, category: kind, offset, length } of entities) {
    const found: PersonalDataSpan[] = [];
    for (let at = text ? sent.indexOf(text) : -1; at >= 0; at = sent.indexOf(text, at + text.length)) {
      found.push({ kind, start: at, end: at + text.length });
    }
    if (found.length === 0 || sent.slice(offset, offset + length) === text) found.push({ kind, start: offset, end: offset + length });
    spans.push(...found);
  }
  return spans;
}

/** Keeps key phrases that still read verbatim in the redacted text and hold no PII or placeholder. */
function safePhrases(phrases: string[], redactedText: string, piiTexts: string[]): string[] {
  const haystack = redactedText.toLowerCase();
  const pii = piiTexts.map((t) => t.toLowerCase()).filter((t) => t.length > 0);
  const kept = phrases.filter((phrase) => {
    const p = phrase.toLowerCase();
    return p.trim() !== '' && haystack.includes(p) && !/[[\]]/.test(p) && !pii.some((t) => p.includes(t) || t.includes(p));
  });
  return [...new Set(kept)];
}

function toLanguage(iso: string | undefined): Language | undefined {
  return LANGUAGES.find((l) => l === iso?.toLowerCase());
}

/** What kind of failure, for the log: status and code only, never messages that could echo input. */
function describeFailure(error: unknown): { reason: string; status?: number; code?: string } {
  const e = (typeof error === 'object' && error !== null ? error : {}) as { name?: unknown; statusCode?: unknown; code?: unknown };
  const name = typeof e.name === 'string' ? e.name : 'Error';
  const code = typeof e.code === 'string' ? e.code : undefined;
  if (name === 'AbortError' || name === 'TimeoutError') return { reason: 'timeout' };
  if (typeof e.statusCode === 'number') return { reason: 'http-error', status: e.statusCode, code };
  return { reason: code ?? name, code };
}
