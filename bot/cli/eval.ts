/**
 * `npm run eval`: answers every question of an evaluation set (default ../shared/eval/dev.jsonl)
 * and checks verdict, answered, required and forbidden text, redactions and sources.
 * Fails below 90% or on any failed refusal or personal-data case.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openEngineForCli } from './open-engine';
import { EvalCase, checkCase } from './check-eval-case';

const DEFAULT_SET = path.join('..', 'shared', 'eval', 'dev.jsonl');
const PASS_RATE = 0.9;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'if-present': { type: 'boolean', default: false } } });
  const file = positionals[0] ?? process.env.EVAL_FILE ?? DEFAULT_SET;
  if (!existsSync(file)) {
    if (values['if-present']) {
      process.stdout.write(`eval: ${file} not present, skipped\n`);
      return 0;
    }
    process.stderr.write(`eval: ${file} not found\n`);
    return 2;
  }
  const cases = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as EvalCase);
  const engine = await openEngineForCli();

  let passed = 0;
  const criticalFailures: string[] = [];
  for (const evalCase of cases) {
    const failures = checkCase(evalCase, await engine.ask(evalCase.question));
    if (failures.length === 0) {
      passed++;
      continue;
    }
    process.stdout.write(`FAIL ${evalCase.id}: ${evalCase.question}\n${failures.map((f) => `  - ${f}`).join('\n')}\n`);
    const critical = evalCase.answered === false || evalCase.redactions_min !== undefined || evalCase.must_not !== undefined;
    if (critical) criticalFailures.push(evalCase.id);
  }
  const failed = cases.length - passed;
  const rate = cases.length === 0 ? 0 : passed / cases.length;
  process.stdout.write(`eval: ${(rate * 100).toFixed(1)}% of ${cases.length} questions (needs ${PASS_RATE * 100}%, every refusal and personal-data case)${criticalFailures.length ? `; critical failures: ${criticalFailures.join(', ')}` : ''}\n`);
  process.stdout.write(`eval: ${passed} passed, ${failed} failed\n`);
  return rate >= PASS_RATE && criticalFailures.length === 0 ? 0 : 1;
}

main().then((code) => process.exit(code), (error: unknown) => {
  process.stderr.write(`eval: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
