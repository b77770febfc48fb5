import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { freePort, sleep, spawnUntilHealthy, stop } from './process.js';

/*
 * The real API as the benchmarks drive it: the built server (`node apps/api/dist/main.js`) in
 * production mode on the dataset's database, sessions signed with the JWT_SECRET it was given,
 * and GraphQL over HTTP on 127.0.0.1.
 */

export const API_MAIN = new URL('../../apps/api/dist/main.js', import.meta.url).pathname;
const BARE_SERVER = new URL('./bare-server.js', import.meta.url).pathname;
const COUNT_QUERIES = new URL('./count-queries.js', import.meta.url).pathname;

export const newJwtSecret = () => randomBytes(32).toString('base64url');

const base64url = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** An HS256 session token for a user, exactly as the API's TokenService signs them. */
export const signToken = (secret, userId, ttlSeconds = 12 * 3600) => {
  const now = Math.floor(Date.now() / 1000);
  const unsigned = `${base64url({ alg: 'HS256', typ: 'JWT' })}.${base64url({ sub: userId, iat: now, exp: now + ttlSeconds })}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
};

/** Starts a server script with the query counter preloaded; resolves once `healthPath` answers. */
const startServer = async (script, env, healthPath) => {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'chantier-bench-srv-'));
  const countFile = join(dataDir, 'queries');
  const { child, seconds } = await spawnUntilHealthy(process.execPath, ['--import', COUNT_QUERIES, script], {
    env: { PORT: String(port), DATA_DIR: dataDir, BENCH_QUERY_COUNT_FILE: countFile, ...env },
    url: `http://127.0.0.1:${port}${healthPath}`,
  });
  return {
    child,
    port,
    url: `http://127.0.0.1:${port}`,
    startSeconds: seconds,
    /** Statements this process has sent to PostgreSQL so far. */
    queries: async () => {
      rmSync(countFile, { force: true });
      child.kill('SIGUSR2');
      for (let waited = 0; !existsSync(countFile) && waited < 2_000; waited += 10) await sleep(10);
      await sleep(10);
      return Number(readFileSync(countFile, 'utf8'));
    },
    stop: async () => {
      await stop(child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};

/** One API process (built, production mode, no demo seed) on the given database. */
export const startApi = async ({ databaseUrl, jwtSecret, env = {} }) =>
  startServer(
    API_MAIN,
    {
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      SMTP_PORT: String(await freePort()),
      JWT_SECRET: jwtSecret,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      REDIS_URL: '',
      ...env,
    },
    '/health',
  );

/** The bare baseline server (bare-server.js) on the same database and secret. */
export const startBare = async ({ databaseUrl, jwtSecret }) => ({
  ...(await startServer(BARE_SERVER, { DATABASE_URL: databaseUrl, JWT_SECRET: jwtSecret }, '/health')),
  databaseUrl,
});

export const graphql = async (baseUrl, token, query, variables = {}) => {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
};

/**
 * Whether the API's schema accepts an operation (introspection is off in production): a
 * validation error naming the field or argument means it does not exist yet.
 */
export const supports = async (baseUrl, token, query, variables) => {
  const result = await graphql(baseUrl, token, query, variables);
  const validation = (result.errors ?? []).find(
    (e) =>
      e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' ||
      /Cannot query field|Unknown argument|does not exist in|Value ".*" does not exist/.test(e.message),
  );
  return validation ? { ok: false, reason: validation.message } : { ok: true, result };
};
