/**
 * A real HTTP server on 127.0.0.1 that speaks the Azure AI Language synchronous REST contract
 * (`POST /language/:analyze-text?api-version=…`), so tests drive the real SDK end to end.
 * It records every request and can be scripted per test: failures, delays, what counts as PII.
 */
import http from 'node:http';
import { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** Path and query as received. */
  url: string;
  headers: http.IncomingHttpHeaders;
  /** The raw body, so assertions see exactly what left the machine. */
  body: string;
}

export interface ScriptedFailure {
  status: number;
  code: string;
  message: string;
}

export interface FakeLanguageScript {
  /** Strings reported as PII wherever they occur, e.g. `{ 'Anna Svensson': 'Person' }`. */
  pii: Record<string, string>;
  /** Phrases reported as key phrases when they occur in the text (case-insensitive). */
  keyPhrases: string[];
  /** Forced language as ISO 639-1; otherwise a crude guess from the text. */
  language?: { name: string; iso6391Name: string };
  /** Every request fails with this status and error body. */
  failure?: ScriptedFailure;
  /** Hold every response this long (ms). */
  delayMs: number;
}

export interface FakeLanguageService {
  /** Base URL to use as AZURE_LANGUAGE_ENDPOINT, e.g. http://127.0.0.1:41234 */
  readonly endpoint: string;
  readonly key: string;
  readonly requests: RecordedRequest[];
  readonly script: FakeLanguageScript;
  /** Parsed bodies of the recorded requests. */
  bodies(): AnalyzeTextBody[];
  close(): Promise<void>;
}

interface DocumentInput {
  id: string;
  text: string;
  language?: string;
  countryHint?: string;
}

export interface AnalyzeTextBody {
  kind: string;
  analysisInput: { documents: DocumentInput[] };
  parameters?: { stringIndexType?: string; modelVersion?: string; [name: string]: unknown };
}

const MODEL_VERSION = '2023-04-15-preview';
const KINDS = ['LanguageDetection', 'PiiEntityRecognition', 'KeyPhraseExtraction'];

export async function startFakeLanguageService(key = 'test-key'): Promise<FakeLanguageService> {
  const requests: RecordedRequest[] = [];
  const script: FakeLanguageScript = { pii: {}, keyPhrases: [], delayMs: 0 };
  const timers = new Set<NodeJS.Timeout>();

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      const [status, payload] = respond(req, body, key, script);
      const send = (): void => {
        if (res.destroyed) return; // the client gave up (timeout): nothing to answer
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify(payload));
      };
      if (script.delayMs <= 0) return send();
      const timer = setTimeout(() => {
        timers.delete(timer);
        send();
      }, script.delayMs);
      timers.add(timer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    endpoint: `http://127.0.0.1:${port}`,
    key,
    requests,
    script,
    bodies: () => requests.map((r) => JSON.parse(r.body) as AnalyzeTextBody),
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port nothing listens on, for the refused-connection case. */
export async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function errorBody(code: string, message: string): object {
  return { error: { code, message } };
}

function respond(req: http.IncomingMessage, raw: string, key: string, script: FakeLanguageScript): [number, object] {
  const url = new URL(req.url ?? '/', 'http://fake');
  if (req.method !== 'POST' || url.pathname !== '/language/:analyze-text') {
    return [404, errorBody('404', 'Resource not found')];
  }
  // The real service checks the key before anything else.
  if (req.headers['ocp-apim-subscription-key'] !== key) {
    return [401, errorBody('401', 'Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.')];
  }
  if (!url.searchParams.get('api-version')) {
    return [400, errorBody('InvalidRequest', 'The api-version query parameter is required.')];
  }
  if (script.failure) return [script.failure.status, errorBody(script.failure.code, script.failure.message)];
  let body: AnalyzeTextBody;
  try {
    body = JSON.parse(raw) as AnalyzeTextBody;
  } catch {
    return [400, errorBody('InvalidRequest', 'Invalid request body.')];
  }
  const documents = body.analysisInput?.documents;
  if (!KINDS.includes(body.kind) || !Array.isArray(documents) || documents.length === 0) {
    return [400, errorBody('InvalidRequest', 'Invalid Request.')];
  }
  const results = { errors: [], modelVersion: MODEL_VERSION };
  switch (body.kind) {
    case 'LanguageDetection':
      return [200, { kind: 'LanguageDetectionResults', results: { ...results, documents: documents.map((d) => ({
        id: d.id, detectedLanguage: { ...(script.language ?? guessLanguage(d.text)), confidenceScore: 0.99 }, warnings: [],
      })) } }];
    case 'PiiEntityRecognition':
      return [200, { kind: 'PiiEntityRecognitionResults', results: { ...results, documents: documents.map((d) =>
        piiDocument(d, script.pii, body.parameters?.stringIndexType)) } }];
    default:
      return [200, { kind: 'KeyPhraseExtractionResults', results: { ...results, documents: documents.map((d) => ({
        id: d.id, keyPhrases: script.keyPhrases.filter((p) => d.text.toLowerCase().includes(p.toLowerCase())), warnings: [],
      })) } }];
  }
}

function guessLanguage(text: string): { name: string; iso6391Name: string } {
  return /[åäö]|\b(och|får|vi|att|är|för)\b/i.test(text)
    ? { name: 'Swedish', iso6391Name: 'sv' }
    : { name: 'English', iso6391Name: 'en' };
}

/**
 * Offsets follow `stringIndexType` as the service does: UTF-16 code units when asked for,
 * otherwise its default, text elements (grapheme clusters), which differ for emoji and the like.
 */
function piiDocument(doc: DocumentInput, pii: Record<string, string>, stringIndexType?: string): object {
  const entities: { text: string; category: string; offset: number; length: number; confidenceScore: number }[] = [];
  let redactedText = doc.text;
  for (const [needle, category] of Object.entries(pii)) {
    for (let at = doc.text.indexOf(needle); at >= 0; at = doc.text.indexOf(needle, at + needle.length)) {
      entities.push({
        text: needle,
        category,
        offset: measure(doc.text.slice(0, at), stringIndexType),
        length: measure(needle, stringIndexType),
        confidenceScore: 0.95,
      });
      redactedText = redactedText.slice(0, at) + '*'.repeat(needle.length) + redactedText.slice(at + needle.length);
    }
  }
  entities.sort((a, b) => a.offset - b.offset);
  return { id: doc.id, redactedText, entities, warnings: [] };
}

function measure(text: string, stringIndexType?: string): number {
  if (stringIndexType === 'Utf16CodeUnit') return text.length;
  if (stringIndexType === 'UnicodeCodePoint') return [...text].length;
  return [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)].length;
}
