// The engine must stay free of Bot Framework so the CLI, the bot and the tests share it.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'data/**', 'test-output/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['bot/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['botbuilder*', 'botframework-*'], message: 'The engine knows nothing of Bot Framework: keep channel code in bot/teams or bot/render.' },
          { group: ['restify*', 'better-sqlite3', '@azure/*'], message: 'The engine is pure: adapters live outside bot/engine.' },
          { group: ['**/teams/**', '**/server/**', '**/render/**', '**/store/**', '**/escalation/**', '**/analyzer/azure*'], message: 'The engine imports only from itself.' },
        ],
      }],
    },
  },
  {
    files: ['bot/**/*.ts'],
    ignores: ['bot/engine/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/engine/*', '!**/engine/index'], message: 'Import the engine only through its public entry, bot/engine (index.ts).' },
        ],
      }],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
