/**
 * `npm run bench`: how long the bundled knowledge takes to load and index (cold, and from
 * the cache) and how long one question takes in-process (median and p95). Prints numbers;
 * it checks nothing, so it never makes the tests flaky.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createEngine } from '../engine';
import { loadKnowledgeBase } from '../engine';

const ROUNDS = 20;

async function main(): Promise<void> {
  const knowledgeDir = process.env.KNOWLEDGE_DIR || 'knowledge';
  const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'molnkoll-bench-'));
  try {
    const cold = await timeMany(5, () => loadKnowledgeBase(knowledgeDir));
    await loadKnowledgeBase(knowledgeDir, cacheDir);
    const cached = await timeMany(5, () => loadKnowledgeBase(knowledgeDir, cacheDir));
    const base = await loadKnowledgeBase(knowledgeDir);
    console.log(`knowledge: ${base.documents.length} documents, ${base.passages.length} passages`);
    console.log(`index build (cold, no cache): median ${fmt(median(cold))} ms, max ${fmt(Math.max(...cold))} ms`);
    console.log(`index load (from cache):      median ${fmt(median(cached))} ms, max ${fmt(Math.max(...cached))} ms`);

    const engine = await createEngine({ knowledgeDir });
    const questions = readQuestions();
    for (const q of questions) await engine.ask(q); // warm up the JIT
    const times: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const q of questions) {
        const start = performance.now();
        await engine.ask(q);
        times.push(performance.now() - start);
      }
    }
    console.log(`question (in-process, ${times.length} asks of ${questions.length} questions): median ${fmt(median(times))} ms, p95 ${fmt(percentile(times, 0.95))} ms, max ${fmt(Math.max(...times))} ms`);
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

function readQuestions(): string[] {
  const file = process.env.EVAL_FILE || path.join('..', 'shared', 'eval', 'dev.jsonl');
  try {
    return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { question: string }).question);
  } catch {
    return ['Får jag lagra hälsodata i Office 365?', 'May I store health data in Office 365?', 'Vad är Customer Lockbox?', 'Påverkar Cloud Act oss?'];
  }
}

async function timeMany<T>(n: number, run: () => Promise<T>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times;
}

const median = (values: number[]) => percentile(values, 0.5);
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}
const fmt = (ms: number) => ms.toFixed(1);

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
