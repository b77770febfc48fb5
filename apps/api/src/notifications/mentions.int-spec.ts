import { randomUUID } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import type { TestUser } from '../../test/factories/factories.js';
import { expectError, ok } from '../../test/gql-client.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { CREATE_POST, EDIT_COMMENT, EDIT_POST, kit } from './notifications.test-kit.js';

/* @mentions reach only people who may read the place, and tell the author nothing about the others. */

const CANDIDATES = `query($query: String!, $spaceId: ID, $first: Int) { mentionCandidates(query: $query, spaceId: $spaceId, first: $first) { id handle displayName } }`;

describe('mentions', () => {
  let t: TestApp;
  let k: ReturnType<typeof kit>;
  beforeAll(async () => {
    t = await startTestApp();
    k = kit(t);
  });
  afterAll(() => t.close());

  const people = (n: number): Promise<TestUser[]> => Promise.all(Array.from({ length: n }, () => t.f.user()));
  const mentionRows = (postId: string) =>
    t.db.query(`SELECT user_id, comment_id FROM mention WHERE post_id = $1 ORDER BY created_at, user_id`, [postId]) as Promise<
      { user_id: string; comment_id: string | null }[]
    >;
  const mentionActivity = (threadId: string) =>
    t.db.query(
      `SELECT actor_id, target_type, target_id, target_author_id, thread_id, space_id, meta FROM activity
        WHERE verb = 'mention' AND thread_id = $1 ORDER BY id`,
      [threadId],
    ) as Promise<Record<string, unknown>[]>;

  describe.each(['PRIVATE', 'SECRET'] as const)('in a %s space', (visibility) => {
    it('drops a mention of a non-member: no notification, no mention, no edge, and the same answer as mentioning nobody', async () => {
      const [alice, outsider] = await people(2);
      const space = await t.f.space({ visibility, members: [{ user: alice, role: 'OWNER' }] });
      const strip = (post: Record<string, unknown>, handle: string) => ({
        ...post,
        id: undefined,
        body: (post.body as string).replace(handle, 'X'),
        html: (post.html as string).replace(handle, 'X'),
      });
      const toOutsider = ok(await t.gql(CREATE_POST, { spaceId: space.id, body: `Hi @${outsider.handle}` }, alice.token)).createPost;
      const toNobody = ok(await t.gql(CREATE_POST, { spaceId: space.id, body: 'Hi @nobody.at.all' }, alice.token)).createPost;
      expect(strip(toOutsider, outsider.handle)).toEqual(strip(toNobody, 'nobody.at.all'));
      await k.comment(alice, toNobody.id, `And @${outsider.handle}`);
      expect(await k.inbox(outsider)).toEqual({ nodes: [], unread: 0 });
      expect(await mentionRows(toOutsider.id)).toEqual([]);
      expect(await mentionRows(toNobody.id)).toEqual([]);
      expect(await mentionActivity(toOutsider.id)).toEqual([]);
    });

    it('notifies a member and records the mention edge', async () => {
      const [alice, bob] = await people(2);
      const space = await t.f.space({ visibility, members: [{ user: alice }, { user: bob }] });
      const post = await k.post(alice, `Over to you @${bob.handle}`, space.id);
      expect((await k.inbox(bob)).nodes.map((n) => n.kind)).toEqual(['MENTION']);
      expect(await mentionRows(post.id)).toEqual([{ user_id: bob.id, comment_id: null }]);
      expect(await mentionActivity(post.id)).toEqual([
        {
          actor_id: alice.id,
          target_type: 'person',
          target_id: bob.id,
          target_author_id: bob.id,
          thread_id: post.id,
          space_id: space.id,
          meta: { in: 'post', contentId: post.id, mention_count: 1 },
        },
      ]);
    });
  });

  it('resolves accents and case the way handles are derived, and skips addresses, URLs and code', async () => {
    const [alice, bob, carol, dave] = await people(4);
    const elodie = await t.f.user({ email: 'elodie.dupre@example.test', displayName: 'Élodie Dupré' });
    await k.post(
      alice,
      `Merci @Élodie.Dupré ! Mail ${bob.email}, see https://x.test/@${carol.handle} and \`@${dave.handle}\`\n\n    @${dave.handle}`,
    );
    expect((await k.inbox(elodie)).nodes.map((n) => n.kind)).toEqual(['MENTION']);
    for (const person of [bob, carol, dave]) expect((await k.inbox(person)).unread).toBe(0);
  });

  it('ignores inactive people', async () => {
    const [alice] = await people(1);
    const gone = await t.f.user({ active: false });
    const post = await k.post(alice, `Ping @${gone.handle}`);
    expect(await mentionRows(post.id)).toEqual([]);
  });

  it('notifies only the people an edit adds, and keeps the stored mentions in step with the body', async () => {
    const [alice, bob, carol] = await people(3);
    const post = await k.post(alice, `Hello @${bob.handle}`);
    ok(await t.gql(EDIT_POST, { id: post.id, body: `Hello @${bob.handle} and @${carol.handle}` }, alice.token));
    ok(await t.gql(EDIT_POST, { id: post.id, body: `Hello @${carol.handle}` }, alice.token));
    expect((await k.inbox(bob)).nodes).toHaveLength(1);
    expect((await k.inbox(carol)).nodes).toHaveLength(1);
    expect(await mentionRows(post.id)).toEqual([{ user_id: carol.id, comment_id: null }]);
    expect((await mentionActivity(post.id)).map((row) => row.target_id)).toEqual([bob.id, carol.id]);
  });

  it('stores mentions in comments against the thread, and an edited comment notifies the newly mentioned', async () => {
    const [alice, bob, carol] = await people(3);
    const post = await k.post(alice, 'Thread');
    const comment = await k.comment(bob, post.id, `@${carol.handle} thoughts?`);
    ok(await t.gql(EDIT_COMMENT, { id: comment.id, body: `@${carol.handle} @${alice.handle} thoughts?` }, bob.token));
    expect((await k.inbox(carol)).nodes.map((n) => [n.kind, n.commentId])).toEqual([['MENTION', comment.id]]);
    expect((await k.inbox(alice)).nodes.map((n) => [n.kind, n.commentId])).toEqual([
      ['MENTION', comment.id],
      ['REPLY', comment.id],
    ]);
    expect(await mentionActivity(post.id)).toEqual([
      expect.objectContaining({ target_id: carol.id, meta: { in: 'comment', contentId: comment.id, mention_count: 1 } }),
      expect.objectContaining({ target_id: alice.id, meta: { in: 'comment', contentId: comment.id, mention_count: 2 } }),
    ]);
  });

  it('records no edge from a person to themselves', async () => {
    const [alice] = await people(1);
    const post = await k.post(alice, `Reminder for @${alice.handle}`);
    expect(await mentionActivity(post.id)).toEqual([]);
  });

  describe('mentionCandidates', () => {
    const candidates = async (user: TestUser, query: string, spaceId?: string, first?: number) =>
      (ok(await t.gql(CANDIDATES, { query, spaceId, first }, user.token)).mentionCandidates as { id: string }[]).map((u) => u.id);

    it('matches a prefix of the handle or of a word of the name, never the asker or inactive people', async () => {
      const tag = `zq${Date.now().toString(36)}`;
      const asker = await t.f.user({ email: `${tag}.asker@example.test` });
      const byHandle = await t.f.user({ email: `${tag}.handle@example.test`, displayName: 'Someone' });
      const byName = await t.f.user({ displayName: `Anne ${tag}name` });
      await t.f.user({ email: `${tag}.inactive@example.test`, active: false });
      expect((await candidates(asker, `@${tag}`)).sort()).toEqual([byHandle.id, byName.id].sort());
      expect(await candidates(asker, `${tag.toUpperCase()}NAME`)).toEqual([byName.id]);
      expect(await candidates(asker, tag, undefined, 1)).toHaveLength(1);
    });

    it('offers only members for a PRIVATE or SECRET space the asker belongs to', async () => {
      const tag = `zm${Date.now().toString(36)}`;
      const [member, outsider] = [await t.f.user({ displayName: `${tag} Member` }), await t.f.user({ displayName: `${tag} Outsider` })];
      const asker = await t.f.user();
      for (const visibility of ['PRIVATE', 'SECRET'] as const) {
        const space = await t.f.space({ visibility, members: [{ user: asker }, { user: member }] });
        expect(await candidates(asker, tag, space.id)).toEqual([member.id]);
      }
      const open = await t.f.space({ members: [{ user: asker }] });
      expect((await candidates(asker, tag, open.id)).sort()).toEqual([member.id, outsider.id].sort());
    });

    it('answers a SECRET space the asker cannot see exactly like a missing one, and refuses a PRIVATE one', async () => {
      const [asker, member] = await people(2);
      const secret = await t.f.space({ visibility: 'SECRET', members: [{ user: member }] });
      const hidden = await t.gql(CANDIDATES, { query: '', spaceId: secret.id }, asker.token);
      const missing = await t.gql(CANDIDATES, { query: '', spaceId: randomUUID() }, asker.token);
      expectError(hidden, 'NOT_FOUND', 'SPACE_NOT_FOUND');
      expect(hidden.errors![0]!.message).toBe(missing.errors![0]!.message);
      expect(JSON.stringify(hidden)).not.toContain(member.id);
      const privateSpace = await t.f.space({ visibility: 'PRIVATE', members: [{ user: member }] });
      expectError(await t.gql(CANDIDATES, { query: '', spaceId: privateSpace.id }, asker.token), 'FORBIDDEN', 'NOT_A_MEMBER');
    });
  });
});
