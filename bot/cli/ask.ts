/**
 * Ask from the terminal: `npm run --silent ask -- "question"`, `--json` for the Answer
 * object, `--batch FILE.jsonl` for one Answer per line. Knowledge problems go to stderr.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Answer } from '../engine';
import { openEngineForCli } from './open-engine';
import { formatAnswerText } from './format-answer-text';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, batch: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help || (!values.batch && positionals.length === 0)) {
    process.stderr.write('usage: npm run --silent ask -- [--json] "question"\n       npm run --silent ask -- --batch FILE.jsonl\n');
    return values.help ? 0 : 2;
  }
  const engine = await openEngineForCli();

  if (values.batch) {
    const lines = readFileSync(values.batch, 'utf8').split('\n');
    for (const [i, line] of lines.entries()) {
      if (line.trim() === '') continue;
      const question = parseBatchLine(line);
      if (question === undefined) {
        process.stderr.write(`${values.batch}:${i + 1}: expected a JSON object with a "question" string\n`);
        return 2;
      }
      process.stdout.write(JSON.stringify(await engine.ask(question)) + '\n');
    }
    return 0;
  }

  const answer: Answer = await engine.ask(positionals.join(' '));
  process.stdout.write(values.json ? JSON.stringify(answer, null, 2) + '\n' : formatAnswerText(answer) + '\n');
  return 0;
}

function parseBatchLine(line: string): string | undefined {
  try {
    const value: unknown = JSON.parse(line);
    if (typeof value === 'object' && value !== null && 'question' in value && typeof value.question === 'string') return value.question;
  } catch {
    // Reported by the caller with the line number.
  }
  return undefined;
}

main().then((code) => process.exit(code), (error: unknown) => {
  process.stderr.write(`ask: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
