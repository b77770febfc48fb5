import 'reflect-metadata';

import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';

import { DataSource } from 'typeorm';

import { openFixedPool } from './fixed-pool.js';

/*
 * The baseline of the feed and search scenarios: a bare `node:http` server on a `pg` pool
 * running the API's own SQL — its built repositories and services are imported (not copied)
 * and handed a `{ query }` object over the pool instead of TypeORM, so it runs the same
 * statements with the same parameters, but without Nest, Apollo, GraphQL or TypeORM.
 * Each request verifies the HS256 token, loads the viewer, then runs the page, as the API does.
 *
 * Run as its own process: PORT, DATABASE_URL, JWT_SECRET. POST / with a JSON body
 * { "op": "homeFeed" | "search", "variables": {…} }.
 */

const dist = (path) => new URL(`../../apps/api/dist/${path}`, import.meta.url).href;
const pool = await openFixedPool(process.env.DATABASE_URL);
// The slowest statement since it was last asked for (GET /slowest), for the report's notes.
let slowest = null;
const db = {
  // As TypeORM's DataSource exposes it: the API's prepared lookups (database/prepared-query.ts) run on the pool.
  driver: { master: pool },
  query: async (sql, params) => {
    const began = performance.now();
    const { rows } = await pool.query(sql, params);
    const ms = performance.now() - began;
    if (!slowest || ms > slowest.ms) slowest = { ms, sql, params };
    return rows;
  },
};

/** Builds a service with its constructor dependencies the way Nest would, with `db` as the DataSource. */
const built = new Map();
const build = (type) => {
  if (type === DataSource) return db;
  if (typeof type !== 'function' || [Object, String, Number, Boolean, Array].includes(type)) return undefined;
  if (!built.has(type)) {
    const deps = Reflect.getMetadata('design:paramtypes', type) ?? [];
    built.set(type, new type(...deps.map(build)));
  }
  return built.get(type);
};

const { ViewerRepository } = await import(dist('auth/viewer.repository.js'));
const { FeedService } = await import(dist('feed/feed.service.js'));
// Parts other features add: absent from an older build, so optional.
const optional = (path, name) =>
  import(dist(path)).then(
    (m) => m[name] && build(m[name]),
    () => undefined,
  );
const viewers = build(ViewerRepository);
const feeds = build(FeedService);
const topFeeds = await optional('feed/top-feed.service.js', 'TopFeedService');
const searches = await optional('search/search.service.js', 'SearchService');

const secret = process.env.JWT_SECRET;
/** The user id of a valid, unexpired HS256 token, as the API's TokenService checks it. */
const verify = (token) => {
  const [header, payload, signature] = token.split('.');
  if (!signature) return null;
  const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
  return typeof claims.sub === 'string' && claims.exp * 1000 > Date.now() ? claims.sub : null;
};

// The fields the benchmark's GraphQL query selects, so both sides send the same document.
const post = (p) => ({
  id: p.id,
  body: p.body,
  html: p.html,
  kind: p.kind,
  pinned: p.pinned,
  createdAt: p.createdAt,
  editedAt: p.editedAt,
  author: { id: p.author.id, displayName: p.author.displayName },
  space: p.space && { id: p.space.id, slug: p.space.slug, name: p.space.name },
  commentCount: p.commentCount,
  reactionCounts: p.reactionCounts,
  viewerReaction: p.viewerReaction,
  source: p.source,
});
// The fields the search benchmark's GraphQL query selects for each kind of hit.
const hit = (n) => {
  if ('postId' in n) return { __typename: 'Comment', id: n.id, postId: n.postId, author: { displayName: n.author.displayName } };
  if ('slug' in n) return { __typename: 'Space', id: n.id, name: n.name, slug: n.slug };
  if (!('body' in n)) return { __typename: 'User', id: n.id, displayName: n.displayName };
  return {
    __typename: 'Post',
    id: n.id,
    createdAt: n.createdAt,
    author: { displayName: n.author.displayName },
    space: n.space && { name: n.space.name },
  };
};
const page = (connection, node) => ({
  edges: connection.edges.map((e) => ({ cursor: e.cursor, node: node(e.node) })),
  pageInfo: connection.pageInfo,
});

const OPS = {
  homeFeed: async (viewer, { mode, first = 20 }) => page(await (mode === 'TOP' ? topFeeds : feeds).home(viewer, { first }), post),
  search: async (viewer, { query, first = 20 }) => {
    if (!searches) throw new Error('no search service in the build');
    const result = await searches.find(viewer, query, { first }, null);
    return {
      edges: result.edges.map((e) => ({ cursor: e.cursor, snippet: e.snippet, rank: e.rank, node: hit(e.node) })),
      pageInfo: result.pageInfo,
    };
  },
};

const send = (res, status, value) => {
  const body = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
};

const server = createServer(async (req, res) => {
  try {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    if (req.url === '/health') return send(res, 200, { ok: true });
    if (req.url === '/slowest') {
      send(res, 200, slowest);
      slowest = null;
      return undefined;
    }
    const userId = verify((req.headers.authorization ?? '').replace(/^Bearer /, ''));
    if (!userId) return send(res, 401, { errors: [{ message: 'invalid token' }] });
    const { op, variables = {} } = JSON.parse(Buffer.concat(chunks).toString() || '{}');
    const viewer = await viewers.load(userId);
    if (!viewer?.active) return send(res, 401, { errors: [{ message: 'unknown viewer' }] });
    send(res, 200, { data: { [op]: await OPS[op](viewer, variables) } });
  } catch (error) {
    send(res, 500, { errors: [{ message: String(error?.message ?? error) }] });
  }
});
server.keepAliveTimeout = 60_000;
server.listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  pool.end().finally(() => process.exit(0));
});
