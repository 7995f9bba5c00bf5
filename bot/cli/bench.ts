/**
 * `npm run bench`: the figures of the speed issue, measured on a generated folder (fixed seed)
 * of 10,000 and 50,000 passages, printed as they come and at the end as one JSON line.
 * Each engine figure is taken in a fresh process, so memory is that of the engine alone.
 * It checks nothing and is not a test: numbers vary by machine, compare them as ratios.
 *   BENCH_QUESTIONS (1000), BENCH_QUESTIONS_50K (1000), BENCH_SKIP_50K=1, BENCH_KEEP=1 (keep the folders)
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadKnowledgeBase } from '../engine';
import { generateCorpus } from '../bench/generate-corpus';

const SOURCE_DIR = path.resolve('knowledge');
const SEED = 42;

interface EngineFigures {
  load_ms: number;
  ask_p50_ms: number;
  ask_p99_ms: number;
  rss_mb: number;
  questions: number;
  answered: number;
}

async function main(): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'molnkoll-bench-'));
  const env = process.env;
  try {
    const at10k = await measureCorpus(root, 10_000, Number(env.BENCH_QUESTIONS ?? 1000));
    const result: Record<string, number> = {
      passages: at10k.passages,
      build_ms: at10k.buildMs,
      index_bytes: at10k.indexBytes,
      load_ms: at10k.engine.load_ms,
      ask_p50_ms: at10k.engine.ask_p50_ms,
      ask_p99_ms: at10k.engine.ask_p99_ms,
      rss_mb: at10k.engine.rss_mb,
    };
    if (env.BENCH_SKIP_50K !== '1') {
      const at50k = await measureCorpus(root, 50_000, Number(env.BENCH_QUESTIONS_50K ?? 1000));
      Object.assign(result, { passages_50k: at50k.passages, build_ms_50k: at50k.buildMs, load_ms_50k: at50k.engine.load_ms, ask_p50_ms_50k: at50k.engine.ask_p50_ms, ask_p99_ms_50k: at50k.engine.ask_p99_ms, rss_mb_50k: at50k.engine.rss_mb });
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
  const output = execFileSync(process.execPath, ['--import', 'tsx', path.join(__dirname, '../bench/measure-engine.ts'), dir, cacheDir, String(questions), SOURCE_DIR], { encoding: 'utf8', maxBuffer: 1 << 24 });
  const engine = JSON.parse(output.trim().split('\n').pop()!) as EngineFigures;
  console.log(`cache load ${engine.load_ms} ms; ask p50 ${engine.ask_p50_ms} ms, p99 ${engine.ask_p99_ms} ms (${engine.answered} of ${engine.questions} answered); RSS ${engine.rss_mb} MB`);
  return { passages: base.passages.length, buildMs, indexBytes, engine };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
