import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import type { TestSpace, TestUser } from '../../test/factories/factories.js';
import { ok } from '../../test/gql-client.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { EDIT_POST, kit } from '../notifications/notifications.test-kit.js';

/* A tag's page shows only what the viewer may read, newest first, and counts only that. */

const HASHTAG = `query($tag: String!) { hashtag(tag: $tag) { tag postCount } }`;
const FEED = `query($tag: String!, $first: Int, $after: String) {
  hashtagFeed(tag: $tag, first: $first, after: $after) { edges { cursor node { id body } } pageInfo { hasNextPage endCursor } } }`;

describe('hashtags', () => {
  let t: TestApp;
  let k: ReturnType<typeof kit>;
  let n = 0;
  beforeAll(async () => {
    t = await startTestApp();
    k = kit(t);
  });
  afterAll(() => t.close());

  const people = (count = 1): Promise<TestUser[]> => Promise.all(Array.from({ length: count }, () => t.f.user()));
  /** A tag no other test uses. */
  const freshTag = () => `tag${(n += 1)}${Date.now().toString(36)}`;
  const feed = async (user: TestUser, tag: string, first = 100, after?: string) =>
    ok(await t.gql(FEED, { tag, first, after }, user.token)).hashtagFeed as {
      edges: { node: { id: string; body: string } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  const feedIds = async (user: TestUser, tag: string) => (await feed(user, tag)).edges.map((e) => e.node.id);
  const hashtag = async (user: TestUser, tag: string) => ok(await t.gql(HASHTAG, { tag }, user.token)).hashtag as unknown;

  describe('access per visibility', () => {
    let tag: string;
    let member: TestUser;
    let outsider: TestUser;
    let spaces: Record<'PUBLIC' | 'PRIVATE' | 'SECRET', TestSpace>;
    const posts: Record<string, string> = {};
    beforeAll(async () => {
      tag = freshTag();
      [member, outsider] = [await t.f.user(), await t.f.user()];
      spaces = {
        PUBLIC: await t.f.space({ members: [{ user: member }] }),
        PRIVATE: await t.f.space({ visibility: 'PRIVATE', members: [{ user: member }] }),
        SECRET: await t.f.space({ visibility: 'SECRET', members: [{ user: member }] }),
      };
      posts.company = (await k.post(member, `Company #${tag}`)).id;
      for (const [visibility, space] of Object.entries(spaces))
        posts[visibility] = (await k.post(member, `In ${visibility} #${tag}`, space.id)).id;
    });

    it('shows a member every post carrying the tag, newest first', async () => {
      expect(await feedIds(member, tag)).toEqual([posts.SECRET, posts.PRIVATE, posts.PUBLIC, posts.company]);
      expect(await hashtag(member, `#${tag.toUpperCase()}`)).toEqual({ tag, postCount: 4 });
    });

    it('shows an outsider only the company stream and PUBLIC spaces, and counts only those', async () => {
      expect(await feedIds(outsider, tag)).toEqual([posts.PUBLIC, posts.company]);
      expect(await hashtag(outsider, tag)).toEqual({ tag, postCount: 2 });
      expect(JSON.stringify(await feed(outsider, tag))).not.toMatch(/In (PRIVATE|SECRET)/);
    });

    it('answers a tag used only in a SECRET space exactly like an unknown tag', async () => {
      const secretOnly = freshTag();
      await k.post(member, `Hush #${secretOnly}`, spaces.SECRET.id);
      expect(await hashtag(outsider, secretOnly)).toBeNull();
      expect(await hashtag(outsider, freshTag())).toBeNull();
      expect(await feedIds(outsider, secretOnly)).toEqual([]);
      expect(await hashtag(member, secretOnly)).toEqual({ tag: secretOnly, postCount: 1 });
    });

    it('hides a space’s posts right after leaving it', async () => {
      const leaver = await t.f.user();
      await t.f.member(spaces.PRIVATE.id, leaver);
      expect(await feedIds(leaver, tag)).toContain(posts.PRIVATE);
      ok(await t.gql(`mutation($id: ID!) { leaveSpace(spaceId: $id) }`, { id: spaces.PRIVATE.id }, leaver.token));
      expect(await feedIds(leaver, tag)).toEqual([posts.PUBLIC, posts.company]);
    });
  });

  it('stores tags normalised: Unicode letters kept, NFC lower-case, once per post', async () => {
    const [alice] = await people();
    const post = await k.post(alice, 'Prochaine #Réunion, encore #re\u0301union et #RÉUNION');
    expect(await feedIds(alice, 'réunion')).toEqual([post.id]);
    const rows = await t.db.query(`SELECT h.tag FROM post_hashtag ph JOIN hashtag h ON h.id = ph.hashtag_id WHERE ph.post_id = $1`, [
      post.id,
    ]);
    expect(rows).toEqual([{ tag: 'réunion' }]);
  });

  it('counts a comment’s tags for its post, once, until the comment is deleted', async () => {
    const [alice, bob] = await people(2);
    const tag = freshTag();
    const post = await k.post(alice, `About #${tag}`);
    const untagged = await k.post(alice, 'No tag here');
    const comment = await k.comment(bob, untagged.id, `This is #${tag} too`);
    await k.comment(bob, post.id, `Yes #${tag}`);
    expect(await feedIds(alice, tag)).toEqual([untagged.id, post.id]);
    expect(await hashtag(alice, tag)).toEqual({ tag, postCount: 2 });
    ok(await t.gql(`mutation($id: ID!) { deleteComment(id: $id) }`, { id: comment.id }, bob.token));
    expect(await feedIds(alice, tag)).toEqual([post.id]);
  });

  it('follows edits and deletions of the post', async () => {
    const [alice] = await people();
    const [before, after] = [freshTag(), freshTag()];
    const post = await k.post(alice, `Tagged #${before}`);
    ok(await t.gql(EDIT_POST, { id: post.id, body: `Retagged #${after}` }, alice.token));
    expect(await feedIds(alice, before)).toEqual([]);
    expect(await feedIds(alice, after)).toEqual([post.id]);
    ok(await t.gql(`mutation($id: ID!) { deletePost(id: $id) }`, { id: post.id }, alice.token));
    expect(await feedIds(alice, after)).toEqual([]);
    expect(await hashtag(alice, after)).toBeNull();
  });

  it('pages newest first with keyset cursors', async () => {
    const [alice] = await people();
    const tag = freshTag();
    const ids = [];
    for (let i = 0; i < 5; i += 1) ids.unshift((await k.post(alice, `Post ${i} #${tag}`)).id);
    const first = await feed(alice, tag, 2);
    const second = await feed(alice, tag, 2, first.pageInfo.endCursor!);
    const third = await feed(alice, tag, 2, second.pageInfo.endCursor!);
    expect([first, second, third].flatMap((page) => page.edges.map((e) => e.node.id))).toEqual(ids);
    expect([first, second, third].map((page) => page.pageInfo.hasNextPage)).toEqual([true, true, false]);
  });
});
