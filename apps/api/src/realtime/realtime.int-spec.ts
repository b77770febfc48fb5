import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { JwtService } from '@nestjs/jwt';

import type { TestUser } from '../../test/factories/factories.js';
import { ok } from '../../test/gql-client.js';
import { connectLive, type LiveClient, refusedHandshake } from '../../test/live-client.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { DomainEvents } from '../common/events/domain-events.js';

/*
 * The realtime handshake and the shape of each event, over real socket.io-client connections
 * to the real API. Who receives what is proven in realtime-access.int-spec.ts.
 */

const POST_FIELDS = `id body html kind pinned createdAt editedAt commentCount
  author { id displayName handle title } space { id slug name kind visibility }
  reactionCounts { type count } source { kind externalUrl }`;
const COMMENT_FIELDS = `id postId parentId body html createdAt editedAt author { id displayName handle title } reactionCounts { type count }`;
const VIEWER_FIELDS = ['viewerReaction', 'viewerCanEdit', 'viewerCanPin'];

describe('realtime', () => {
  let t: TestApp;
  const clients: LiveClient[] = [];
  const live = async (user: TestUser) => {
    const client = await connectLive(t.url, user.token);
    clients.push(client);
    return client;
  };
  const gql = async (query: string, variables: Record<string, unknown>, user: TestUser) => ok(await t.gql(query, variables, user.token));
  const createPost = async (user: TestUser, body: string, spaceId: string | null = null) =>
    (await gql(`mutation($input: CreatePostInput!) { createPost(input: $input) { ${POST_FIELDS} } }`, { input: { spaceId, body } }, user))
      .createPost;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterEach(() => {
    for (const client of clients.splice(0)) client.close();
  });
  afterAll(() => t.close());

  describe('handshake', () => {
    const jwt = () => t.server.app.get(JwtService);
    const seconds = () => Math.floor(Date.now() / 1000);

    it.each([
      ['no auth at all', () => undefined, 'AUTH_REQUIRED'],
      ['auth without a token', () => ({}), 'AUTH_REQUIRED'],
      ['an empty token', () => ({ token: '' }), 'AUTH_REQUIRED'],
      ['a token that is not a string', () => ({ token: 42 }), 'AUTH_REQUIRED'],
      ['a malformed token', () => ({ token: 'not.a.jwt' }), 'TOKEN_INVALID'],
      [
        'a token signed with another secret',
        () => ({ token: new JwtService({ secret: 'x'.repeat(40) }).sign({ sub: '00000000-0000-4000-8000-000000000000' }) }),
        'TOKEN_INVALID',
      ],
      ['a token for nobody', () => ({ token: jwt().sign({ sub: '00000000-0000-4000-8000-000000000000' }) }), 'TOKEN_INVALID'],
    ])('refuses %s with UNAUTHENTICATED and a reason', async (_, auth, reason) => {
      const error = await refusedHandshake(t.url, auth());
      expect(error.data).toEqual({ code: 'UNAUTHENTICATED', reason });
      expect(error.message.length).toBeGreaterThan(10);
    });

    it('refuses an expired token with TOKEN_INVALID and says so', async () => {
      const alice = await t.f.user();
      const expired = jwt().sign({ sub: alice.id, exp: seconds() - 60 });
      const error = await refusedHandshake(t.url, { token: expired });
      expect(error).toEqual({ message: expect.stringMatching(/expired/), data: { code: 'UNAUTHENTICATED', reason: 'TOKEN_INVALID' } });
    });

    it('refuses a deactivated account with ACCOUNT_INACTIVE', async () => {
      const gone = await t.f.user({ active: false });
      const error = await refusedHandshake(t.url, { token: gone.token });
      expect(error).toEqual({
        message: expect.stringMatching(/deactivated/),
        data: { code: 'UNAUTHENTICATED', reason: 'ACCOUNT_INACTIVE' },
      });
    });

    it('accepts a session token and says when the socket is ready', async () => {
      const alice = await t.f.user();
      const client = await live(alice);
      expect(client.all('ready')).toEqual([{ userId: alice.id }]);
    });

    it('disconnects a socket when its session token expires', async () => {
      const alice = await t.f.user();
      const client = await connectLive(t.url, jwt().sign({ sub: alice.id, exp: seconds() + 2 }));
      clients.push(client);
      const disconnected = new Promise<string>((resolve) => client.socket.once('disconnect', resolve));
      expect(await client.next('session.expired', undefined, 4_000)).toEqual({ code: 'UNAUTHENTICATED', reason: 'TOKEN_INVALID' });
      expect(await disconnected).toBe('io server disconnect');
    });
  });

  describe('payloads have the GraphQL shapes, without viewer fields', () => {
    it('post.created is the Post', async () => {
      const [alice, bob] = [await t.f.user(), await t.f.user()];
      const bobLive = await live(bob);
      const post = await createPost(alice, 'Hello **everyone**');
      const payload = await bobLive.next('post.created', (p) => p.id === post.id);
      // toMatchObject: fields later added to the GraphQL read path may come along too.
      expect(payload).toMatchObject(post);
      for (const field of VIEWER_FIELDS) expect(payload).not.toHaveProperty(field);
    });

    it('post.updated carries the edited Post, or only `deleted: true` once deleted', async () => {
      const alice = await t.f.user();
      const space = await t.f.space({ visibility: 'PRIVATE', members: [{ user: alice, role: 'OWNER' }] });
      const aliceLive = await live(alice);
      const { id } = await createPost(alice, 'first draft', space.id);
      const edited = (await gql(`mutation($id: ID!) { editPost(id: $id, body: "second *draft*") { ${POST_FIELDS} } }`, { id }, alice))
        .editPost;
      expect(await aliceLive.next('post.updated', (p) => p.id === id && p.body === 'second *draft*')).toMatchObject({
        ...edited,
        deleted: false,
      });

      const pinned = (await gql(`mutation($id: ID!) { pinPost(id: $id, pinned: true) { ${POST_FIELDS} } }`, { id }, alice)).pinPost;
      expect(await aliceLive.next('post.updated', (p) => p.id === id && p.pinned)).toMatchObject({ ...pinned, deleted: false });

      await gql(`mutation($id: ID!) { deletePost(id: $id) }`, { id }, alice);
      expect(await aliceLive.next('post.updated', (p) => p.id === id && p.deleted)).toEqual({
        id,
        deleted: true,
        space: edited.space,
      });
    });

    it('comment.created is the Comment, with the post’s new comment count', async () => {
      const [alice, bob] = [await t.f.user(), await t.f.user()];
      const aliceLive = await live(alice);
      const post = await createPost(alice, 'Question?');
      const add = `mutation($postId: ID!, $body: String!, $parentId: ID) { addComment(postId: $postId, body: $body, parentId: $parentId) { ${COMMENT_FIELDS} } }`;
      const first = (await gql(add, { postId: post.id, body: 'An answer' }, bob)).addComment;
      const reply = (await gql(add, { postId: post.id, body: 'A reply', parentId: first.id }, alice)).addComment;
      expect(await aliceLive.next('comment.created', (c) => c.id === first.id)).toEqual({ ...first, postCommentCount: 1 });
      expect(await aliceLive.next('comment.created', (c) => c.id === reply.id)).toEqual({ ...reply, postCommentCount: 2 });
    });

    it('reaction.updated carries the target’s counts, on posts and comments', async () => {
      const [alice, bob, carol] = [await t.f.user(), await t.f.user(), await t.f.user()];
      const aliceLive = await live(alice);
      const post = await createPost(alice, 'React to me');
      const comment = await t.f.comment({ author: alice, postId: post.id });
      const react = `mutation($id: ID!, $type: ReactionType!) { react(targetId: $id, type: $type) { targetId } }`;
      await gql(react, { id: post.id, type: 'LIKE' }, bob);
      await gql(react, { id: post.id, type: 'CELEBRATE' }, carol);
      await gql(react, { id: comment.id, type: 'INSIGHTFUL' }, bob);
      await gql(`mutation($id: ID!) { unreact(targetId: $id) { targetId } }`, { id: post.id }, bob);

      const onPost = (counts: object[]) => (p: any) =>
        p.targetId === post.id && JSON.stringify(p.reactionCounts) === JSON.stringify(counts);
      const both = [
        { type: 'CELEBRATE', count: 1 },
        { type: 'LIKE', count: 1 },
      ];
      expect(await aliceLive.next('reaction.updated', onPost(both))).toEqual({
        targetId: post.id,
        targetType: 'POST',
        postId: post.id,
        reactionCounts: both,
      });
      expect(await aliceLive.next('reaction.updated', (p) => p.targetId === comment.id)).toEqual({
        targetId: comment.id,
        targetType: 'COMMENT',
        postId: post.id,
        reactionCounts: [{ type: 'INSIGHTFUL', count: 1 }],
      });
      await aliceLive.next('reaction.updated', onPost([{ type: 'CELEBRATE', count: 1 }]));
    });
  });

  describe('notification.created', () => {
    const NOTIFICATION_FIELDS = `id kind count read createdAt updatedAt commentId excerpt
      actor { id displayName handle title } post { id kind } space { id slug name kind visibility }`;

    /** A notification written as the notifier writes one, then announced after "commit". */
    const notify = async (recipient: TestUser, actor: TestUser, postId: string, spaceId: string | null) => {
      const [row] = (await t.db.query(
        `INSERT INTO notification (recipient_id, kind, actor_id, post_id, space_id) VALUES ($1, 'MENTION', $2, $3, $4) RETURNING id`,
        [recipient.id, actor.id, postId, spaceId],
      )) as { id: string }[];
      t.server.app.get(DomainEvents).emit({ type: 'notification.created', notificationId: row!.id, recipientId: recipient.id });
      return row!.id;
    };

    it('reaches its recipient only, shaped as the GraphQL Notification', async () => {
      const [alice, bob, carol] = [await t.f.user(), await t.f.user(), await t.f.user()];
      const space = await t.f.space({ visibility: 'SECRET', members: [{ user: alice }, { user: bob }, { user: carol }] });
      const [aliceLive, bobLive, carolLive] = [await live(alice), await live(bob), await live(carol)];
      const post = await createPost(alice, `Ping @${bob.handle}: **look** at this`, space.id);
      const id = await notify(bob, alice, post.id, space.id);

      const payload = await bobLive.next('notification.created', (n) => n.id === id);
      const listed = (await gql(`{ notifications(first: 20) { edges { node { ${NOTIFICATION_FIELDS} } } } }`, {}, bob)).notifications.edges;
      expect(payload).toEqual(listed.find((edge: any) => edge.node.id === id).node);
      expect(payload).toMatchObject({
        kind: 'MENTION',
        read: false,
        actor: { id: alice.id },
        post: { id: post.id },
        space: { id: space.id },
      });

      // Proof of absence: a later company-wide post reaches the others, after which nothing else can come.
      const later = await createPost(carol, 'Later, to everyone');
      for (const other of [aliceLive, carolLive]) await other.next('post.created', (p) => p.id === later.id);
      expect([...aliceLive.all('notification.created'), ...carolLive.all('notification.created')]).toEqual([]);
    });

    it('is not sent when its recipient may no longer read where it happened', async () => {
      const [alice, bob] = [await t.f.user(), await t.f.user()];
      const space = await t.f.space({ visibility: 'PRIVATE', members: [{ user: alice }, { user: bob }] });
      const bobLive = await live(bob);
      const post = await t.f.post({ author: alice, space });
      await t.db.query(`DELETE FROM membership WHERE space_id = $1 AND user_id = $2`, [space.id, bob.id]);
      const stale = await notify(bob, alice, post.id, space.id);
      const fresh = await notify(bob, alice, (await createPost(alice, 'company-wide')).id, null);

      await bobLive.next('notification.created', (n) => n.id === fresh);
      expect(bobLive.all('notification.created', (n) => n.id === stale)).toEqual([]);
    });
  });
});
