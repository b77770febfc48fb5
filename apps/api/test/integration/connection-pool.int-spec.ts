import { randomBytes } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { pgPoolOf } from '../../src/database/pg-pool.js';
import { startTestApp, type TestApp } from '../test-app.js';
import { createDatabaseFromTemplate, dropDatabase, withAdminClient } from '../test-database.js';

/** The API's own connections to its database, as PostgreSQL lists them. */
const apiConnections = async (t: TestApp): Promise<number> => {
  const [row] = (await t.db.query(
    `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'chantier-api'`,
  )) as { n: number }[];
  return row!.n;
};

describe('the database connection pool', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { DATABASE_POOL_SIZE: '6' } });
  });
  afterAll(() => t.close());

  it('has every connection of DATABASE_POOL_SIZE open once the server answers', async () => {
    expect(pgPoolOf(t.db).totalCount).toBe(6);
    expect(await apiConnections(t)).toBe(6);
  });

  // pg's pool closes a connection idle for 10 s unless told otherwise: wait longer than that.
  it('keeps every connection through an idle spell longer than pg closes idle ones by default', async () => {
    await new Promise((resolve) => setTimeout(resolve, 10_500));
    expect(pgPoolOf(t.db).totalCount).toBe(6);
    expect(await apiConnections(t)).toBe(6);
  }, 20_000);
});

describe('a pool the database cannot hold', () => {
  it('stops the start with a message naming DATABASE_POOL_SIZE, and leaves no connection behind', async () => {
    const limit = await withAdminClient(async (c) => Number((await c.query('SHOW max_connections')).rows[0].max_connections));
    const size = Math.min(limit + 5, 500);
    const database = `t_${randomBytes(6).toString('hex')}`;
    await createDatabaseFromTemplate(database);
    try {
      await expect(startTestApp({ database, env: { DATABASE_POOL_SIZE: String(size) } })).rejects.toThrow(
        new RegExp(`Could not open the ${size} database connections of DATABASE_POOL_SIZE`),
      );
      const left = await withAdminClient(
        async (c) => (await c.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [database])).rows[0].n,
      );
      expect(left).toBe(0);
    } finally {
      await dropDatabase(database);
    }
  });
});
