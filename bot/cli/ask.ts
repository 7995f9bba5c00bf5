/**
 * Ask from the terminal: `npm run --silent ask -- "question"`, `--json` for the Answer
 * object, `--batch FILE.jsonl` for one Answer per line (lines with the same `conversation` are
 * one conversation, in order), `--interactive` for a conversation typed line by line.
 * Knowledge problems go to stderr.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { Answer, ConversationContext, Engine, contextOf } from '../engine';
import { openEngineForCli } from './open-engine';
import { formatAnswerText } from './format-answer-text';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      batch: { type: 'string' },
      interactive: { type: 'boolean', short: 'i', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || (!values.batch && !values.interactive && positionals.length === 0)) {
    process.stderr.write('usage: npm run --silent ask -- [--json] "question"\n       npm run --silent ask -- --batch FILE.jsonl\n       npm run --silent ask -- --interactive [--json]\n');
    return values.help ? 0 : 2;
  }
  const engine = await openEngineForCli();
  if (values.interactive) return converse(engine, values.json);

  if (values.batch) {
    const lines = readFileSync(values.batch, 'utf8').split('\n');
    // Each conversation's context, by its `conversation` value; lines without one stand alone.
    const contexts = new Map<string, ConversationContext>();
    for (const [i, line] of lines.entries()) {
      if (line.trim() === '') continue;
      const parsed = parseBatchLine(line);
      if (parsed === undefined) {
        process.stderr.write(`${values.batch}:${i + 1}: expected a JSON object with a "question" string (and optionally a "conversation" string)\n`);
        return 2;
      }
      const answer = await engine.ask(parsed.question, parsed.conversation === undefined ? undefined : contexts.get(parsed.conversation));
      if (parsed.conversation !== undefined) contexts.set(parsed.conversation, contextOf(answer, contexts.get(parsed.conversation)));
      process.stdout.write(JSON.stringify(answer) + '\n');
    }
    return 0;
  }

  const answer: Answer = await engine.ask(positionals.join(' '));
  process.stdout.write(values.json ? JSON.stringify(answer, null, 2) + '\n' : formatAnswerText(answer) + '\n');
  return 0;
}

/** One conversation on the terminal: each line a question, each leaning on the answer before. */
async function converse(engine: Engine, json: boolean): Promise<number> {
  const lines = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  let context: ConversationContext | undefined;
  lines.setPrompt(process.stdin.isTTY ? '> ' : '');
  lines.prompt();
  for await (const line of lines) {
    const question = line.trim();
    if (question !== '') {
      const answer = await engine.ask(question, context);
      context = contextOf(answer, context);
      process.stdout.write((json ? JSON.stringify(answer) : formatAnswerText(answer) + '\n') + '\n');
    }
    lines.prompt();
  }
  return 0;
}

function parseBatchLine(line: string): { question: string; conversation?: string } | undefined {
  try {
    const value: unknown = JSON.parse(line);
    if (typeof value !== 'object' || value === null || !('question' in value) || typeof value.question !== 'string') return undefined;
    if (!('conversation' in value) || value.conversation === undefined) return { question: value.question };
    // A number is as good a conversation label as a string.
    if (typeof value.conversation === 'string' || typeof value.conversation === 'number') return { question: value.question, conversation: String(value.conversation) };
  } catch {
    // Reported by the caller with the line number.
  }
  return undefined;
}

main().then((code) => process.exit(code), (error: unknown) => {
  process.stderr.write(`ask: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
