/**
 * `npm run bench`: the figures of the speed issue, printed as they are measured and at the end
 * as one JSON line. The engine is measured on generated folders (fixed seed) of 10,000 and
 * 50,000 passages, each in a fresh process, so memory is the engine's alone; the bot is
 * measured over HTTP with the bundled knowledge against an echo bot on the same stack. All of
 * it runs the compiled code that `npm start` runs. It checks nothing and is not a test: numbers
 * vary by machine, so compare them as ratios.
 *   BENCH_QUESTIONS (1000), BENCH_QUESTIONS_50K (1000), BENCH_HTTP_SECONDS (10),
 *   BENCH_SKIP_50K=1, BENCH_SKIP_HTTP=1, BENCH_KEEP=1 (keep the generated folders)
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadKnowledgeBase } from '../engine';
import { generateCorpus, readVocabulary } from '../bench/generate-corpus';
import { corpusQuestions } from '../bench/corpus-questions';
import { firstJsonLine, freePort, startNode, stop, waitFor } from '../bench/child-process';
import { LoadResult, loadBot } from '../bench/load-bot';

const SOURCE_DIR = path.resolve('knowledge');
const DIST = path.resolve('dist/bot');
const SEED = 42;
const HTTP_CONNECTIONS = 50;
const HTTP_QUESTIONS = 300;

interface EngineFigures {
  load_ms: number;
  ask_p50_ms: number;
  ask_p99_ms: number;
  rss_loaded_mb: number;
  rss_mb: number;
  heap_live_mb: number;
  questions: number;
  answered: number;
}

async function main(): Promise<void> {
  const env = process.env;
  console.log('building the compiled bot (npm run build)…');
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'molnkoll-bench-'));
  const result: Record<string, number> = {};
  try {
    const at10k = await measureCorpus(root, 10_000, Number(env.BENCH_QUESTIONS ?? 1000));
    Object.assign(result, {
      passages: at10k.passages,
      build_ms: at10k.buildMs,
      index_bytes: at10k.indexBytes,
      load_ms: at10k.engine.load_ms,
      ask_p50_ms: at10k.engine.ask_p50_ms,
      ask_p99_ms: at10k.engine.ask_p99_ms,
      rss_loaded_mb: at10k.engine.rss_loaded_mb,
      rss_mb: at10k.engine.rss_mb,
      heap_live_mb: at10k.engine.heap_live_mb,
    });
    if (env.BENCH_SKIP_50K !== '1') {
      const at50k = await measureCorpus(root, 50_000, Number(env.BENCH_QUESTIONS_50K ?? 1000));
      Object.assign(result, {
        passages_50k: at50k.passages,
        build_ms_50k: at50k.buildMs,
        index_bytes_50k: at50k.indexBytes,
        load_ms_50k: at50k.engine.load_ms,
        ask_p50_ms_50k: at50k.engine.ask_p50_ms,
        ask_p99_ms_50k: at50k.engine.ask_p99_ms,
        rss_loaded_mb_50k: at50k.engine.rss_loaded_mb,
        rss_mb_50k: at50k.engine.rss_mb,
        heap_live_mb_50k: at50k.engine.heap_live_mb,
      });
    }
    if (env.BENCH_SKIP_HTTP !== '1') {
      const seconds = Number(env.BENCH_HTTP_SECONDS ?? 10);
      const bot = await measureHttp(root, 'molnkoll', path.join(DIST, 'index.js'), seconds);
      const echo = await measureHttp(root, 'echo', path.join(DIST, 'bench/echo-bot.js'), seconds);
      Object.assign(result, { http_rps: bot.rps, http_p99_ms: bot.p99Ms, echo_rps: echo.rps, echo_p99_ms: echo.p99Ms, http_ratio: Math.round((bot.rps / echo.rps) * 100) / 100 });
    }
    console.log(JSON.stringify(result));
  } finally {
    if (env.BENCH_KEEP !== '1') fs.rmSync(root, { recursive: true, force: true });
  }
}

async function measureCorpus(root: string, passages: number, questions: number) {
  const dir = path.join(root, `knowledge-${passages}`);
  const cacheDir = path.join(root, `data-${passages}`);
  console.log(`generating about ${passages.toLocaleString('en')} passages in ${dir}`);
  const documents = generateCorpus({ dir, passages, seed: SEED, sourceDir: SOURCE_DIR, onProgress: (n) => console.log(`  ${n} documents written`) });
  console.log(`indexing ${documents} documents…`);
  const started = performance.now();
  const base = await loadKnowledgeBase(dir, cacheDir);
  const buildMs = Math.round(performance.now() - started);
  const indexBytes = fs.readdirSync(cacheDir).reduce((sum, name) => sum + fs.statSync(path.join(cacheDir, name)).size, 0);
  console.log(`index build: ${buildMs} ms for ${base.passages.length} passages (${base.problems.length} problems); cache ${(indexBytes / 2 ** 20).toFixed(1)} MB`);
  console.log(`asking ${questions} questions in a fresh process…`);
  const output = execFileSync(process.execPath, ['--expose-gc', path.join(DIST, 'bench/measure-engine.js'), dir, cacheDir, String(questions), SOURCE_DIR], { encoding: 'utf8', maxBuffer: 1 << 24 });
  const engine = JSON.parse(output.trim().split('\n').pop()!) as EngineFigures;
  console.log(`cache load ${engine.load_ms} ms; ask p50 ${engine.ask_p50_ms} ms, p99 ${engine.ask_p99_ms} ms (${engine.answered} of ${engine.questions} answered); RSS ${engine.rss_loaded_mb} MB loaded, ${engine.rss_mb} MB after the questions; heap in use after a full GC ${engine.heap_live_mb} MB`);
  return { passages: base.passages.length, buildMs, indexBytes, engine };
}

/** One bot (Molnkoll or the echo bot) in its own process, the connector stand-in in another, autocannon here. */
async function measureHttp(root: string, name: string, script: string, seconds: number): Promise<LoadResult> {
  const standIn = startNode(path.join(DIST, 'bench/connector-stand-in.js'), [], process.env, true);
  const port = await freePort();
  const bot = startNode(script, [], {
    ...process.env,
    PORT: String(port),
    KNOWLEDGE_DIR: SOURCE_DIR,
    DATA_DIR: fs.mkdtempSync(path.join(root, `data-${name}-`)),
    MicrosoftAppId: '',
    MicrosoftAppPassword: '',
    LOG_LEVEL: 'warn',
    // Each bench user asks far fewer than this a minute: the limit is not what is measured.
    RATE_LIMIT_PER_MINUTE: '10000',
  });
  try {
    const { port: standInPort } = await firstJsonLine<{ port: number }>(standIn);
    const url = `http://127.0.0.1:${port}`;
    await waitFor(`${url}/readyz`, 60_000);
    const load = { url, serviceUrl: `http://127.0.0.1:${standInPort}`, questions: httpQuestions(), connections: HTTP_CONNECTIONS, users: 1000 };
    await loadBot({ ...load, seconds: 2 }); // warm up the JIT and the caches
    console.log(`${name}: ${HTTP_CONNECTIONS} connections for ${seconds} s…`);
    const measured = await loadBot({ ...load, seconds });
    const { replies } = (await (await fetch(`http://127.0.0.1:${standInPort}/count`)).json()) as { replies: number };
    console.log(`${name}: ${measured.rps} requests/s, p50 ${measured.p50Ms} ms, p99 ${measured.p99Ms} ms (${measured.requests} requests, ${measured.non2xx} not 2xx, ${measured.errors} errors; ${replies} replies reached the connector)`);
    return measured;
  } finally {
    await stop(bot);
    await stop(standIn);
  }
}

/** At least 200 distinct questions on the bundled knowledge, asked in turn. */
function httpQuestions(): string[] {
  const vocabulary = readVocabulary(SOURCE_DIR);
  const questions = new Set<string>();
  for (let seed = 5; questions.size < HTTP_QUESTIONS; seed++) {
    for (const question of corpusQuestions(HTTP_QUESTIONS, seed, vocabulary)) questions.add(question);
  }
  return [...questions].slice(0, HTTP_QUESTIONS);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
