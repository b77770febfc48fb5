import { spawn } from 'node:child_process';

import { API_MAIN, newJwtSecret, startApi } from '../lib/api.js';
import { closedLoopHooks, deliveries, openLoopHooks, redeliveringSenders } from '../lib/hook-load.js';
import { checkpointCount, inboxStatuses, openIngestDatabase, REPO, waitForDrain, withClient } from '../lib/ingest-db.js';
import { freePort, median, sleep, spawnUntilHealthy, stop } from '../lib/process.js';
import { profileIngest } from '../lib/profile-ingest.js';

/*
 * Webhook ingestion (DESIGN §7): signed GitHub deliveries (`issues`/opened, ≈ 2 KB, each its own
 * issue and delivery id) to POST /hooks/:connectorId, acknowledged only after the inbox row and
 * its job commit. Baseline in the same run: bare-ingest-server.js (node:http + pg, HMAC check,
 * one durable INSERT into a copy of the inbox table). 1. Closed loop, 16 senders, alternating
 * API and baseline, median of 3: events/s acknowledged, ack p50/p99. 2. Open loop at 1 000/s
 * (and 2 000/s when the closed loop reached it), alternating likewise: ack p99. 3. 20 000
 * deliveries by 16 redelivering senders with a SIGKILL of the API half-way and a restart: lost
 * (acknowledged, no inbox row) and duplicated, times, and the queue's drain into posts. The
 * queue worker runs inside the API process (the default), so its processing competes with
 * ingestion; the backlog is drained after each API run so runs start alike.
 */

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const SENDERS = 16;
const KILL_DELIVERIES = Number(process.env.BENCH_INGEST_KILL ?? 20_000);
const TARGET_RATE = 1_000;
const STRETCH_RATE = 2_000;
const BARE = new URL('../lib/bare-ingest-server.js', import.meta.url).pathname;

const startBare = async (db, mode = 'insert') => {
  const port = await freePort();
  const { child } = await spawnUntilHealthy(process.execPath, [BARE], {
    env: { PORT: String(port), DATABASE_URL: db.url, HOOK_SECRET: db.secret, CONNECTOR_ID: db.connectorId, BARE_MODE: mode },
    url: `http://127.0.0.1:${port}/health`,
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => stop(child) };
};

export const ingest = async () => {
  const db = await openIngestDatabase();
  const jwtSecret = newJwtSecret();
  const source = deliveries({ secret: db.secret, repo: REPO });
  const path = `/hooks/${db.connectorId}`;
  let api;
  let bare;
  try {
    api = await startApi({ databaseUrl: db.url, jwtSecret });
    bare = await startBare(db);
    const sides = { api: { url: api.url, path, source }, bare: { url: bare.url, path, source } };
    // Refuse to measure a build without the endpoint: one delivery must be accepted.
    const probe = await closedLoopHooks(sides.api, { connections: 1, seconds: 1 });
    if (probe.acked === 0) return { skipped: `POST /hooks/:id does not accept deliveries in this build (${probe.failureSample})` };
    await waitForDrain(db.url, db.connectorId, new Date(0));

    /**
     * Runs one side; after an API run, waits for its backlog and records the processing rate, and
     * splits the process's SQL statements (its worker runs alongside) into those per acknowledged
     * delivery and those per processed event, the latter counted over the drain.
     */
    const drains = [];
    const processed = async (since) => (await inboxStatuses(db.url, db.connectorId, since)).PROCESSED ?? 0;
    const once = async (side, run) => {
      const since = new Date();
      const c0 = await checkpointCount(db.url);
      const measured = async () => ({ ...(await run(sides[side])), checkpointsDuringRun: (await checkpointCount(db.url)) - c0 });
      if (side !== 'api') return measured();
      const q0 = await api.queries();
      const result = await measured();
      const [q1, p1] = [await api.queries(), await processed(since)];
      const drain = await waitForDrain(db.url, db.connectorId, since);
      const [q2, p2] = [await api.queries(), await processed(since)];
      drains.push(drain);
      const perEvent = p2 > p1 ? (q2 - q1) / (p2 - p1) : null;
      const acked = result.acked ?? result.requests;
      const statements = perEvent === null ? null : { perEvent, perAck: (q1 - q0 - p1 * perEvent) / Math.max(1, acked) };
      // Processing yields to acknowledging during a burst (InboxWorker): what it still did meanwhile.
      return { ...result, statements, drain, processedPerSecondDuringRun: p1 / SECONDS };
    };
    const alternate = async (run) => {
      const rounds = { api: [], bare: [] };
      for (let round = 0; round < ROUNDS; round += 1)
        for (const side of round % 2 ? ['bare', 'api'] : ['api', 'bare']) rounds[side].push(await once(side, run));
      return rounds;
    };

    // Warm-up (JIT, pools), not measured.
    for (const side of ['api', 'bare']) await once(side, (t) => closedLoopHooks(t, { connections: SENDERS, seconds: 3 }));

    const closed = await alternate((t) => closedLoopHooks(t, { connections: SENDERS, seconds: SECONDS }));
    const pickClosed = (rs) => ({
      eventsPerSecond: median(rs.map((r) => r.eventsPerSecond)),
      p50: median(rs.map((r) => r.p50)),
      p99: median(rs.map((r) => r.p99)),
      failed: rs.reduce((sum, r) => sum + r.failed, 0),
      rounds: rs,
    });
    const closedLoop = { api: pickClosed(closed.api), bare: pickClosed(closed.bare) };
    closedLoop.ratio = closedLoop.api.eventsPerSecond / closedLoop.bare.eventsPerSecond;
    closedLoop.split = await splitWorkers({ db, jwtSecret, path, source, bareSide: sides.bare, pickClosed });

    // What the API's steps cost on top of the bare INSERT (the same server adding them one at a
    // time), and two proposed ways to store a delivery with its job faster (bare-ingest-server.js).
    const breakdown = { 'tx-job': [], 'tx-job-lookup': [], 'one-statement': [], 'group-commit': [] };
    for (const mode of Object.keys(breakdown)) {
      const variant = await startBare(db, mode);
      try {
        for (let round = 0; round < ROUNDS; round += 1)
          breakdown[mode].push(await closedLoopHooks({ url: variant.url, path, source }, { connections: SENDERS, seconds: SECONDS }));
      } finally {
        await variant.stop();
      }
    }
    closedLoop.breakdown = Object.fromEntries(
      Object.entries(breakdown).map(([mode, rs]) => [
        mode,
        { eventsPerSecond: median(rs.map((r) => r.eventsPerSecond)), p99: median(rs.map((r) => r.p99)) },
      ]),
    );
    const missed = closedLoop.api.eventsPerSecond < TARGET_RATE || closedLoop.ratio < 0.3;
    const profile = missed
      ? await profileIngest({ databaseUrl: db.url, jwtSecret, path, source, connections: SENDERS, seconds: SECONDS })
      : null;
    if (profile) await waitForDrain(db.url, db.connectorId, new Date(0));

    const rates = closedLoop.api.eventsPerSecond >= STRETCH_RATE ? [TARGET_RATE, STRETCH_RATE] : [TARGET_RATE];
    const openLoop = [];
    for (const rate of rates) {
      const rs = await alternate((t) => openLoopHooks(t, { rate, seconds: SECONDS }));
      const pick = (side) => ({
        p50: median(rs[side].map((r) => r.p50)),
        p99: median(rs[side].map((r) => r.p99)),
        failed: rs[side].reduce((sum, r) => sum + r.failed, 0),
        rounds: rs[side],
      });
      openLoop.push({ rate, api: pick('api'), bare: pick('bare') });
    }

    const kill = await killRun({ db, jwtSecret, path, source, api });
    api = kill.api;
    const processing = drains.map((d) => d.processedPerSecond).filter(Number.isFinite);
    return {
      dataset: `fresh database (${db.where}), one GITHUB connector routed to a PROJECT space`,
      rounds: ROUNDS,
      seconds: SECONDS,
      senders: SENDERS,
      bodyBytes: Buffer.byteLength(source.next().body),
      closedLoop,
      openLoop,
      processedPerSecondMedian: processing.length ? median(processing) : null,
      profile,
      kill: kill.result,
    };
  } finally {
    await api?.stop();
    await bare?.stop();
    await db.stop();
  }
};

/**
 * The same closed loop with the queue consumed by a separate WORKER_ONLY process (the API with
 * QUEUE_WORKERS=false), as DESIGN §2's scale-out runs it: acknowledging no longer shares its
 * process with processing (the machine's two cores still are shared). Alternates with the bare
 * server, median of the rounds; each run's backlog is drained by the worker before the next.
 */
const splitWorkers = async ({ db, jwtSecret, path, source, bareSide, pickClosed }) => {
  const api = await startApi({ databaseUrl: db.url, jwtSecret, env: { QUEUE_WORKERS: 'false' } });
  const worker = spawn(process.execPath, [API_MAIN], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: db.url,
      JWT_SECRET: jwtSecret,
      WORKER_ONLY: '1',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      REDIS_URL: '',
    },
    stdio: 'ignore',
  });
  try {
    await sleep(3_000); // the worker has no HTTP port to ask: give it its start-up time
    const side = { url: api.url, path, source };
    const rounds = { api: [], bare: [] };
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const which of round % 2 ? ['bare', 'api'] : ['api', 'bare']) {
        const since = new Date();
        rounds[which].push(await closedLoopHooks(which === 'api' ? side : bareSide, { connections: SENDERS, seconds: SECONDS }));
        if (which === 'api') await waitForDrain(db.url, db.connectorId, since);
      }
    }
    const result = { api: pickClosed(rounds.api), bare: pickClosed(rounds.bare) };
    return { ...result, ratio: result.api.eventsPerSecond / result.bare.eventsPerSecond };
  } finally {
    await stop(worker);
    await api.stop();
  }
};

/** 20 000 deliveries, SIGKILL of the API when half are acknowledged, restart, then the counts. */
const killRun = async ({ db, jwtSecret, path, source, api: first }) => {
  const items = Array.from({ length: KILL_DELIVERIES }, () => source.next());
  const since = new Date();
  const target = { url: first.url };
  let api = first;
  let killing;
  let inFlightAtKill = null;
  let ackedAtKill = null;
  let restartSeconds = null;
  const began = performance.now();
  const sent = await redeliveringSenders({
    target,
    path,
    items,
    senders: SENDERS,
    onAck: (acked, inFlight) => {
      if (killing || acked < KILL_DELIVERIES / 2) return;
      inFlightAtKill = inFlight;
      ackedAtKill = acked;
      const killedAt = performance.now();
      killing = stop(api.child, 'SIGKILL').then(async () => {
        await api.stop(); // only removes its data folder now
        api = await startApi({ databaseUrl: db.url, jwtSecret });
        restartSeconds = (performance.now() - killedAt) / 1000;
        target.url = api.url;
      });
    },
  });
  await killing;
  const ackSeconds = (performance.now() - began) / 1000;
  const drain = await waitForDrain(db.url, db.connectorId, since, 1_200_000);
  const totalSeconds = (performance.now() - began) / 1000;
  const counts = await withClient(db.url, async (c) => {
    const ids = items.map((d) => d.id);
    const { rows } = await c.query(
      `SELECT count(*)::int AS rows, count(DISTINCT external_id)::int AS distinct_ids,
              count(post_id)::int AS with_post, count(DISTINCT post_id)::int AS distinct_posts,
              count(*) FILTER (WHERE status = 'FAILED')::int AS failed
         FROM inbound_event WHERE connector_id = $1 AND external_id = ANY($2)`,
      [db.connectorId, ids],
    );
    const found = await c.query(`SELECT external_id FROM inbound_event WHERE connector_id = $1 AND external_id = ANY($2)`, [
      db.connectorId,
      ids,
    ]);
    const posts = await c.query(
      `SELECT count(*)::int AS n FROM post p WHERE p.author_id = $1
          AND p.id IN (SELECT post_id FROM inbound_event WHERE connector_id = $2 AND external_id = ANY($3))`,
      [db.botUserId, db.connectorId, ids],
    );
    const errors = await c.query(
      `SELECT status, left(error, 300) AS error, count(*)::int AS n FROM inbound_event
        WHERE connector_id = $1 AND external_id = ANY($2) AND status <> 'PROCESSED' GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 3`,
      [db.connectorId, ids],
    );
    const present = new Set(found.rows.map((r) => r.external_id));
    return { ...rows[0], posts: posts.rows[0].n, errors: errors.rows, lost: [...sent.acked].filter((id) => !present.has(id)).length };
  });
  return {
    api,
    result: {
      deliveries: KILL_DELIVERIES,
      acknowledged: sent.acked.size,
      ackedAtKill,
      inFlightAtKill,
      failedAttempts: sent.failedAttempts,
      attempts: sent.attempts,
      statuses: sent.statuses,
      restartSeconds,
      ackSeconds,
      drainSeconds: drain.waitSeconds,
      totalSeconds,
      drained: drain.drained,
      inboxStatuses: drain.statuses,
      processedPerSecond: drain.processedPerSecond,
      inboxRows: counts.rows,
      lost: counts.lost,
      duplicated: counts.rows - counts.distinct_ids + (counts.with_post - counts.distinct_posts),
      posts: counts.posts,
      failed: counts.failed,
      notProcessed: counts.errors,
    },
  };
};
