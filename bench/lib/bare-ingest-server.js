import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';

import PgBoss from 'pg-boss';

import { openFixedPool } from './fixed-pool.js';

/*
 * The baseline of the ingest scenario: a bare `node:http` server on a `pg` pool (20 connections,
 * as the API's) that does what the API must do before acknowledging a GitHub delivery, and no
 * more — read the body (1 MiB cap), verify `X-Hub-Signature-256` (HMAC-SHA256, constant-time
 * compare: included for fairness), parse the JSON, and one durable single-row INSERT of the raw
 * body and headers into `bench_inbound` (a copy of `inbound_event`: same columns, checks,
 * indexes, unique (connector, external id) key and connector foreign key), answering 200 with
 * the row's id (the first row's id for a redelivery) after the commit. What it leaves out is
 * the API's own work: the connector lookup (the secret comes from the environment), the job
 * queue insert in the same transaction, routing the request through Nest.
 *
 * Run as its own process: PORT, DATABASE_URL, HOOK_SECRET, CONNECTOR_ID. POST /hooks/<any>.
 *
 * BARE_MODE adds the API's steps one at a time, to say what each costs (the scenario's
 * breakdown, not the baseline): `tx-job` — the INSERT and a pg-boss job (pg-boss's own insert
 * SQL, into the unconsumed queue `bench-inbound`) in one transaction, as InboxService.accept
 * first did; `tx-job-lookup` — and the connector row read first, as HooksService first did;
 * `one-statement` — the inbox row and its pg-boss job in one prepared statement (a data-modifying
 * CTE, atomic without BEGIN/COMMIT) writing pg-boss 10's job columns directly, as InboxService
 * stored each delivery before group commit; `group-commit` — how InboxService stores deliveries
 * now: those arriving while statements are in flight wait and share the next statement (rows and
 * jobs of the whole group in one CTE, at most 2 statements at once), each still answered only
 * after the statement that stored it committed.
 */

const pool = await openFixedPool(process.env.DATABASE_URL);
const secret = process.env.HOOK_SECRET;
const connectorId = process.env.CONNECTOR_ID;
const LIMIT = 1024 * 1024;
const MODE = process.env.BARE_MODE ?? 'insert';
const boss = new PgBoss({ connectionString: process.env.DATABASE_URL, migrate: false, supervise: false, schedule: false });
const KEPT_HEADERS = ['content-type', 'user-agent', 'x-github-event', 'x-github-delivery', 'x-github-hook-id'];

const send = (res, status, value) => {
  const body = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
};

const verified = (raw, header) => {
  const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`);
  const given = Buffer.from(String(header ?? ''));
  return given.length === expected.length && timingSafeEqual(given, expected);
};

const INSERT = `INSERT INTO bench_inbound (connector_id, source, external_id, headers, raw) VALUES ($1, 'GITHUB', $2, $3, $4)
  ON CONFLICT (connector_id, external_id) DO NOTHING RETURNING id`;

const existing = async (db, externalId) =>
  (await db.query('SELECT id FROM bench_inbound WHERE connector_id = $1 AND external_id = $2', [connectorId, externalId])).rows[0].id;

/** The baseline: one statement, autocommitted. */
const insert = async (externalId, headers, raw) => {
  const { rows } = await pool.query(INSERT, [connectorId, externalId, headers, raw]);
  return rows[0]?.id ?? existing(pool, externalId);
};

/** The breakdown's variants: BEGIN, INSERT, pg-boss job insert, COMMIT (after a connector read). */
const insertWithJob = async (externalId, headers, raw) => {
  if (MODE === 'tx-job-lookup')
    await pool.query('SELECT id, kind, secret, settings, bot_user_id, active FROM connector WHERE id = $1', [connectorId]);
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const { rows } = await client.query(INSERT, [connectorId, externalId, headers, raw]);
    const id = rows[0]?.id ?? (await existing(client, externalId));
    if (rows[0])
      await boss.insert([{ name: 'bench-inbound', data: { id } }], { db: { executeSql: (text, values) => client.query(text, values) } });
    await client.query('COMMIT');
    return id;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
};

const ONE_STATEMENT = `WITH e AS (
    INSERT INTO bench_inbound (connector_id, source, external_id, headers, raw) VALUES ($1, 'GITHUB', $2, $3, $4)
    ON CONFLICT (connector_id, external_id) DO NOTHING RETURNING id)
  INSERT INTO pgboss.job (name, data, policy, retry_limit, retry_delay, retry_backoff, expire_in, keep_until)
  SELECT q.name, jsonb_build_object('id', e.id), q.policy, q.retry_limit, q.retry_delay, q.retry_backoff,
         q.expire_seconds * interval '1 second', now() + interval '14 days'
    FROM e, pgboss.queue q WHERE q.name = 'bench-inbound'
  RETURNING data->>'id' AS id`;

const oneStatement = async (externalId, headers, raw) => {
  const { rows } = await pool.query({ name: 'inbound-one', text: ONE_STATEMENT, values: [connectorId, externalId, headers, raw] });
  return rows[0]?.id ?? existing(pool, externalId);
};

/**
 * group-commit, as the API stores deliveries (apps/api/src/inbound/group-commit.ts): deliveries
 * arriving while statements are in flight wait and go together, rows and jobs in ONE statement.
 */
let waiting = [];
let open = 0;
const MAX_OPEN = 2;
const MAX_GROUP = 64;
const GROUP_STATEMENT = `WITH e AS (
    INSERT INTO bench_inbound (connector_id, source, external_id, headers, raw)
    SELECT $1, 'GITHUB', x.external_id, x.headers, x.raw FROM unnest($2::text[], $3::jsonb[], $4::bytea[]) AS x(external_id, headers, raw)
    ON CONFLICT (connector_id, external_id) DO NOTHING RETURNING id, external_id),
  job AS (
    INSERT INTO pgboss.job (name, data, policy, retry_limit, retry_delay, retry_backoff, expire_in, keep_until)
    SELECT q.name, jsonb_build_object('id', e.id), q.policy, q.retry_limit, q.retry_delay, q.retry_backoff,
           q.expire_seconds * interval '1 second', now() + interval '14 days'
      FROM e, pgboss.queue q WHERE q.name = 'bench-inbound')
  SELECT id, external_id FROM e`;

const commitWaiting = async () => {
  const batch = waiting.splice(0, MAX_GROUP);
  open += 1;
  try {
    const items = [...new Map(batch.map((item) => [item.externalId, item])).values()];
    const { rows } = await pool.query(GROUP_STATEMENT, [
      connectorId,
      items.map((i) => i.externalId),
      items.map((i) => JSON.stringify(i.headers)),
      items.map((i) => i.raw),
    ]);
    const ids = new Map(rows.map((r) => [r.external_id, r.id]));
    for (const item of batch) item.resolve(ids.get(item.externalId) ?? existing(pool, item.externalId));
  } catch (error) {
    for (const item of batch) item.reject(error);
  } finally {
    open -= 1;
    if (waiting.length) void commitWaiting();
  }
};

const groupCommit = (externalId, headers, raw) =>
  new Promise((resolve, reject) => {
    waiting.push({ externalId, headers, raw, resolve, reject });
    if (open < MAX_OPEN) void commitWaiting();
  });

const store = { insert, 'one-statement': oneStatement, 'group-commit': groupCommit }[MODE] ?? insertWithJob;

const server = createServer(async (req, res) => {
  try {
    if (req.url === '/health') return send(res, 200, { ok: true });
    const chunks = [];
    let size = 0;
    for await (const chunk of req) {
      size += chunk.length;
      if (size > LIMIT) return send(res, 413, { error: 'too large' });
      chunks.push(chunk);
    }
    const raw = Buffer.concat(chunks);
    if (!verified(raw, req.headers['x-hub-signature-256'])) return send(res, 401, { error: 'bad signature' });
    JSON.parse(raw.toString('utf8'));
    const externalId = req.headers['x-github-delivery'];
    if (!externalId) return send(res, 400, { error: 'no delivery id' });
    const headers = Object.fromEntries(KEPT_HEADERS.filter((h) => req.headers[h] !== undefined).map((h) => [h, req.headers[h]]));
    send(res, 200, { id: await store(externalId, headers, raw) });
  } catch (error) {
    send(res, error instanceof SyntaxError ? 400 : 500, { error: String(error?.message ?? error) });
  }
  return undefined;
});
server.keepAliveTimeout = 60_000;
server.listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  pool.end().finally(() => process.exit(0));
});
