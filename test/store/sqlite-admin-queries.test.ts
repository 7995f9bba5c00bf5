/** SqliteAdminQueries on a real store file, seeded through SqliteStore. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SqliteAdminQueries } from '../../bot/store/sqlite-admin-queries';
import { seedAnswerLog } from '../support/seed-answer-log';
import { describeAdminQueriesContract } from './admin-queries-contract';

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) fs.rmSync(dir, { recursive: true, force: true });
});

describeAdminQueriesContract('SqliteAdminQueries', async (answers) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'molnkoll-admin-q-'));
  temps.push(dataDir);
  await seedAnswerLog(dataDir, answers);
  return SqliteAdminQueries.open(dataDir);
});
