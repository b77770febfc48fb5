import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';

import type { TestSpace, TestUser } from '../../test/factories/factories.js';
import { ok } from '../../test/gql-client.js';
import { connectLive, type LiveClient } from '../../test/live-client.js';
import { recordQueries } from '../../test/sql-query-counter.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { TokenService } from '../auth/token.service.js';
import { DomainEvents } from '../common/events/domain-events.js';

/*
 * A post in a busy space notifies every follower at once (batched SPACE_POST): the relay must
 * load those notifications in a few queries, not one per follower, and still send each to its
 * recipient only, once, in order with the other events, and only if they may still read it.
 *
 * Absence is proven with a company-wide "barrier" post, as in realtime-access.int-spec.ts.
 */

const FOLLOWERS = 1_000;
const ONLINE = 40;

/** The relay's notification load, told apart from every other query by a column only it selects. */
const isRelayNotificationLoad = (text: string) => text.includes('"recipientSpaceRole"');

describe('notification.created at fan-out scale', () => {
  let t: TestApp;
  let author: TestUser;
  let announcer: TestUser;
  let space: TestSpace;
  let followerIds: string[];
  const clients: LiveClient[] = [];

  const liveAs = async (userId: string) => {
    const client = await connectLive(t.url, t.server.app.get(TokenService).sign(userId));
    clients.push(client);
    return client;
  };
  const createPost = async (user: TestUser, spaceId: string | null, body: string) =>
    ok(await t.gql(`mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`, { input: { spaceId, body } }, user.token))
      .createPost.id as string;
  const barrier = async (observers: LiveClient[]) => {
    const id = await createPost(announcer, null, 'barrier');
    await Promise.all(observers.map((client) => client.next('post.created', (p) => p.id === id)));
  };

  beforeAll(async () => {
    t = await startTestApp();
    [author, announcer] = [await t.f.user(), await t.f.user()];
    space = await t.f.space({ visibility: 'PRIVATE', members: [{ user: author, role: 'OWNER' }] });
    // Members who follow the space, made in one statement each for speed.
    const rows = (await t.db.query(
      `INSERT INTO app_user (email, handle, display_name, password_hash)
       SELECT 'fan' || i || '-' || $1 || '@example.test', 'fan' || i || '-' || $1, 'Fan ' || i, 'unused'
         FROM generate_series(1, $2::int) AS i RETURNING id`,
      [space.id.slice(0, 8), FOLLOWERS],
    )) as { id: string }[];
    followerIds = rows.map((row) => row.id);
    await t.db.query(`INSERT INTO membership (space_id, user_id, role) SELECT $1, unnest($2::uuid[]), 'MEMBER'`, [space.id, followerIds]);
    await t.db.query(`INSERT INTO follow (follower_id, target_space_id) SELECT unnest($2::uuid[]), $1`, [space.id, followerIds]);
  });
  afterEach(() => {
    for (const client of clients.splice(0)) client.close();
  });
  afterAll(() => t.close());

  it('loads a 1 000-follower post’s notifications in a handful of queries and sends each online follower exactly one', async () => {
    // Follows the space but may not read it: never notified, never sent anything about it.
    const outsider = await t.f.user();
    await t.f.follow(outsider, { space });
    const online: LiveClient[] = [];
    // One at a time: a burst of handshakes on a busy machine could outlast their bounded wait.
    for (const id of followerIds.slice(0, ONLINE)) online.push(await liveAs(id));
    const outsiderLive = await liveAs(outsider.id);

    let postId = '';
    let createPostMs = 0;
    let nextRequestMs = 0;
    let deliveredMs = 0;
    const [, queries] = await recordQueries(async () => {
      const started = performance.now();
      postId = await createPost(author, space.id, 'News for the whole space');
      createPostMs = performance.now() - started;
      // The very next request, which had to wait for the pool while the relay held it.
      const next = performance.now();
      ok(await t.gql(`{ me { id } }`, {}, author.token));
      nextRequestMs = performance.now() - next;
      await Promise.all(online.map((client) => client.next('notification.created', (n) => n.post?.id === postId, 15_000)));
      deliveredMs = performance.now() - started;
      // Effects run in announcement order: once the barrier is in, every notification was loaded and sent.
      await barrier([...online, outsiderLive]);
    });
    const relayLoads = queries.filter(isRelayNotificationLoad).length;
    // Measured figures for the report; never asserted.
    console.info(
      `fan-out of ${FOLLOWERS}: createPost ${createPostMs.toFixed(0)} ms, next request ${nextRequestMs.toFixed(0)} ms, ` +
        `all ${ONLINE} online followers notified after ${deliveredMs.toFixed(0)} ms; ` +
        `${relayLoads} relay notification loads, ${queries.length} queries in all`,
    );

    const [{ n: written }] = (await t.db.query(`SELECT count(*)::int AS n FROM notification WHERE post_id = $1`, [postId])) as {
      n: number;
    }[];
    expect(written).toBe(FOLLOWERS);
    expect(relayLoads).toBeGreaterThanOrEqual(1);
    expect(relayLoads).toBeLessThanOrEqual(4);
    // Two posts (the news and the barrier) and one request: nothing grows with the followers.
    expect(queries.length).toBeLessThan(80);
    for (const client of online) {
      expect(client.all('notification.created')).toEqual([
        expect.objectContaining({
          kind: 'SPACE_POST',
          post: { id: postId, kind: 'STATUS' },
          space: expect.objectContaining({ id: space.id }),
        }),
      ]);
    }
    expect(outsiderLive.all('notification.created')).toEqual([]);
    expect(outsiderLive.all('post.created', (p) => p.id === postId)).toEqual([]);
  });

  it('keeps announcement order and the still-readable check inside one batch', async () => {
    const [alice, bob] = [await t.f.user(), await t.f.user()];
    const secret = await t.f.space({ visibility: 'SECRET', members: [{ user: alice }] });
    const bobLive = await liveAs(bob.id);
    const [first, second] = [await t.f.post({ author: alice }), await t.f.post({ author: alice })];
    const hidden = await t.f.post({ author: alice, space: secret });
    const notification = async (postId: string, spaceId: string | null) => {
      const [row] = (await t.db.query(
        `INSERT INTO notification (recipient_id, kind, actor_id, post_id, space_id) VALUES ($1, 'MENTION', $2, $3, $4) RETURNING id`,
        [bob.id, alice.id, postId, spaceId],
      )) as { id: string }[];
      return row!.id;
    };
    // As if written while bob could read the secret space, announced after he left it.
    const [n1, stale, n2] = [
      await notification(first.id, null),
      await notification(hidden.id, secret.id),
      await notification(second.id, null),
    ];

    const [, queries] = await recordQueries(async () => {
      const events = t.server.app.get(DomainEvents);
      // One synchronous burst: the three notifications share a load, their sends keep their places among the posts.
      events.emit({ type: 'post.created', postId: first.id, spaceId: null, authorId: alice.id });
      events.emit({ type: 'notification.created', notificationId: n1, recipientId: bob.id });
      events.emit({ type: 'notification.created', notificationId: stale, recipientId: bob.id });
      events.emit({ type: 'post.created', postId: second.id, spaceId: null, authorId: alice.id });
      events.emit({ type: 'notification.created', notificationId: n2, recipientId: bob.id });
      await bobLive.next('notification.created', (n) => n.id === n2);
    });
    await barrier([bobLive]);

    expect(queries.filter(isRelayNotificationLoad).length).toBe(1);
    const ours = new Set([first.id, second.id, n1, stale, n2]);
    expect(bobLive.received.filter((r) => ours.has(r.payload?.id)).map((r) => `${r.event} ${r.payload.id}`)).toEqual([
      `post.created ${first.id}`,
      `notification.created ${n1}`,
      `post.created ${second.id}`,
      `notification.created ${n2}`,
    ]);
  });
});
