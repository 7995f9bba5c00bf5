/**
 * `npm run eval`: answers every question of an evaluation set (default ../shared/eval/dev.jsonl)
 * and checks verdict, answered, required and forbidden text, redactions and sources.
 * With no file named it runs the public sets and the project's own; every case must pass.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openEngineForCli } from './open-engine';
import { EvalCase, checkCase } from './check-eval-case';

/** The public sets beside the project and the project's own answer-trust cases. */
const DEFAULT_SETS = [path.join('..', 'shared', 'eval', 'dev.jsonl'), path.join('..', 'shared', 'eval', 'dev-trust.jsonl'), path.join('test', 'eval', 'molnkoll-trust.jsonl')];
const PASS_RATE = 1;
const totals = { passed: 0, failed: 0 };

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'if-present': { type: 'boolean', default: false } } });
  const files = positionals.length > 0 ? positionals : process.env.EVAL_FILE ? [process.env.EVAL_FILE] : DEFAULT_SETS;
  const engine = await openEngineForCli();
  let code = 0;
  for (const file of files) {
    if (!existsSync(file)) {
      if (values['if-present']) {
        process.stdout.write(`eval: ${file} not present, skipped\n`);
        continue;
      }
      process.stderr.write(`eval: ${file} not found\n`);
      return 2;
    }
    code = Math.max(code, await evaluate(file, engine));
  }
  process.stdout.write(`eval: ${totals.passed} passed, ${totals.failed} failed\n`);
  return code;
}

async function evaluate(file: string, engine: Awaited<ReturnType<typeof openEngineForCli>>): Promise<number> {
  const cases = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as EvalCase);

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
  process.stdout.write(`eval ${path.basename(file)}: ${(rate * 100).toFixed(1)}% of ${cases.length} questions (needs ${PASS_RATE * 100}%, every refusal and personal-data case)${criticalFailures.length ? `; critical failures: ${criticalFailures.join(', ')}` : ''}\n`);
  totals.passed += passed;
  totals.failed += failed;
  return rate >= PASS_RATE && criticalFailures.length === 0 ? 0 : 1;
}

main().then((code) => process.exit(code), (error: unknown) => {
  process.stderr.write(`eval: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
