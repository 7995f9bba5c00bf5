import { spawnSync } from 'node:child_process';
import path from 'node:path';

// The engine must stay free of Bot Framework and adapters; the lint rule is what holds that line.
// ESLint loads its flat config through a dynamic import, which jest's VM refuses, so run the CLI.
const root = path.resolve(__dirname, '../..');
const eslintBin = path.join(root, 'node_modules', 'eslint', 'bin', 'eslint.js');

interface LintMessage { ruleId: string | null; message: string }

function restrictedImports(code: string, filePath: string): string[] {
  const run = spawnSync(process.execPath, [eslintBin, '--stdin', '--stdin-filename', filePath, '--format', 'json'], { cwd: root, input: code, encoding: 'utf8' });
  const [result] = JSON.parse(run.stdout) as { messages: LintMessage[] }[];
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('engine boundary lint rule', () => {
  test.each([
    ["import { TurnContext } from 'botbuilder';\nexport const x: TurnContext | undefined = undefined;", 'Bot Framework'],
    ["import Database from 'better-sqlite3';\nexport const x = Database;", 'adapters'],
    ["import { renderAnswer } from '../render/render-answer';\nexport const x = renderAnswer;", 'imports only from itself'],
  ])('refuses %s inside bot/engine', (code, expected) => {
    expect(restrictedImports(code, 'bot/engine/compose/example.ts').join('\n')).toContain(expected);
  });

  test('allows Bot Framework outside the engine', () => {
    expect(restrictedImports("import { TurnContext } from 'botbuilder';\nexport const x: TurnContext | undefined = undefined;", 'bot/teams/example.ts')).toEqual([]);
  });
});

describe('engine entry lint rule', () => {
  test('refuses an engine internal imported from outside the engine', () => {
    expect(restrictedImports("import { answerQuestion } from '../engine/compose/answer-question';\nexport const x = answerQuestion;", 'bot/teams/example.ts').join('\n')).toContain('public entry');
  });

  test('allows the engine entry from outside it', () => {
    expect(restrictedImports("import { createEngine } from '../engine';\nexport const x = createEngine;", 'bot/teams/example.ts')).toEqual([]);
  });

  test('allows internals inside the engine', () => {
    expect(restrictedImports("import { tokenize } from '../text/normalize';\nexport const x = tokenize;", 'bot/engine/compose/example.ts')).toEqual([]);
  });
});
