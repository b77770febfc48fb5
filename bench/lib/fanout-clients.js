import { io } from 'socket.io-client';
import WebSocket from 'ws';

import { sleep } from './process.js';

/*
 * Many realtime clients in this process, all stamping `post.created` arrivals with the same
 * clock the sender uses (performance.now), so latency = arrival − send with no clock skew.
 * socket.io clients use the websocket transport only (as browsers do after the upgrade).
 */

const BATCH = 50;
const READY_TIMEOUT_MS = 60_000;

const arrivals = () => {
  const byPost = new Map();
  return {
    record(id) {
      const now = performance.now();
      if (!byPost.has(id)) byPost.set(id, []);
      byPost.get(id).push(now);
    },
    of: (id) => byPost.get(id) ?? [],
    forget: (id) => byPost.delete(id),
  };
};

/** Connects in batches; resolves once every socket said it is ready (or the time is up). */
const connectAll = async (tokens, connectOne) => {
  const clients = [];
  let failed = 0;
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (let i = 0; i < tokens.length; i += BATCH) {
    const batch = tokens.slice(i, i + BATCH).map((token) => connectOne(token));
    for (const result of await Promise.allSettled(batch.map((c) => c.ready))) {
      if (result.status === 'rejected') failed += 1;
    }
    clients.push(...batch);
    if (Date.now() > deadline) break;
  }
  return { clients, failed };
};

const withTimeout = (executor) =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('not ready in time')), READY_TIMEOUT_MS);
    executor(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });

/** socket.io clients of the API (one or more processes, round robin). */
export const socketIoClients = async (urls, tokens) => {
  const seen = arrivals();
  let n = 0;
  const { clients, failed } = await connectAll(tokens, (token) => {
    const socket = io(urls[n++ % urls.length], { auth: { token }, transports: ['websocket'], reconnection: false, forceNew: true });
    socket.on('post.created', (post) => seen.record(post.id));
    const ready = withTimeout((resolve, reject) => {
      socket.once('ready', resolve);
      socket.once('connect_error', reject);
    });
    return { socket, ready };
  });
  return {
    connected: clients.length - failed,
    failed,
    seen,
    close: async () => {
      for (const { socket } of clients) socket.disconnect();
      await sleep(200);
    },
  };
};

/** Raw ws clients of the baseline (one or more processes, round robin). */
export const wsClients = async (urls, tokens) => {
  const seen = arrivals();
  let n = 0;
  const { clients, failed } = await connectAll(tokens, (token) => {
    const socket = new WebSocket(`${urls[n++ % urls.length].replace('http', 'ws')}/?token=${token}`);
    const ready = withTimeout((resolve, reject) => {
      socket.on('message', (data) => {
        const { event, data: payload } = JSON.parse(data.toString());
        if (event === 'ready') resolve();
        else if (event === 'post.created') seen.record(payload.id);
      });
      socket.once('error', reject);
      socket.once('close', () => reject(new Error('closed')));
    });
    return { socket, ready };
  });
  return {
    connected: clients.length - failed,
    failed,
    seen,
    close: async () => {
      for (const { socket } of clients) socket.terminate();
      await sleep(200);
    },
  };
};

/**
 * Posts `count` times through `send` (resolving with the new post's id), one after another; for
 * each, waits until `expected` sockets have it (at most `timeoutMs`), and returns every latency.
 */
export const measureDeliveries = async ({ send, seen, expected, count, timeoutMs = 5_000, gapMs = 150 }) => {
  const posts = [];
  for (let i = 0; i < count; i += 1) {
    const sentAt = performance.now();
    const id = await send(i);
    const answeredAt = performance.now();
    for (const until = answeredAt + timeoutMs; seen.of(id).length < expected && performance.now() < until;) await sleep(2);
    const latencies = seen
      .of(id)
      .map((t) => t - sentAt)
      .sort((a, b) => a - b);
    seen.forget(id);
    posts.push({ latencies, responseMs: answeredAt - sentAt, lost: Math.max(0, expected - latencies.length) });
    await sleep(gapMs);
  }
  return posts;
};
