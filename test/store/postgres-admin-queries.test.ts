/** PostgresAdminQueries on a real PostgreSQL (a throwaway cluster), seeded through PostgresStore. */
import { PostgresAdminQueries } from '../../bot/store/postgres-admin-queries';
import { PostgresStore } from '../../bot/store/postgres-store';
import { seedStore } from '../support/seed-answer-log';
import { TestPostgres, startPostgres } from '../support/start-postgres';
import { describeAdminQueriesContract } from './admin-queries-contract';

let pg: TestPostgres;
beforeAll(async () => {
  pg = await startPostgres();
}, 60_000);
afterAll(() => pg.stop());

describeAdminQueriesContract('PostgresAdminQueries', async (answers) => {
  const url = await pg.freshDatabase();
  await seedStore((now) => PostgresStore.open(url, { now }), answers);
  return PostgresAdminQueries.open(url);
});
