import { spawn } from 'node:child_process';

import { io } from 'socket.io-client';

import { TAG, uuidFor } from '../dataset/random.js';
import { graphql, newJwtSecret, signToken, startApi } from '../lib/api.js';
import { measureDeliveries, socketIoClients, wsClients } from '../lib/fanout-clients.js';
import { percentile } from '../lib/load.js';
import { freePort, median, rssMiB, sleep, spawnUntilHealthy, stop } from '../lib/process.js';
import { withClient } from '../lib/viewers.js';

/*
 * Realtime (DESIGN §7): a post's commit → its `post.created` on 1 000 connected sockets of
 * people who may read the space (members of dataset M's largest PRIVATE space), through the API
 * vs raw `ws` doing the same commit + load + fan-out (ws-fanout-server.js), alternating, 3
 * rounds of 10 posts each; then the same with two processes of each behind a real redis-server,
 * half the sockets on each, posting through the first. Latency is counted from the moment the
 * post request is sent (so it includes the request's own work up to the commit).
 */

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const POSTS = Number(process.env.BENCH_REALTIME_POSTS ?? 10);
const SOCKETS = Number(process.env.BENCH_SOCKETS ?? 1_000);
const WS_SERVER = new URL('../lib/ws-fanout-server.js', import.meta.url).pathname;
const CREATE_POST = 'mutation Post($input: CreatePostInput!) { createPost(input: $input) { id } }';

const startWs = async (env) => {
  const port = await freePort();
  const { child } = await spawnUntilHealthy(process.execPath, [WS_SERVER], {
    env: { PORT: String(port), ...env },
    url: `http://127.0.0.1:${port}/health`,
  });
  return { child, url: `http://127.0.0.1:${port}`, stop: () => stop(child) };
};

const startRedis = async () => {
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  await new Promise((resolve, reject) => {
    child.once('error', reject);
    setTimeout(resolve, 300);
  });
  return { url: `redis://127.0.0.1:${port}`, stop: () => stop(child) };
};

/** Can a socket.io client of this build connect at all? */
const hasGateway = (url, token) =>
  new Promise((resolve) => {
    const socket = io(url, { auth: { token }, transports: ['websocket'], reconnection: false, timeout: 5_000 });
    const done = (result) => {
      socket.disconnect();
      resolve(result);
    };
    socket.once('connect', () => done({ ok: true }));
    socket.once('connect_error', (error) => done({ ok: false, reason: error.message }));
  });

const summarise = (posts) => {
  const all = posts.flatMap((p) => p.latencies).sort((a, b) => a - b);
  return {
    posts: posts.length,
    p50: percentile(all, 50),
    p99: percentile(all, 99),
    lastSocketMedian: median(posts.map((p) => p.latencies.at(-1) ?? NaN)),
    lastSocketWorst: Math.max(...posts.map((p) => p.latencies.at(-1) ?? Infinity)),
    lost: posts.reduce((sum, p) => sum + p.lost, 0),
    responseMsMedian: median(posts.map((p) => p.responseMs)),
  };
};

/** Alternates the two sides over the rounds; each round posts POSTS times on each. */
const compare = async (sides) => {
  const rounds = { api: [], ws: [] };
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const side of round % 2 ? ['ws', 'api'] : ['api', 'ws']) rounds[side].push(summarise(await measureDeliveries(sides[side])));
  }
  const pick = (side) => ({
    p50: median(rounds[side].map((r) => r.p50)),
    p99: median(rounds[side].map((r) => r.p99)),
    lastSocket: median(rounds[side].map((r) => r.lastSocketMedian)),
    lastSocketWorst: Math.max(...rounds[side].map((r) => r.lastSocketWorst)),
    lost: rounds[side].reduce((sum, r) => sum + r.lost, 0),
    postResponseMs: median(rounds[side].map((r) => r.responseMsMedian)),
    rounds: rounds[side],
  });
  const api = pick('api');
  const ws = pick('ws');
  return { api, ws, p99Ratio: api.p99 / ws.p99 };
};

const setup = async ({ db, secret, members, processes, redisUrl }) => {
  const tokens = members.slice(0, SOCKETS).map((id) => signToken(secret, id));
  const posters = members.slice(SOCKETS).map((id) => signToken(secret, id));
  const env = redisUrl ? { REDIS_URL: redisUrl } : {};
  const apis = [];
  const wss = [];
  for (let i = 0; i < processes; i += 1) {
    apis.push(await startApi({ databaseUrl: db.url, jwtSecret: secret, env }));
    wss.push(await startWs({ DATABASE_URL: db.url, JWT_SECRET: secret, ...env }));
  }
  return { tokens, posters, apis, wss };
};

const run = async ({ db, secret, members, spaceId, processes, redisUrl }) => {
  const { tokens, posters, apis, wss } = await setup({ db, secret, members, processes, redisUrl });
  let apiClients;
  let wsSide;
  try {
    apiClients = await socketIoClients(
      apis.map((a) => a.url),
      tokens,
    );
    wsSide = await wsClients(
      wss.map((w) => w.url),
      tokens,
    );
    const rss = apis.map((a) => rssMiB(a.child.pid));
    const body = (i) => `Realtime benchmark post ${i} at ${new Date().toISOString()} #bench`;
    const sides = {
      api: {
        seen: apiClients.seen,
        expected: apiClients.connected,
        count: POSTS,
        send: async (i) => {
          const result = await graphql(apis[0].url, posters[i % posters.length], CREATE_POST, {
            input: { spaceId, body: body(i), kind: 'STATUS' },
          });
          if (!result.data?.createPost) throw new Error(`createPost failed: ${JSON.stringify(result.errors)}`);
          return result.data.createPost.id;
        },
      },
      ws: {
        seen: wsSide.seen,
        expected: wsSide.connected,
        count: POSTS,
        send: async (i) => {
          const response = await fetch(`${wss[0].url}/post`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${posters[i % posters.length]}` },
            body: JSON.stringify({ spaceId, body: body(i) }),
          });
          return (await response.json()).id;
        },
      },
    };
    const result = await compare(sides);
    return {
      processes,
      sockets: { api: apiClients.connected, ws: wsSide.connected, failedToConnect: apiClients.failed + wsSide.failed },
      apiRssMiBWithSockets: rss,
      ...result,
    };
  } finally {
    await apiClients?.close();
    await wsSide?.close();
    for (const server of [...apis, ...wss]) await server.stop();
  }
};

export const realtime = async ({ dataset }) => {
  const db = await dataset();
  const secret = newJwtSecret();
  const spaceId = uuidFor(TAG.space, 1); // dataset M's largest PRIVATE space
  const members = await withClient(db.url, async (client) => {
    const { rows } = await client.query('SELECT user_id FROM membership WHERE space_id = $1 ORDER BY user_id', [spaceId]);
    return rows.map((r) => r.user_id);
  });
  if (members.length < SOCKETS + 1) return { skipped: `the space has ${members.length} members, fewer than ${SOCKETS} + a poster` };

  const probe = await startApi({ databaseUrl: db.url, jwtSecret: secret });
  const gateway = await hasGateway(probe.url, signToken(secret, members[0])).finally(() => probe.stop());
  if (!gateway.ok) return { dataset: db.describe, skipped: `no socket.io gateway in this build (${gateway.reason})` };

  const single = await run({ db, secret, members, spaceId, processes: 1 });
  await sleep(500);
  const redis = await startRedis();
  try {
    const scaled = await run({ db, secret, members, spaceId, processes: 2, redisUrl: redis.url });
    return {
      dataset: db.describe,
      space: `PRIVATE space with ${members.length} members`,
      rounds: ROUNDS,
      postsPerRound: POSTS,
      single,
      redis: scaled,
    };
  } finally {
    await redis.stop();
  }
};
