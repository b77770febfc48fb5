import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import type { TestUser } from '../../test/factories/factories.js';
import { ok } from '../../test/gql-client.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { DomainEvents } from '../common/events/domain-events.js';
import { kit, NOTIFICATIONS } from './notifications.test-kit.js';

/* Each notification kind is written with the content, gathered where said, never for oneself. */

describe('notifications', () => {
  let t: TestApp;
  let k: ReturnType<typeof kit>;
  const announced: { notificationId: string; recipientId: string }[] = [];
  beforeAll(async () => {
    t = await startTestApp();
    k = kit(t);
    t.server.app.get(DomainEvents).on('notification.created', (event) => {
      announced.push({ notificationId: event.notificationId, recipientId: event.recipientId });
    });
  });
  afterAll(() => t.close());

  const people = (n: number): Promise<TestUser[]> => Promise.all(Array.from({ length: n }, () => t.f.user()));
  /** Domain events are delivered after commit, asynchronously: wait until the expected one arrives. */
  const announcedTo = async (recipientId: string, count: number) => {
    for (let i = 0; i < 100 && announced.filter((e) => e.recipientId === recipientId).length < count; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return announced.filter((e) => e.recipientId === recipientId);
  };

  it('notifies a mentioned person with who, where, what, and announces it after commit', async () => {
    const [alice, bob] = await people(2);
    const space = await t.f.space({ members: [{ user: alice }] });
    const post = await k.post(alice, `Thanks @${bob.handle} for the **figures**`, space.id);
    const { nodes, unread } = await k.inbox(bob);
    expect(unread).toBe(1);
    expect(nodes).toEqual([
      expect.objectContaining({
        kind: 'MENTION',
        count: 1,
        read: false,
        commentId: null,
        excerpt: `Thanks @${bob.handle} for the figures`,
        actor: expect.objectContaining({ id: alice.id, handle: alice.handle }),
        post: { id: post.id, kind: 'STATUS' },
        space: expect.objectContaining({ id: space.id, slug: space.slug }),
      }),
    ]);
    expect(await announcedTo(bob.id, 1)).toEqual([{ notificationId: nodes[0]!.id, recipientId: bob.id }]);
    expect((await k.inbox(alice)).nodes).toEqual([]);
  });

  it('notifies the post author of a comment and the comment author of a reply', async () => {
    const [alice, bob, carol] = await people(3);
    const post = await k.post(alice, 'Plan for Q3');
    const comment = await k.comment(bob, post.id, 'Looks good');
    const reply = await k.comment(carol, post.id, 'Agreed with Bob', comment.id);
    const forAlice = (await k.inbox(alice)).nodes;
    expect(forAlice.map((n) => [n.kind, n.commentId, n.actor?.id])).toEqual([
      ['REPLY', reply.id, carol.id],
      ['REPLY', comment.id, bob.id],
    ]);
    expect((await k.inbox(bob)).nodes.map((n) => [n.kind, n.commentId, n.excerpt])).toEqual([['REPLY', reply.id, 'Agreed with Bob']]);
    expect((await k.inbox(carol)).nodes).toEqual([]);
  });

  it('sends one MENTION, not a MENTION and a REPLY, when a comment mentions the post author', async () => {
    const [alice, bob] = await people(2);
    const post = await k.post(alice, 'Draft');
    await k.comment(bob, post.id, `@${alice.handle} see my notes`);
    expect((await k.inbox(alice)).nodes.map((n) => n.kind)).toEqual(['MENTION']);
  });

  it('never notifies people of their own actions', async () => {
    const [alice, bob] = await people(2);
    const post = await k.post(alice, `Note to self @${alice.handle} #mine`);
    await k.comment(alice, post.id, `Me again @${alice.handle}`);
    await k.react(alice, post.id);
    const bobsComment = await k.comment(bob, post.id, 'Hi');
    await k.comment(alice, post.id, 'Answering my own thread', bobsComment.id);
    expect((await k.inbox(alice)).nodes.map((n) => [n.kind, n.actor?.id])).toEqual([['REPLY', bob.id]]);
    expect((await k.inbox(bob)).nodes.map((n) => [n.kind, n.actor?.id])).toEqual([['REPLY', alice.id]]);
  });

  it('gathers reactions into one unread notification per target whose count grows, with the latest actor', async () => {
    const [alice, bob, carol, dave] = await people(4);
    const post = await k.post(alice, 'Shipped!');
    const comment = await k.comment(alice, post.id, 'Details inside');
    await k.react(bob, post.id);
    await k.react(carol, post.id, 'CELEBRATE');
    await k.react(bob, post.id, 'SUPPORT'); // a change of type is not a new reaction
    await k.react(bob, comment.id);
    let nodes = (await k.inbox(alice)).nodes;
    expect(nodes.map((n) => [n.kind, n.count, n.commentId, n.actor?.id])).toEqual([
      ['REACTION', 1, comment.id, bob.id],
      ['REACTION', 2, null, carol.id],
    ]);
    const onPost = nodes[1]!;
    expect(new Date(onPost.updatedAt).getTime()).toBeGreaterThan(new Date(onPost.createdAt).getTime());
    // The growth is announced too, with the same notification id.
    expect((await announcedTo(alice.id, 3)).filter((e) => e.notificationId === onPost.id)).toHaveLength(2);
    // Once read, the next reaction opens a new one.
    await k.markRead(alice, [onPost.id]);
    await k.react(dave, post.id);
    nodes = (await k.inbox(alice)).nodes;
    expect(nodes.map((n) => [n.kind, n.count, n.read, n.actor?.id])).toEqual([
      ['REACTION', 1, false, dave.id],
      ['REACTION', 1, false, bob.id],
      ['REACTION', 2, true, carol.id],
    ]);
  });

  it('batches new posts of a followed space into one notification per follower and space', async () => {
    const [alice, bob, fan, other] = await people(4);
    const space = await t.f.space({ members: [{ user: alice }, { user: bob }] });
    const quiet = await t.f.space({ members: [{ user: alice }] });
    await t.f.follow(fan, { space });
    await t.f.follow(fan, { space: quiet });
    await t.f.follow(alice, { space });
    await k.post(alice, 'First');
    await k.post(alice, 'One', space.id);
    await k.post(bob, 'Two', space.id);
    const last = await k.post(alice, 'Three', space.id);
    await k.post(alice, 'Elsewhere', quiet.id);
    const { nodes, unread } = await k.inbox(fan);
    expect(unread).toBe(2);
    expect(nodes.map((n) => [n.kind, n.space?.id, n.count])).toEqual([
      ['SPACE_POST', quiet.id, 1],
      ['SPACE_POST', space.id, 3],
    ]);
    expect(nodes[1]).toMatchObject({ post: { id: last.id }, actor: { id: alice.id }, excerpt: 'Three' });
    // The author follows the space too, but is only told about the others' posts.
    expect((await k.inbox(alice)).nodes.map((n) => [n.kind, n.count, n.actor?.id])).toEqual([['SPACE_POST', 1, bob.id]]);
    expect((await k.inbox(other)).nodes).toEqual([]);
  });

  it('does not tell a follower who left a PRIVATE space about its new posts', async () => {
    const [owner, leaver] = await people(2);
    const space = await t.f.space({ visibility: 'PRIVATE', members: [{ user: owner, role: 'OWNER' }, { user: leaver }] });
    await t.f.follow(leaver, { space });
    ok(await t.gql(`mutation($id: ID!) { leaveSpace(spaceId: $id) }`, { id: space.id }, leaver.token));
    await k.post(owner, 'Members only', space.id);
    expect(await k.inbox(leaver)).toEqual({ nodes: [], unread: 0 });
  });

  describe('preferences', () => {
    const PREFS = `{ notificationPreferences { inApp { kind enabled } emailDigest } }`;
    const UPDATE = `mutation($input: NotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { inApp { kind enabled } emailDigest } }`;

    it('starts with every kind on and no digest', async () => {
      const [alice] = await people(1);
      expect(ok(await t.gql(PREFS, {}, alice.token)).notificationPreferences).toEqual({
        inApp: ['MENTION', 'REPLY', 'REACTION', 'SPACE_POST', 'CONNECTOR_EVENT'].map((kind) => ({ kind, enabled: true })),
        emailDigest: 'OFF',
      });
    });

    it('stores switches and the digest, changing only what is sent', async () => {
      const [alice] = await people(1);
      ok(await t.gql(UPDATE, { input: { inApp: [{ kind: 'REACTION', enabled: false }], emailDigest: 'WEEKLY' } }, alice.token));
      const updated = ok(await t.gql(UPDATE, { input: { inApp: [{ kind: 'MENTION', enabled: false }] } }, alice.token));
      expect(updated.updateNotificationPreferences.emailDigest).toBe('WEEKLY');
      const off = (updated.updateNotificationPreferences.inApp as { kind: string; enabled: boolean }[]).filter((s) => !s.enabled);
      expect(off.map((s) => s.kind)).toEqual(['MENTION', 'REACTION']);
      ok(await t.gql(UPDATE, { input: { inApp: [{ kind: 'MENTION', enabled: true }], emailDigest: 'DAILY' } }, alice.token));
      expect(ok(await t.gql(PREFS, {}, alice.token)).notificationPreferences.emailDigest).toBe('DAILY');
      const [row] = await t.db.query(`SELECT email_digest FROM app_user WHERE id = $1`, [alice.id]);
      expect(row).toEqual({ email_digest: 'DAILY' });
    });

    it('creates nothing of a switched-off kind, and falls back to a reply when mentions are off', async () => {
      const [alice, bob] = await people(2);
      ok(
        await t.gql(
          UPDATE,
          {
            input: {
              inApp: [
                { kind: 'MENTION', enabled: false },
                { kind: 'REACTION', enabled: false },
              ],
            },
          },
          alice.token,
        ),
      );
      const post = await k.post(alice, 'Mine');
      await k.post(bob, `cc @${alice.handle}`);
      await k.react(bob, post.id);
      await k.comment(bob, post.id, `@${alice.handle} a question`);
      expect((await k.inbox(alice)).nodes.map((n) => n.kind)).toEqual(['REPLY']);
    });
  });

  describe('reading and marking read', () => {
    it('hides the notifications of a space at once after leaving it, and again shows them on return', async () => {
      const [owner, bob] = await people(2);
      const space = await t.f.space({ visibility: 'PRIVATE', members: [{ user: owner, role: 'OWNER' }, { user: bob }] });
      await k.post(owner, `Secret plan, @${bob.handle}`, space.id);
      await k.post(owner, `Public note, @${bob.handle}`);
      expect((await k.inbox(bob)).unread).toBe(2);
      ok(await t.gql(`mutation($id: ID!) { leaveSpace(spaceId: $id) }`, { id: space.id }, bob.token));
      const after = await k.inbox(bob);
      expect(after.unread).toBe(1);
      expect(after.nodes.map((n) => n.excerpt)).toEqual([`Public note, @${bob.handle}`]);
      expect(JSON.stringify(after)).not.toContain('Secret plan');
      expect(await k.markRead(bob, null)).toBe(1);
      await t.f.member(space.id, bob);
      expect((await k.inbox(bob)).unread).toBe(1);
    });

    it('hides notifications about deleted posts and comments', async () => {
      const [alice, bob] = await people(2);
      const post = await k.post(alice, `Soon gone @${bob.handle}`);
      const mine = await k.post(bob, 'Mine');
      const comment = await k.comment(alice, mine.id, 'Also soon gone');
      expect((await k.inbox(bob)).unread).toBe(2);
      ok(await t.gql(`mutation($id: ID!) { deletePost(id: $id) }`, { id: post.id }, alice.token));
      ok(await t.gql(`mutation($id: ID!) { deleteComment(id: $id) }`, { id: comment.id }, alice.token));
      expect(await k.inbox(bob)).toEqual({ nodes: [], unread: 0 });
    });

    it('marks the given notifications read, ignores other people’s, and returns how many changed', async () => {
      const [alice, bob, carol] = await people(3);
      for (const body of ['one', 'two', 'three']) await k.post(alice, `${body} @${bob.handle} @${carol.handle}`);
      const bobs = (await k.inbox(bob)).nodes;
      const carols = (await k.inbox(carol)).nodes;
      expect(await k.markRead(bob, [bobs[0]!.id, bobs[0]!.id, carols[0]!.id])).toBe(1);
      expect(await k.markRead(bob, [bobs[0]!.id])).toBe(0);
      expect(await k.markRead(bob, [])).toBe(0);
      expect((await k.inbox(bob)).nodes.map((n) => n.read)).toEqual([true, false, false]);
      expect((await k.inbox(carol)).unread).toBe(3);
      expect(await k.markRead(bob, null)).toBe(2);
      expect(await k.inbox(bob)).toMatchObject({ unread: 0 });
      expect(await k.markRead(bob, null)).toBe(0);
    });

    it('pages newest first with cursors', async () => {
      const [alice, bob] = await people(2);
      for (const n of [1, 2, 3]) await k.post(alice, `note ${n} @${bob.handle}`);
      const first = ok(await t.gql(NOTIFICATIONS, { first: 2 }, bob.token)).notifications;
      expect(first.edges.map((e: { node: { excerpt: string } }) => e.node.excerpt)).toEqual([
        `note 3 @${bob.handle}`,
        `note 2 @${bob.handle}`,
      ]);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = ok(await t.gql(NOTIFICATIONS, { first: 2, after: first.pageInfo.endCursor }, bob.token)).notifications;
      expect(second.edges.map((e: { node: { excerpt: string } }) => e.node.excerpt)).toEqual([`note 1 @${bob.handle}`]);
      expect(second.pageInfo).toEqual({ hasNextPage: false, endCursor: second.edges[0].cursor });
    });
  });
});
