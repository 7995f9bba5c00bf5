import pino from 'pino';
import { AzureAnalyzer, type AnalyzerLogger } from '../../bot/analyzer/azure-analyzer';
import { LocalAnalyzer } from '../../bot/engine/analysis/local-analyzer';
import { closedPort, startFakeLanguageService, type FakeLanguageService } from '../support/fake-language-service';

const QUESTION = 'Får vi lagra ärendet om Anna Svensson, 19121212-1212, i Microsoft 365?';
const PIN_FORMS = ['19121212-1212', '191212121212', '121212-1212', '1212121212', '811218-9876', '8112189876'];

/** A pino logger writing into an array, so assertions see exactly what would be logged. */
function captureLogger(): { logger: AnalyzerLogger; lines: string[]; levels: () => string[] } {
  const lines: string[] = [];
  const logger = pino({ base: null }, { write: (line: string) => void lines.push(line) });
  const levels = (): string[] => lines.map((l) => pino.levels.labels[(JSON.parse(l) as { level: number }).level]);
  return { logger, lines, levels };
}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 100));

let service: FakeLanguageService;
let clock: number;

beforeEach(async () => {
  service = await startFakeLanguageService('secret-key');
  clock = 0;
});
afterEach(() => service.close());

function analyzer(logger: AnalyzerLogger, overrides: { endpoint?: string; key?: string; timeoutMs?: number } = {}): AzureAnalyzer {
  return new AzureAnalyzer({
    endpoint: overrides.endpoint ?? service.endpoint,
    key: overrides.key ?? service.key,
    timeoutMs: overrides.timeoutMs ?? 1500,
    breaker: { now: () => clock },
    logger,
  });
}

describe('AzureAnalyzer against the Language REST contract', () => {
  test('sends one request per kind with the key, the api-version and the Swedish country hint', async () => {
    await analyzer(captureLogger().logger).analyze(QUESTION);

    expect(service.requests).toHaveLength(3);
    for (const request of service.requests) {
      expect(request.method).toBe('POST');
      expect(request.url).toMatch(/^\/language\/:analyze-text\?api-version=\d{4}-\d{2}-\d{2}/);
      expect(request.headers['ocp-apim-subscription-key']).toBe('secret-key');
    }
    const bodies = service.bodies();
    expect(bodies.map((b) => b.kind).sort()).toEqual(['KeyPhraseExtraction', 'LanguageDetection', 'PiiEntityRecognition']);
    const detection = bodies.find((b) => b.kind === 'LanguageDetection')!;
    expect(detection.analysisInput.documents[0].countryHint).toBe('SE');
    const pii = bodies.find((b) => b.kind === 'PiiEntityRecognition')!;
    // Offsets must come back in JavaScript string units, or redaction would cut the wrong characters.
    expect(pii.parameters?.stringIndexType).toBe('Utf16CodeUnit');
    expect(pii.analysisInput.documents[0].language).toBe('sv');
  });

  test('no personal identity number is ever in a request body', async () => {
    const subject = analyzer(captureLogger().logger);
    await subject.analyze(QUESTION);
    await subject.analyze('Kan 811218-9876 och 8112189876 samt 121212-1212 lagras i Azure?');
    await subject.analyze('May we store 191212121212 in OneDrive?');

    expect(service.requests).toHaveLength(9);
    for (const { body } of service.requests) {
      for (const pin of PIN_FORMS) expect(body).not.toContain(pin);
      expect(body).toContain('[personnummer]');
    }
  });

  test('a name the service reports as PII is redacted on top of local redaction and counted', async () => {
    service.script.pii = { 'Anna Svensson': 'Person', Microsoft: 'Organization' };
    service.script.keyPhrases = ['Anna Svensson', 'Microsoft 365', 'ärendet'];
    const local = await new LocalAnalyzer().analyze(QUESTION);

    const analysis = await analyzer(captureLogger().logger).analyze(QUESTION);

    expect(local.redactedText).toContain('Anna Svensson'); // so the test shows Azure's part
    expect(analysis.redactedText).not.toContain('Anna');
    expect(analysis.redactedText).not.toContain('Svensson');
    expect(analysis.redactedText).not.toContain('19121212');
    expect(analysis.redactedText).toContain('[personuppgift]');
    // Organisations are what compliance questions are about: not redacted.
    expect(analysis.redactedText).toContain('Microsoft 365');
    expect(analysis.redactions).toBe(local.redactions + 1);
    expect(analysis.language).toBe('sv');
    expect(analysis.keyPhrases.sort()).toEqual(['Microsoft 365', 'ärendet']);
  });

  test('every occurrence of a reported name is redacted, also after characters of two UTF-16 units', async () => {
    service.script.pii = { 'Anna Svensson': 'Person' };
    const text = '👍👍 Anna Svensson ringde. Får Anna Svensson använda Teams?';

    const analysis = await analyzer(captureLogger().logger).analyze(text);

    expect(analysis.redactedText).toBe('👍👍 [personuppgift] ringde. Får [personuppgift] använda Teams?');
    expect(analysis.redactions).toBe(2);
  });

  test("Azure's language is used when it is Swedish or English", async () => {
    service.script.language = { name: 'English', iso6391Name: 'en' };
    const analysis = await analyzer(captureLogger().logger).analyze('Får vi använda Teams?');
    expect(analysis.language).toBe('en');
  });

  test('empty text is answered locally without a request', async () => {
    const analysis = await analyzer(captureLogger().logger).analyze('   ');
    expect(service.requests).toHaveLength(0);
    expect(analysis).toEqual(await new LocalAnalyzer().analyze('   '));
  });
});

describe('AzureAnalyzer falls back to local analysis', () => {
  const failures: [string, (s: FakeLanguageService) => Promise<{ endpoint?: string; key?: string }>][] = [
    ['a 503', async (s) => {
      s.script.failure = { status: 503, code: 'ServiceUnavailable', message: 'The service is temporarily unavailable.' };
      return {};
    }],
    ['a 401 (wrong key)', async () => ({ key: 'wrong-key' })],
    ['a slow response', async (s) => {
      s.script.delayMs = 2000;
      return {};
    }],
    ['a refused connection', async () => ({ endpoint: `http://127.0.0.1:${await closedPort()}` })],
  ];

  test.each(failures)('%s ends in the local answer, logged once and without the text', async (_name, arrange) => {
    const overrides = await arrange(service);
    const { logger, lines, levels } = captureLogger();
    const subject = analyzer(logger, { ...overrides, timeoutMs: 300 });
    const expected = await new LocalAnalyzer().analyze(QUESTION);

    const started = Date.now();
    const first = await subject.analyze(QUESTION);
    const second = await subject.analyze(QUESTION);

    expect(first).toEqual(expected);
    expect(second).toEqual(expected);
    expect(Date.now() - started).toBeLessThan(1500); // the timeout, not the service, sets the pace
    expect(levels()).toEqual(['warn']);
    const log = lines.join('\n');
    for (const fragment of ['Anna', 'Svensson', '19121212', 'Microsoft 365', 'lagra']) expect(log).not.toContain(fragment);
  });

  test('recovery is logged once as info, and the next outage warns again', async () => {
    const { logger, levels } = captureLogger();
    const subject = analyzer(logger);
    service.script.failure = { status: 503, code: 'ServiceUnavailable', message: 'Unavailable' };
    await subject.analyze(QUESTION);
    service.script.failure = undefined;
    await subject.analyze(QUESTION);
    await subject.analyze(QUESTION);
    service.script.failure = { status: 500, code: 'InternalServerError', message: 'Oops' };
    await subject.analyze(QUESTION);

    expect(levels()).toEqual(['warn', 'info', 'warn']);
  });

  test('the breaker opens after three failures: no request reaches the service until the cool-down ends', async () => {
    service.script.failure = { status: 503, code: 'ServiceUnavailable', message: 'Unavailable' };
    const subject = analyzer(captureLogger().logger);
    let seen = 0;
    for (let i = 0; i < 3; i++) {
      await subject.analyze(QUESTION);
      // Once one call fails its siblings are cancelled, some before they leave: let stragglers land.
      await settle();
      expect(service.requests.length).toBeGreaterThan(seen);
      seen = service.requests.length;
    }

    clock += 29_000;
    const whileOpen = await Promise.all([subject.analyze(QUESTION), subject.analyze(QUESTION)]);
    await settle();
    expect(service.requests).toHaveLength(seen);
    expect(whileOpen[0]).toEqual(await new LocalAnalyzer().analyze(QUESTION));

    // Half-open: one trial goes out; it succeeds, so the breaker closes.
    service.script.failure = undefined;
    service.script.pii = { 'Anna Svensson': 'Person' };
    clock += 1_000;
    const trial = await subject.analyze(QUESTION);
    expect(service.requests).toHaveLength(seen + 3);
    expect(trial.redactedText).not.toContain('Anna');
    await subject.analyze(QUESTION);
    expect(service.requests).toHaveLength(seen + 6);
  });
});
