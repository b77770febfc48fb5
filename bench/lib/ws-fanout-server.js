import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';

import { renderMarkdown } from '@chantier/domain';
import { createClient } from 'redis';
import { WebSocketServer } from 'ws';

import { openFixedPool } from './fixed-pool.js';

/*
 * The realtime baseline: raw `ws` doing the API's fan-out with nothing else. POST /post commits
 * the post and its activity row in one transaction, loads the payload with the API's own
 * POST_SELECT (as the relay does), and sends it to every socket in the space's "room". With
 * REDIS_URL it also publishes the payload, and every process sends what it receives to its
 * own sockets, as socket.io's Redis adapter does. Env: PORT, DATABASE_URL, JWT_SECRET, REDIS_URL.
 * Sockets connect to /?token=… and join the rooms of the spaces their person belongs to.
 */

const { POST_SELECT } = await import(new URL('../../apps/api/dist/posts/content.sql.js', import.meta.url).href);
const pool = await openFixedPool(process.env.DATABASE_URL);
const secret = process.env.JWT_SECRET;
const CHANNEL = 'bench-fanout';

const verify = (token) => {
  const [header, payload, signature] = String(token).split('.');
  if (!signature) return null;
  const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
  return typeof claims.sub === 'string' && claims.exp * 1000 > Date.now() ? claims.sub : null;
};

/** room (space id) → sockets */
const rooms = new Map();
const sendToRoom = (room, frame) => {
  for (const socket of rooms.get(room) ?? []) socket.send(frame);
};

const redis = process.env.REDIS_URL ? createClient({ url: process.env.REDIS_URL }) : null;
const subscriber = redis?.duplicate();
if (redis) {
  await Promise.all([redis.connect(), subscriber.connect()]);
  await subscriber.subscribe(CHANNEL, (message) => {
    const { room, frame, origin } = JSON.parse(message);
    if (origin !== process.pid) sendToRoom(room, frame);
  });
}

const createPost = async (authorId, spaceId, body) => {
  const client = await pool.connect();
  let id;
  try {
    await client.query('BEGIN');
    ({ id } = (
      await client.query(`INSERT INTO post (space_id, author_id, kind, body, html) VALUES ($1, $2, 'STATUS', $3, $4) RETURNING id`, [
        spaceId,
        authorId,
        body,
        renderMarkdown(body),
      ])
    ).rows[0]);
    await client.query(
      `INSERT INTO activity (actor_id, actor_kind, verb, target_type, target_id, thread_id, target_author_id, space_id, meta)
       VALUES ($1, 'human', 'post', 'post', $2, $2, $1, $3, '{"kind":"status"}')`,
      [authorId, id, spaceId],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
  const [row] = (await pool.query(`${POST_SELECT} WHERE p.id = $2 AND p.deleted_at IS NULL`, [null, id])).rows;
  const payload = { ...row }; // as the relay sends it: no viewer-specific fields
  delete payload.viewerReaction;
  delete payload.cursorTime;
  const frame = JSON.stringify({ event: 'post.created', data: payload });
  sendToRoom(spaceId, frame);
  if (redis) await redis.publish(CHANNEL, JSON.stringify({ room: spaceId, frame, origin: process.pid }));
  return id;
};

const server = createServer(async (req, res) => {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  if (req.url === '/health') return res.end('ok');
  try {
    const authorId = verify((req.headers.authorization ?? '').replace(/^Bearer /, ''));
    if (!authorId || req.url !== '/post') return res.writeHead(401).end();
    const { spaceId, body } = JSON.parse(Buffer.concat(chunks).toString());
    const id = await createPost(authorId, spaceId, body);
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id }));
  } catch (error) {
    res.writeHead(500).end(String(error?.message ?? error));
  }
});

const wss = new WebSocketServer({ server });
wss.on('connection', async (socket, req) => {
  const userId = verify(new URL(req.url, 'http://x').searchParams.get('token'));
  if (!userId) return socket.close(4001, 'invalid token');
  const { rows } = await pool.query('SELECT space_id FROM membership WHERE user_id = $1', [userId]);
  for (const { space_id: space } of rows) {
    if (!rooms.has(space)) rooms.set(space, new Set());
    rooms.get(space).add(socket);
  }
  socket.on('close', () => rows.forEach(({ space_id: space }) => rooms.get(space)?.delete(socket)));
  socket.send(JSON.stringify({ event: 'ready' }));
});

server.keepAliveTimeout = 60_000;
server.listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => {
  for (const socket of wss.clients) socket.terminate();
  server.closeAllConnections();
  server.close();
  Promise.allSettled([pool.end(), redis?.quit(), subscriber?.quit()]).finally(() => process.exit(0));
});
