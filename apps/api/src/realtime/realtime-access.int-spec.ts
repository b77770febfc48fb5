import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';

import type { TestSpace, TestUser } from '../../test/factories/factories.js';
import { ok } from '../../test/gql-client.js';
import { connectLive, type LiveClient } from '../../test/live-client.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';

/*
 * Who receives what, over real socket.io-client connections: members of a PRIVATE or SECRET
 * space receive its events, nobody else does — including someone removed a moment ago — and
 * joining or being added makes events flow at once.
 *
 * Absence is proven without sleeping: after the events under test, a company-wide "barrier"
 * post is made. Each socket receives the server's packets in the order they were sent, and the
 * server sends in the order things happened, so once a socket has the barrier it would already
 * have anything sent to it before. Every wait is bounded (live-client.ts).
 */

const CONTENT_EVENTS = ['post.created', 'post.updated', 'comment.created', 'reaction.updated'];

describe('realtime access', () => {
  let t: TestApp;
  let announcer: TestUser;
  const clients: LiveClient[] = [];
  const live = async (user: TestUser) => {
    const client = await connectLive(t.url, user.token);
    clients.push(client);
    return client;
  };
  const gql = async (query: string, variables: Record<string, unknown>, user: TestUser) => ok(await t.gql(query, variables, user.token));
  const createPost = async (user: TestUser, spaceId: string | null, body = 'news') =>
    (await gql(`mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`, { input: { spaceId, body } }, user)).createPost
      .id as string;
  const removeMember = (by: TestUser, space: TestSpace, user: TestUser) =>
    gql(`mutation($s: ID!, $u: ID!) { removeMember(spaceId: $s, userId: $u) { id } }`, { s: space.id, u: user.id }, by);

  /** Waits until every client has the barrier post: nothing sent to them before it can still be on its way. */
  const barrier = async (...observers: LiveClient[]) => {
    const id = await createPost(announcer, null, 'barrier');
    await Promise.all(observers.map((client) => client.next('post.created', (p) => p.id === id)));
  };
  /** Content events a client received about anything but barrier posts. */
  const contentReceived = (client: LiveClient) =>
    client.received.filter((r) => CONTENT_EVENTS.includes(r.event) && r.payload.body !== 'barrier');

  beforeAll(async () => {
    t = await startTestApp();
    announcer = await t.f.user();
  });
  afterEach(() => {
    for (const client of clients.splice(0)) client.close();
  });
  afterAll(() => t.close());

  describe.each(['PRIVATE', 'SECRET'] as const)('a %s space', (visibility) => {
    it('sends posts, comments, edits and reactions to members, and nothing to anyone else', async () => {
      const [owner, member, outsider, admin] = [await t.f.user(), await t.f.user(), await t.f.user(), await t.f.user({ role: 'ADMIN' })];
      const space = await t.f.space({ visibility, members: [{ user: owner, role: 'OWNER' }, { user: member }] });
      const [memberLive, outsiderLive, adminLive] = [await live(member), await live(outsider), await live(admin)];

      const postId = await createPost(owner, space.id);
      await gql(`mutation($id: ID!) { addComment(postId: $id, body: "a comment") { id } }`, { id: postId }, member);
      await gql(`mutation($id: ID!) { react(targetId: $id, type: LIKE) { targetId } }`, { id: postId }, member);
      await gql(`mutation($id: ID!) { editPost(id: $id, body: "edited") { id } }`, { id: postId }, owner);
      await gql(`mutation($id: ID!) { deletePost(id: $id) }`, { id: postId }, owner);

      await memberLive.next('post.created', (p) => p.id === postId);
      await memberLive.next('comment.created', (c) => c.postId === postId);
      await memberLive.next('reaction.updated', (r) => r.targetId === postId);
      await memberLive.next('post.updated', (p) => p.id === postId && p.body === 'edited');
      await memberLive.next('post.updated', (p) => p.id === postId && p.deleted);
      await barrier(outsiderLive, adminLive);
      expect(contentReceived(outsiderLive)).toEqual([]);
      expect(contentReceived(adminLive)).toEqual([]);
    });

    it.each([
      ['removed by a moderator', (space: TestSpace, owner: TestUser, user: TestUser) => removeMember(owner, space, user)],
      [
        'leaving',
        (space: TestSpace, _owner: TestUser, user: TestUser) => gql(`mutation($s: ID!) { leaveSpace(spaceId: $s) }`, { s: space.id }, user),
      ],
    ])('sends nothing to someone right after %s, on any of their sockets', async (_, leave) => {
      const [owner, member, leaver] = [await t.f.user(), await t.f.user(), await t.f.user()];
      const space = await t.f.space({ visibility, members: [{ user: owner, role: 'OWNER' }, { user: member }, { user: leaver }] });
      const [memberLive, leaverTab1, leaverTab2] = [await live(member), await live(leaver), await live(leaver)];
      const before = await createPost(owner, space.id, 'before');
      await leaverTab1.next('post.created', (p) => p.id === before);

      await leave(space, owner, leaver);
      const after = await createPost(owner, space.id, 'right after');
      await gql(`mutation($id: ID!) { addComment(postId: $id, body: "old thread") { id } }`, { id: before }, owner);

      // The control: in the same window, a remaining member does receive both.
      await memberLive.next('post.created', (p) => p.id === after);
      await memberLive.next('comment.created', (c) => c.postId === before);
      await barrier(leaverTab1, leaverTab2);
      for (const tab of [leaverTab1, leaverTab2]) {
        expect(contentReceived(tab).map((r) => r.payload.body)).toEqual(['before']);
      }
    });

    it('sends events to someone added as a member the moment addMember answers', async () => {
      const [owner, newcomer, outsider] = [await t.f.user(), await t.f.user(), await t.f.user()];
      const space = await t.f.space({ visibility, members: [{ user: owner, role: 'OWNER' }] });
      const [newcomerLive, outsiderLive] = [await live(newcomer), await live(outsider)];

      await gql(`mutation($s: ID!, $u: ID!) { addMember(spaceId: $s, userId: $u) { id } }`, { s: space.id, u: newcomer.id }, owner);
      const postId = await createPost(owner, space.id, 'welcome');

      await newcomerLive.next('post.created', (p) => p.id === postId);
      await barrier(outsiderLive);
      expect(contentReceived(outsiderLive)).toEqual([]);
    });
  });

  it('sends a PUBLIC space’s and the company stream’s events to everyone', async () => {
    const [author, outsider] = [await t.f.user(), await t.f.user()];
    const space = await t.f.space({ visibility: 'PUBLIC', members: [{ user: author }] });
    const outsiderLive = await live(outsider);
    const inSpace = await createPost(author, space.id);
    const companyWide = await createPost(author, null);
    await outsiderLive.next('post.created', (p) => p.id === inSpace);
    await outsiderLive.next('post.created', (p) => p.id === companyWide);
  });

  it('routes by the space’s current visibility, and a PUBLIC space joined with joinSpace stays live once it turns PRIVATE', async () => {
    const [owner, joiner, outsider] = [await t.f.user(), await t.f.user(), await t.f.user()];
    const space = await t.f.space({ visibility: 'PUBLIC', members: [{ user: owner, role: 'OWNER' }] });
    const [joinerLive, outsiderLive] = [await live(joiner), await live(outsider)];
    await gql(`mutation($s: ID!) { joinSpace(spaceId: $s) { id } }`, { s: space.id }, joiner);

    const setVisibility = (visibility: string) =>
      gql(
        `mutation($id: ID!, $v: Visibility) { updateSpace(id: $id, input: { visibility: $v }) { id } }`,
        { id: space.id, v: visibility },
        owner,
      );
    await setVisibility('PRIVATE');
    const whilePrivate = await createPost(owner, space.id, 'while private');
    await joinerLive.next('post.created', (p) => p.id === whilePrivate);
    await barrier(outsiderLive);
    expect(contentReceived(outsiderLive)).toEqual([]);

    await setVisibility('PUBLIC');
    const whilePublic = await createPost(owner, space.id, 'public again');
    await outsiderLive.next('post.created', (p) => p.id === whilePublic);
  });

  it('takes a socket connected before a removal out of the room, and lets one connected after it in only as a non-member', async () => {
    const [owner, user] = [await t.f.user(), await t.f.user()];
    const space = await t.f.space({ visibility: 'SECRET', members: [{ user: owner, role: 'OWNER' }, { user }] });
    const early = await live(user);
    await removeMember(owner, space, user);
    const late = await live(user);
    await createPost(owner, space.id, 'secret');
    await barrier(early, late);
    expect([...contentReceived(early), ...contentReceived(late)]).toEqual([]);
  });
});
