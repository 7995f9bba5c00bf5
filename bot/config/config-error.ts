/**
 * Every configuration problem found at start-up, reported together, so an operator fixes
 * them in one round instead of one restart per variable.
 */

export interface ConfigProblem {
  /** The environment variable at fault, spelt as it must be set. */
  variable: string;
  /** What is wrong and what the variable should be. */
  message: string;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';

  constructor(readonly problems: ConfigProblem[]) {
    super(
      `Molnkoll cannot start: ${problems.length} configuration problem${problems.length === 1 ? '' : 's'} ` +
        '(see .env.example):\n' +
        problems.map((p) => `  - ${p.message}`).join('\n'),
    );
  }
}
