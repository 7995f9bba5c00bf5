/** Tests mirror the source tree under test/. Type errors are caught by `npm run typecheck`,
 * so ts-jest only transpiles (isolatedModules in tsconfig.json) to keep the suite quick on two cores. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
  testTimeout: 30000,
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
};
