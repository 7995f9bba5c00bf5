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
