/**
 * `npm run --silent answers -- unanswered [--since DATE] [--json]`: questions the bot could not
 * answer, whose answer was voted not helpful, or that went to the helpdesk, grouped by similar
 * wording with counts and the latest date: what to write knowledge for next. `answers -- stats
 * [--since DATE] [--json]`: answers per day, the answered ratio and the helpful ratio.
 * Exit codes: 0 done, 2 a usage error.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/load-config';
import { openStore } from '../store/open-store';
import { openAdminQueries } from '../store/open-admin-queries';
import { groupQuestions, QuestionGroup } from '../admin/group-questions';
import { answersPerDay, answerTotals, DayStats } from '../admin/answer-stats';

const USAGE = 'usage: npm run --silent answers -- unanswered|stats [--since YYYY-MM-DD] [--json]';

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { since: { type: 'string' }, json: { type: 'boolean' } } });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { positionals: [command, ...extra], values } = parsed;
  if (!['unanswered', 'stats'].includes(command) || extra.length > 0) throw new UsageError('unknown command');
  const since = values.since === undefined ? undefined : sinceDate(values.since);
  const config = loadConfig(process.env);
  // The store the bot uses (DATABASE_URL or DATA_DIR), created and migrated when there is none
  // yet, so a fresh install prints an empty list.
  const settings = { dataDir: config.dataDir, databaseUrl: config.databaseUrl };
  await (await openStore(settings)).close();
  const queries = openAdminQueries(settings);
  try {
    if (command === 'unanswered') {
      const groups = groupQuestions(await queries.questionsToImprove(since));
      process.stdout.write(values.json ? `${JSON.stringify(groups, null, 2)}\n` : formatGroups(groups));
    } else {
      const facts = await queries.answerFacts(since);
      const report = { days: answersPerDay(facts), total: answerTotals(facts) };
      process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatStats(report.days, report.total));
    }
  } finally {
    await queries.close();
  }
  return 0;
}

function sinceDate(raw: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(raw) || Number.isNaN(Date.parse(raw))) throw new UsageError(`--since must be a date YYYY-MM-DD, got '${raw}'`);
  return new Date(raw).toISOString();
}

function formatGroups(groups: QuestionGroup[]): string {
  if (groups.length === 0) return 'No unanswered, unhelpful or escalated questions.\n';
  const lines = groups.map((g) => {
    const why = Object.entries(g.reasons).filter(([, n]) => n > 0).map(([reason, n]) => `${reason.replace('_', ' ')} ${n}`).join(', ');
    return `${String(g.count).padStart(4)}  ${g.latest.slice(0, 10)}  ${g.example}  (${why})`;
  });
  return `count  latest      question\n${lines.join('\n')}\n`;
}

const percent = (ratio: number | null): string => (ratio === null ? '–' : `${Math.round(ratio * 100)}%`);

function formatStats(days: DayStats[], total: Omit<DayStats, 'day'>): string {
  const row = (label: string, s: Omit<DayStats, 'day'>) =>
    `${label.padEnd(10)}  ${String(s.answers).padStart(7)}  ${percent(s.answeredRatio).padStart(8)}  ${percent(s.helpfulRatio).padStart(7)}  (${s.helpful} helpful, ${s.notHelpful} not)`;
  return [`${'day'.padEnd(10)}  answers  answered  helpful`, ...days.map((d) => row(d.day, d)), row('total', total)].join('\n') + '\n';
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`answers: ${error.message}\n${USAGE}\n`);
      process.exit(2);
    }
    process.stderr.write(`answers: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
