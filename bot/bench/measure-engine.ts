/**
 * Runs in its own process, so its memory is the engine's alone: loads a knowledge folder from
 * an index cache that is already built, asks the benchmark's questions (each answered, no
 * answer cache) and prints one JSON line: load_ms, ask_p50_ms, ask_p99_ms, the process's RSS
 * after loading (rss_loaded_mb) and after the questions (rss_mb), and the heap still in use after
 * a full collection (heap_live_mb, with --expose-gc): RSS after the questions is mostly garbage V8
 * has not yet collected, which it lets grow on a machine with memory to spare.
 * Usage: node --expose-gc dist/bot/bench/measure-engine.js KNOWLEDGE_DIR CACHE_DIR QUESTIONS SOURCE_DIR
 */
import { performance } from 'node:perf_hooks';
import { createEngine } from '../engine';
import { readVocabulary } from './generate-corpus';
import { corpusQuestions } from './corpus-questions';
import { percentile } from './percentile';

async function main(): Promise<void> {
  const [knowledgeDir, cacheDir, count, sourceDir] = process.argv.slice(2);
  const questions = corpusQuestions(Number(count), 11, readVocabulary(sourceDir));
  const started = performance.now();
  const engine = await createEngine({ knowledgeDir, dataDir: cacheDir });
  const loadMs = performance.now() - started;
  const rssLoadedMb = process.memoryUsage().rss / 2 ** 20;
  for (const question of questions.slice(0, 20)) await engine.ask(question); // warm up the JIT
  const times: number[] = [];
  let answered = 0;
  for (const question of questions) {
    const start = performance.now();
    const answer = await engine.ask(question);
    times.push(performance.now() - start);
    if (answer.answered) answered++;
  }
  const rssMb = process.memoryUsage().rss / 2 ** 20;
  globalThis.gc?.();
  const heapLiveMb = process.memoryUsage().heapUsed / 2 ** 20;
  // Read after the collection, so the engine is still alive while the heap is measured.
  const documents = engine.documentCount;
  console.log(JSON.stringify({ documents, load_ms: round(loadMs), ask_p50_ms: round(percentile(times, 0.5)), ask_p99_ms: round(percentile(times, 0.99)), rss_loaded_mb: round(rssLoadedMb), rss_mb: round(rssMb), heap_live_mb: round(heapLiveMb), questions: questions.length, answered }));
}

const round = (n: number) => Math.round(n * 10) / 10;

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
