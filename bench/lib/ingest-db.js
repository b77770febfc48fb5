import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import pg from 'pg';
import PgBoss from 'pg-boss';

import { migrate } from '../dataset/cluster.js';

/*
 * The ingest scenario's database: small and fresh (dataset M is not needed to ingest), migrated
 * by the API's own migrations, durable (fsync and synchronous commit on, as in production). An
 * embedded PostgreSQL started for the run under the OS temp folder, or, when DATABASE_URL is
 * set, a database `chantier_bench_ingest` created afresh on that server.
 */

const API_DIST = new URL('../../apps/api/dist/', import.meta.url);
const DATABASE = 'chantier_bench_ingest';
export const REPO = 'chantier-bench/ingest';

const withClient = async (url, run) => {
  const client = new pg.Client(url);
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
};

const openServer = async () => {
  if (process.env.DATABASE_URL) {
    const admin = new URL(process.env.DATABASE_URL);
    admin.pathname = '/postgres';
    await withClient(admin.toString(), async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
      await c.query(`CREATE DATABASE ${DATABASE}`);
    });
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${DATABASE}`;
    return { url: url.toString(), where: 'DATABASE_URL server', stop: async () => {} };
  }
  const { startEmbeddedPostgres } = await import(new URL('database/embedded-postgres.js', API_DIST));
  const dir = mkdtempSync(join(tmpdir(), 'chantier-bench-ingest-'));
  chmodSync(dir, 0o755); // the postgres system user must traverse it
  const db = await startEmbeddedPostgres({ dir: join(dir, 'pg'), database: DATABASE, password: 'bench-ingest', persistent: false });
  return {
    url: db.url,
    where: 'embedded PostgreSQL, durable settings',
    stop: async () => {
      await db.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
};

/**
 * A migrated database with one GITHUB connector (its service account, a random secret) routed
 * to a PROJECT space, and `bench_inbound`: the baseline's copy of `inbound_event` — same
 * columns, defaults, checks, indexes and unique (connector, external id) key, plus the same
 * foreign key to `connector` (the only one a fresh row checks).
 */
export const openIngestDatabase = async () => {
  const server = await openServer();
  try {
    await migrate(server.url);
    const secret = (await import('node:crypto')).randomBytes(20).toString('hex');
    const setup = await withClient(server.url, async (c) => {
      const bot = await c.query(
        `INSERT INTO app_user (email, handle, display_name, kind, password_hash)
         VALUES ('github-bench@connectors.invalid', 'github-bench', 'GitHub (bench)', 'service', '!') RETURNING id`,
      );
      const space = await c.query(
        `INSERT INTO space (slug, name, kind, visibility) VALUES ('ingest', 'Ingest', 'PROJECT', 'PUBLIC') RETURNING id`,
      );
      await c.query(`INSERT INTO business_project (space_id, status) VALUES ($1, 'ACTIVE')`, [space.rows[0].id]);
      const connector = await c.query(
        `INSERT INTO connector (kind, name, secret, bot_user_id) VALUES ('GITHUB', 'GitHub', $1, $2) RETURNING id`,
        [secret, bot.rows[0].id],
      );
      await c.query(`INSERT INTO connector_route (connector_id, key, space_id) VALUES ($1, $2, $3)`, [
        connector.rows[0].id,
        `github:${REPO}`,
        space.rows[0].id,
      ]);
      await c.query(`CREATE TABLE bench_inbound (LIKE inbound_event INCLUDING ALL)`);
      await c.query(`ALTER TABLE bench_inbound ADD FOREIGN KEY (connector_id) REFERENCES connector (id) ON DELETE CASCADE`);
      // The breakdown's variants insert their jobs here (as the API's queue is set up), where no worker takes them.
      const boss = new PgBoss({
        db: { executeSql: (text, values) => c.query(text, values) },
        migrate: false,
        supervise: false,
        schedule: false,
      });
      await boss.createQueue('bench-inbound', {
        policy: 'standard',
        retryLimit: 8,
        retryDelay: 2,
        retryBackoff: true,
        expireInSeconds: 60,
      });
      return { connectorId: connector.rows[0].id, botUserId: bot.rows[0].id, spaceId: space.rows[0].id };
    });
    return { ...server, ...setup, secret };
  } catch (error) {
    await server.stop();
    throw error;
  }
};

/** Inbox rows by status for the connector, received since `since` (a Date). */
export const inboxStatuses = (url, connectorId, since) =>
  withClient(url, async (c) => {
    const { rows } = await c.query(
      `SELECT status, count(*)::int AS n FROM inbound_event WHERE connector_id = $1 AND received_at >= $2 GROUP BY status`,
      [connectorId, since],
    );
    return Object.fromEntries(rows.map((r) => [r.status, r.n]));
  });

/**
 * Checkpoints the server has completed or started so far (PostgreSQL 17+ `pg_stat_checkpointer`,
 * older `pg_stat_bgwriter`): a run that spans one pays for its writes and full-page images.
 */
export const checkpointCount = (url) =>
  withClient(url, async (c) => {
    const newer = await c.query(`SELECT to_regclass('pg_catalog.pg_stat_checkpointer') IS NOT NULL AS yes`);
    const sql = newer.rows[0].yes
      ? 'SELECT (num_timed + num_requested)::int AS n FROM pg_stat_checkpointer'
      : 'SELECT (checkpoints_timed + checkpoints_req)::int AS n FROM pg_stat_bgwriter';
    return (await c.query(sql)).rows[0].n;
  });

/**
 * Waits until no row received since `since` is RECEIVED or FAILED (FAILED rows are retried by
 * the queue), up to `timeoutMs`. Returns the wait, the statuses, and the processing rate over
 * the rows: how many, divided by first receipt → last processing.
 */
export const waitForDrain = async (url, connectorId, since, timeoutMs = 300_000) => {
  const began = performance.now();
  let statuses = {};
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await new Promise((r) => setTimeout(r, 250))) {
    statuses = await inboxStatuses(url, connectorId, since);
    if (!statuses.RECEIVED && !statuses.FAILED) break;
  }
  const span = await withClient(url, async (c) => {
    const { rows } = await c.query(
      `SELECT count(*)::int AS n, extract(epoch FROM max(processed_at) - min(received_at))::float AS seconds
         FROM inbound_event WHERE connector_id = $1 AND received_at >= $2`,
      [connectorId, since],
    );
    return rows[0];
  });
  return {
    drained: !statuses.RECEIVED && !statuses.FAILED,
    waitSeconds: (performance.now() - began) / 1000,
    statuses,
    processedPerSecond: span.seconds > 0 ? span.n / span.seconds : null,
  };
};

export { withClient };
