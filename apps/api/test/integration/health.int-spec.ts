import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { type RunningServer, startServer } from '../../src/bootstrap.js';
import { parseEnv } from '../../src/config/env.schema.js';
import { MIGRATIONS_TABLE } from '../../src/database/data-source.js';
import { MIGRATIONS } from '../../src/database/migrations/index.js';
import { startTestApp, type TestApp } from '../test-app.js';
import { createDatabaseFromTemplate, dropDatabase } from '../test-database.js';

const health = async (url: string) => {
  const res = await fetch(`${url}/health`);
  return { status: res.status, body: (await res.json()) as Record<string, any> };
};

describe('GET /health', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers 200 without a token, with the database up and no pending migration', async () => {
    expect(await health(t.url)).toEqual({
      status: 200,
      body: {
        status: 'ok',
        database: { status: 'up', latencyMs: expect.any(Number) },
        migrations: { applied: MIGRATIONS.length, pending: 0 },
        queue: { status: 'up', waiting: 0, failedEvents: 0 },
      },
    });
  });

  it('answers 503 while a migration is pending', async () => {
    const [last] = await t.db.query(`SELECT id, timestamp, name FROM ${MIGRATIONS_TABLE} ORDER BY id DESC LIMIT 1`);
    await t.db.query(`DELETE FROM ${MIGRATIONS_TABLE} WHERE id = $1`, [last.id]);
    try {
      expect(await health(t.url)).toEqual({
        status: 503,
        body: {
          status: 'migrating',
          database: { status: 'up', latencyMs: expect.any(Number) },
          migrations: { applied: MIGRATIONS.length - 1, pending: 1 },
          queue: { status: 'up', waiting: 0, failedEvents: 0 },
        },
      });
    } finally {
      await t.db.query(`INSERT INTO ${MIGRATIONS_TABLE} (id, timestamp, name) VALUES ($1, $2, $3)`, [last.id, last.timestamp, last.name]);
    }
    expect((await health(t.url)).status).toBe(200);
  });

  describe('when the database goes away', () => {
    const database = `t_health_${randomBytes(6).toString('hex')}`;
    let server: RunningServer;
    beforeAll(async () => {
      const databaseUrl = await createDatabaseFromTemplate(database);
      const env = parseEnv({ NODE_ENV: 'test', SEED_DEMO: 'false', LOG_LEVEL: 'silent', DATA_DIR: join(tmpdir(), 'chantier-test-data') });
      server = await startServer(env, { port: 0, smtpPort: 0, databaseUrl });
    });
    afterAll(async () => {
      await server.close();
      await dropDatabase(database);
    });

    it('answers 503 with the database down, and no error details', async () => {
      expect((await health(server.url)).status).toBe(200);
      // Terminates the server's pooled connections and removes the database: nothing left to reconnect to.
      await dropDatabase(database);
      const down = await health(server.url);
      expect(down).toEqual({ status: 503, body: { status: 'error', database: { status: 'down' } } });
    });

    it('keeps answering, without hanging, while the database stays down', async () => {
      const started = Date.now();
      expect((await health(server.url)).status).toBe(503);
      expect(Date.now() - started).toBeLessThan(5_000);
    });
  });
});
