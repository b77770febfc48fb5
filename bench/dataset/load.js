import argon2 from 'argon2';
import pg from 'pg';

import { migrate, openDatabase, readMarker, writeMarker } from './cluster.js';
import { CONTENT_COLUMNS, loadContent } from './content.js';
import { makeOrg } from './org.js';
import { loadOrg, ORG_COLUMNS } from './org-rows.js';
import { countEngagement, pauseEngagementCounting } from './derived.js';
import { assertColumnsCovered, dropForLoad, restoreAfterLoad } from './schema.js';
import { verifyDataset } from './verify.js';

/*
 * Dataset M (DESIGN §7): 10 000 people in 12 departments, 300 spaces, 200 000 posts, 600 000
 * comments, 1 000 000 reactions over 180 days, loaded through COPY into a database migrated by
 * the API's own migrations. `ensureDatasetM` reuses a cluster already loaded by this version.
 *
 * BENCH_RELOAD=1 forces a reload; BENCH_DATASET_SCALE (default 1) shrinks it for quick trials;
 * BENCH_DATASET_ANCHOR=YYYY-MM-DD pins the last day of history (default: the day of the load).
 */

/** Bump when the generator's output changes: cached clusters of other versions are reloaded. */
export const GENERATOR_VERSION = 2;
const SEED = 'chantier-dataset-m';
/** Every dataset account's password (login works for anyone, e.g. to look around in the web app). */
export const DATASET_PASSWORD = 'chantier-bench';

const scale = Number(process.env.BENCH_DATASET_SCALE ?? 1);
const key = `v${GENERATOR_VERSION}${scale === 1 ? '' : `-scale${scale}`}`;

export const datasetSizes = (s = scale) => ({
  users: Math.round(10_000 * s),
  posts: Math.round(200_000 * s),
  comments: Math.round(600_000 * s),
  reactions: Math.round(1_000_000 * s),
  postReactions: Math.round(650_000 * s),
});

const anchorTime = () => {
  const pinned = process.env.BENCH_DATASET_ANCHOR;
  const day = pinned ? new Date(`${pinned}T00:00:00Z`) : new Date(new Date().toISOString().slice(0, 10));
  if (Number.isNaN(day.getTime())) throw new Error(`BENCH_DATASET_ANCHOR=${pinned} is not a YYYY-MM-DD date`);
  return day.getTime();
};

const connect = async (url) => {
  const client = new pg.Client(url);
  await client.connect();
  await client.query(`SET synchronous_commit = off; SET maintenance_work_mem = '512MB'`);
  return client;
};

/** Generates and copies everything into a freshly migrated, empty database. */
const load = async (url) => {
  const began = performance.now();
  const timings = {};
  const [main, log] = [await connect(url), await connect(url)];
  try {
    await assertColumnsCovered(main, { ...ORG_COLUMNS, ...CONTENT_COLUMNS });
    const { rows } = await main.query('SELECT (SELECT count(*) FROM app_user) + (SELECT count(*) FROM post) AS n');
    if (Number(rows[0].n) > 0) throw new Error('dataset M loads into an empty database only');
    const dropped = await dropForLoad(main);
    await pauseEngagementCounting(main);
    const sizes = datasetSizes();
    const org = makeOrg({ seed: SEED, scale, anchor: anchorTime() });
    // A fixed salt keeps the dataset deterministic; argon2id as the API hashes.
    const passwordHash = await argon2.hash(DATASET_PASSWORD, { type: argon2.argon2id, salt: Buffer.from('dataset-m-salt!!') });
    timings.orgActivity = { rows: await loadOrg({ org, client: main, passwordHash, timings }) };
    const { renderer } = await loadContent({ org, main, log, sizes, timings });
    let step = performance.now();
    await restoreAfterLoad([main, log], dropped);
    timings.indexesAndKeys = {
      seconds: (performance.now() - step) / 1000,
      count: dropped.indexes.length + dropped.keys.length + dropped.foreignKeys.length,
    };
    step = performance.now();
    await countEngagement(main);
    timings.engagementCounts = { seconds: (performance.now() - step) / 1000 };
    step = performance.now();
    await main.query('VACUUM (ANALYZE)');
    timings.vacuumAnalyze = { seconds: (performance.now() - step) / 1000 };
    step = performance.now();
    const checks = await verifyDataset(main);
    timings.verify = { seconds: (performance.now() - step) / 1000 };
    const marker = {
      version: GENERATOR_VERSION,
      scale,
      seed: SEED,
      anchor: new Date(org.anchor).toISOString().slice(0, 10),
      loadedAt: new Date().toISOString(),
      loadSeconds: (performance.now() - began) / 1000,
      timings,
      checks,
      htmlRenderer: renderer,
    };
    await main.query('CHECKPOINT');
    await writeMarker(main, marker);
    return marker;
  } finally {
    await Promise.all([main.end(), log.end()]);
  }
};

/**
 * Starts (or reuses) the dataset M database, migrated to the API's latest migrations.
 * Resolves with its URL, a stop function and the load record (`loadedNow` when loaded by this call).
 */
export const ensureDatasetM = async ({ reload = process.env.BENCH_RELOAD === '1', log = console.log } = {}) => {
  let db = await openDatabase(key);
  try {
    const client = new pg.Client(db.url);
    await client.connect();
    const marker = await readMarker(client).finally(() => client.end());
    if (marker && marker.version === GENERATOR_VERSION && marker.scale === scale && !reload) {
      const ran = await migrate(db.url);
      if (ran.length) await analyzeAfter(db.url, ran, log);
      log(`dataset M: reusing ${db.external ? 'DATABASE_URL' : db.root} (loaded ${marker.loadedAt}; BENCH_RELOAD=1 reloads)`);
      return { ...db, marker, describe: describe(marker), loadedNow: false, migrationsRunNow: ran };
    }
    log(`dataset M: loading ${datasetSizes().posts} posts… (generator v${GENERATOR_VERSION}, scale ${scale})`);
    await db.stop();
    db = await openDatabase(key, { fast: true, wipe: true });
    const began = performance.now();
    const migrations = await migrate(db.url);
    const migrateSeconds = (performance.now() - began) / 1000;
    const loaded = await load(db.url);
    const marker2 = { ...loaded, migrations, migrateSeconds };
    const client2 = new pg.Client(db.url);
    await client2.connect();
    await writeMarker(client2, marker2).finally(() => client2.end());
    log(`dataset M: loaded in ${loaded.loadSeconds.toFixed(0)} s`);
    // Back to durable settings for the benchmarks themselves.
    await db.stop();
    db = await openDatabase(key);
    return { ...db, marker: marker2, describe: describe(marker2), loadedNow: true, migrationsRunNow: [] };
  } catch (error) {
    await db.stop();
    throw error;
  }
};

const describe = (marker) =>
  `M v${marker.version}${marker.scale === 1 ? '' : ` ×${marker.scale}`} (${marker.checks.counts.post} posts, history to ${marker.anchor})`;

const analyzeAfter = async (url, ran, log) => {
  log(`dataset M: applied ${ran.join(', ')} to the cached dataset; analysing`);
  const client = new pg.Client(url);
  await client.connect();
  await client.query('VACUUM (ANALYZE)').finally(() => client.end());
};
