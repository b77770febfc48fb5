import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import type { TestSpace, TestUser } from '../factories/factories.js';
import { expectError, ok } from '../gql-client.js';
import { countQueries } from '../sql-query-counter.js';
import { startTestApp, type TestApp } from '../test-app.js';

const TOP = `query($first: Int, $after: String) {
  homeFeed(first: $first, after: $after, mode: TOP) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } }
}`;
const RECENT = `query($first: Int, $after: String) {
  homeFeed(first: $first, after: $after, mode: RECENT) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } }
}`;

type Page = { ids: string[]; cursors: string[]; hasNextPage: boolean; endCursor: string | null };
type Connection = { edges: { cursor: string; node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const cursorOf = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');

describe('homeFeed(mode: TOP)', () => {
  let t: TestApp;
  beforeAll(async () => {
    // No queue workers: their polling would count among the request's SQL round trips.
    t = await startTestApp({ env: { QUEUE_WORKERS: 'false' } });
  });
  afterAll(() => t.close());

  const top = async (viewer: TestUser, first: number, after?: string | null): Promise<Page> => {
    const c = ok(await t.gql<{ homeFeed: Connection }>(TOP, { first, after: after ?? null }, viewer.token)).homeFeed;
    return { ids: c.edges.map((e) => e.node.id), cursors: c.edges.map((e) => e.cursor), ...c.pageInfo };
  };

  /** Every page of the viewer's TOP feed by `size`, checking each page's size and that no post comes twice. */
  const allTop = async (viewer: TestUser, size: number, after: string | null = null): Promise<string[]> => {
    const ids: string[] = [];
    do {
      const page = await top(viewer, size, after);
      expect(page.ids.length).toBe(page.hasNextPage ? size : page.ids.length);
      ids.push(...page.ids);
      after = page.hasNextPage ? page.endCursor : null;
    } while (after);
    expect(new Set(ids).size).toBe(ids.length);
    return ids;
  };

  const react = async (user: TestUser, postId: string, type = 'LIKE') =>
    ok(
      await t.gql(
        `mutation($id: ID!, $type: ReactionType!) { react(targetId: $id, type: $type) { targetId } }`,
        { id: postId, type },
        user.token,
      ),
    );
  const comment = async (user: TestUser, postId: string) =>
    ok(await t.gql(`mutation($id: ID!) { addComment(postId: $id, body: "Good point") { id } }`, { id: postId }, user.token));
  const follow = async (user: TestUser, targetId: string) =>
    ok(await t.gql(`mutation($id: ID!) { follow(targetId: $id) }`, { id: targetId }, user.token));
  const users = (n: number) => Promise.all(Array.from({ length: n }, () => t.f.user()));
  const hoursAgo = (hours: number) => new Date(Date.now() - hours * HOUR);
  const inOrder = (ids: string[], expected: string[]) => ids.filter((id) => expected.includes(id));

  describe('ordering', () => {
    it('puts the more discussed post first among posts of the same age, authors and space', async () => {
      const [viewer, a1, a2, a3] = await users(4);
      const space = await t.f.space({ members: [{ user: viewer! }, { user: a1! }, { user: a2! }, { user: a3! }] });
      const at = hoursAgo(2);
      const quiet = await t.f.post({ author: a1!, space, createdAt: at });
      const liked = await t.f.post({ author: a2!, space, createdAt: at });
      const discussed = await t.f.post({ author: a3!, space, createdAt: at });
      const [r1, r2, r3] = await users(3);
      for (const r of [r1!, r2!, r3!]) await react(r, liked.id);
      await comment(r1!, discussed.id);
      await comment(r2!, discussed.id);
      await react(r3!, discussed.id);
      // The author's own comments and reactions are not engagement.
      await comment(a1!, quiet.id);
      await comment(a1!, quiet.id);
      expect(inOrder(await allTop(viewer!, 20), [quiet.id, liked.id, discussed.id])).toEqual([discussed.id, liked.id, quiet.id]);
    });

    it('puts a followed author the viewer talks to above a stranger, and a stranger’s discussed post above both', async () => {
      const [viewer, friend, stranger, star] = await users(4);
      const mine = await t.f.space({ members: [{ user: viewer! }, { user: friend! }, { user: stranger! }] });
      const followed: TestSpace = await t.f.space({ members: [{ user: star! }] });
      await follow(viewer!, followed.id);
      await follow(viewer!, friend!.id);
      await comment(viewer!, (await t.f.post({ author: friend!, space: mine, createdAt: hoursAgo(72) })).id);
      const at = hoursAgo(1);
      const fromFriend = await t.f.post({ author: friend!, space: mine, createdAt: at });
      const fromStranger = await t.f.post({ author: stranger!, space: mine, createdAt: at });
      const fromStar = await t.f.post({ author: star!, space: followed, createdAt: at });
      const [c1, c2] = await users(2);
      await comment(c1!, fromStar.id);
      await comment(c2!, fromStar.id);
      await react(c1!, fromStar.id);
      await react(c2!, fromStar.id);
      expect(inOrder(await allTop(viewer!, 20), [fromStranger.id, fromFriend.id, fromStar.id])).toEqual([
        fromStar.id,
        fromFriend.id,
        fromStranger.id,
      ]);
    });

    it('lists newer posts first when nothing else differs, and keeps one author from taking the top three', async () => {
      const [viewer, prolific, other1, other2] = await users(4);
      const space = await t.f.space({ members: [{ user: viewer! }] });
      const flood: { id: string }[] = [];
      for (let i = 0; i < 4; i += 1) flood.push(await t.f.post({ author: prolific!, space, createdAt: hoursAgo(1 + i / 10) }));
      const o1 = await t.f.post({ author: other1!, space, createdAt: hoursAgo(3) });
      const o2 = await t.f.post({ author: other2!, space, createdAt: hoursAgo(4) });
      const ids = inOrder(await allTop(viewer!, 20), [...flood.map((p) => p.id), o1.id, o2.id]);
      expect(ids.slice(0, 3)).toEqual([flood[0]!.id, o1.id, o2.id]);
      expect(ids.slice(3)).toEqual(flood.slice(1).map((p) => p.id));
    });
  });

  describe('window and fallback', () => {
    it('goes on with older posts by recency when the 14-day window has fewer posts than a page', async () => {
      const [viewer, author] = await users(2);
      const space = await t.f.space({ members: [{ user: viewer! }] });
      const recent = [await t.f.post({ author: author!, space, createdAt: hoursAgo(5) })];
      recent.push(await t.f.post({ author: author!, space, createdAt: hoursAgo(30) }));
      await react(viewer!, recent[1]!.id);
      const old: { id: string }[] = [];
      for (const days of [15, 20, 40, 41, 90])
        old.push(await t.f.post({ author: author!, space, createdAt: new Date(Date.now() - days * DAY) }));
      // The reacted-to post first (1 + ln 2 outweighs 25 hours of decay), then the window's other post, then the older ones.
      const expected = [recent[1]!.id, recent[0]!.id, ...old.map((p) => p.id)];
      for (const size of [1, 2, 3, 5, 20]) expect(await allTop(viewer!, size)).toEqual(expected);
    });

    it('ranks at most the 500 newest posts and lists the rest after them by recency', async () => {
      const [viewer, author] = await users(2);
      const space = await t.f.space({ members: [{ user: viewer! }] });
      // 505 posts over the last 5 days, the oldest first; they share no created_at.
      await t.db.query(
        `INSERT INTO post (space_id, author_id, body, html, created_at)
         SELECT $1, $2, 'bulk ' || i, '<p>bulk ' || i || '</p>', now() - interval '5 days' + i * interval '10 minutes'
           FROM generate_series(1, 505) i`,
        [space.id, author!.id],
      );
      const byAge = ((await t.db.query(`SELECT id FROM post WHERE space_id = $1 ORDER BY created_at`, [space.id])) as { id: string }[]).map(
        (r) => r.id,
      );
      const ids = await allTop(viewer!, 100);
      expect(ids).toHaveLength(505);
      expect(new Set(ids.slice(0, 500))).toEqual(new Set(byAge.slice(5)));
      expect(ids.slice(500)).toEqual(byAge.slice(0, 5).reverse());
    }, 60_000);
  });

  describe('stable cursors', () => {
    it('pages through the ranking frozen at the first page: new reactions, comments and posts move nothing', async () => {
      const [viewer, a, b, c, d] = await users(5);
      const space = await t.f.space({ members: [viewer!, a!, b!, c!, d!].map((user) => ({ user })) });
      const authors = [a!, b!, c!, d!];
      const posts: { id: string }[] = [];
      for (let i = 0; i < 12; i += 1) posts.push(await t.f.post({ author: authors[i % 4]!, space, createdAt: hoursAgo(1 + i * 3) }));
      const [r1, r2, r3] = await users(3);
      await react(r1!, posts[7]!.id);
      await comment(r2!, posts[10]!.id);
      const postIds = posts.map((p) => p.id);
      const mine = (ids: string[]) => inOrder(ids, postIds);

      const whole = await top(viewer!, 100); // the single big page
      const first = await top(viewer!, 4);
      const restAtAsOf = await top(viewer!, 100, first.endCursor); // the rest, ranked at the first page's asOf
      expect([...first.ids, ...restAtAsOf.ids]).toEqual(whole.ids);

      // Everything that would reorder the rest if it counted: reactions and comments on the next pages'
      // posts, the viewer's own interactions with their authors, and a new post.
      const rest = mine(whole.ids).slice(4);
      for (const id of rest.slice(-4)) for (const r of [r1!, r2!, r3!]) await react(r, id, 'CELEBRATE');
      await comment(r3!, rest.at(-1)!);
      await comment(viewer!, rest.at(-2)!);
      await follow(viewer!, (await t.db.query(`SELECT author_id FROM post WHERE id = $1`, [rest.at(-3)]))[0].author_id);
      const fresh = ok(
        await t.gql(`mutation($s: ID) { createPost(input: { spaceId: $s, body: "Brand new" }) { id } }`, { s: space.id }, a!.token),
      ).createPost;

      const now = mine((await top(viewer!, 100)).ids);
      expect(now.slice(0, 4)).not.toEqual(mine(whole.ids).slice(0, 4)); // the changes do matter to a fresh ranking

      const later = await allTop(viewer!, 4, first.endCursor);
      expect(later).toEqual(restAtAsOf.ids);
      expect(await allTop(viewer!, 3, first.endCursor)).toEqual(restAtAsOf.ids);
      expect(later).not.toContain(fresh.id);
      expect((await top(viewer!, 100)).ids).toContain(fresh.id);
    });

    it('keeps each edge cursor resumable: paging from any edge gives the rest of the big page', async () => {
      const [viewer, a, b] = await users(3);
      const space = await t.f.space({ members: [{ user: viewer! }] });
      for (let i = 0; i < 6; i += 1) await t.f.post({ author: i % 2 ? a! : b!, space, createdAt: hoursAgo(i * 7) });
      await t.f.post({ author: a!, space, createdAt: new Date(Date.now() - 20 * DAY) }); // after the window
      const whole = await top(viewer!, 100);
      for (const [i, cursor] of whole.cursors.entries()) expect(await allTop(viewer!, 3, cursor)).toEqual(whole.ids.slice(i + 1));
    });
  });

  describe('access', () => {
    it('never shows PRIVATE or SECRET posts of spaces the viewer left, even on a cursor from before leaving', async () => {
      const [viewer, author, fan] = await users(3);
      const secret = await t.f.space({ visibility: 'SECRET', members: [{ user: viewer! }, { user: author! }, { user: fan! }] });
      const priv = await t.f.space({ visibility: 'PRIVATE', members: [{ user: viewer! }, { user: author! }, { user: fan! }] });
      await follow(viewer!, author!.id);
      await follow(viewer!, priv.id);
      const hidden: string[] = [];
      for (const space of [secret, priv]) {
        for (let i = 0; i < 3; i += 1) {
          const post = await t.f.post({ author: author!, space, createdAt: hoursAgo(i) });
          await comment(fan!, post.id);
          hidden.push(post.id);
        }
        hidden.push((await t.f.post({ author: viewer!, space, createdAt: hoursAgo(1) })).id);
      }
      const before = await top(viewer!, 2);
      expect(hidden).toEqual(expect.arrayContaining(before.ids));
      for (const space of [secret, priv])
        ok(await t.gql(`mutation($id: ID!) { leaveSpace(spaceId: $id) }`, { id: space.id }, viewer!.token));
      for (const ids of [await allTop(viewer!, 3), await allTop(viewer!, 3, before.endCursor)]) {
        expect(ids.filter((id) => hidden.includes(id))).toEqual([]);
      }
    });

    it('never shows a followed author’s posts in a PRIVATE or SECRET space the viewer is not in', async () => {
      const [viewer, author] = await users(2);
      await follow(viewer!, author!.id);
      const posts: string[] = [];
      for (const visibility of ['PRIVATE', 'SECRET'] as const) {
        posts.push((await t.f.post({ author: author!, space: await t.f.space({ visibility, members: [{ user: author! }] }) })).id);
      }
      const open = await t.f.post({ author: author!, space: await t.f.space() });
      const ids = await allTop(viewer!, 50);
      expect(ids).toContain(open.id);
      expect(ids.filter((id) => posts.includes(id))).toEqual([]);
    });
  });

  describe('bad input', () => {
    const someId = '00000000-0000-4000-8000-000000000001';
    const asOf = new Date().toISOString();
    const CURSORS: [string, (recent: string) => string][] = [
      ['a RECENT cursor', (recent) => recent],
      ['garbage', () => 'not-a-cursor'],
      ['a spaceFeed cursor', () => cursorOf(['spaceFeed', false, '2025-01-01 09:00:00+00', someId])],
      ['a negative score', () => cursorOf(['homeFeedTop', asOf, -1, someId])],
      ['a score given as text', () => cursorOf(['homeFeedTop', asOf, '0.5', someId])],
      ['an impossible asOf', () => cursorOf(['homeFeedTop', '2025-02-30T09:00:00.000Z', 0.5, someId])],
      ['an asOf that is not ISO', () => cursorOf(['homeFeedTop', '2025-01-01 09:00:00+00', 0.5, someId])],
      ['an id that is not a uuid', () => cursorOf(['homeFeedTop', asOf, 0.5, "x' OR 1=1 --"])],
      ['an older-posts cursor with a bad time', () => cursorOf(['homeFeedTopOlder', asOf, 'yesterday', someId])],
      ['an extra value', () => cursorOf(['homeFeedTop', asOf, 0.5, someId, 1])],
    ];

    /** A viewer with two posts in a space of theirs (no company-stream posts in this file: they would reach every viewer). */
    const viewerWithPosts = async () => {
      const viewer = await t.f.user();
      const space = await t.f.space({ members: [{ user: viewer }] });
      await t.f.post({ author: viewer, space });
      await t.f.post({ author: viewer, space });
      return viewer;
    };

    it.each(CURSORS)('answers INVALID_CURSOR for %s', async (_, make) => {
      const viewer = await viewerWithPosts();
      const recent = ok(await t.gql<{ homeFeed: Connection }>(RECENT, { first: 1 }, viewer.token)).homeFeed.pageInfo.endCursor!;
      const error = expectError(await t.gql(TOP, { first: 5, after: make(recent) }, viewer.token), 'BAD_USER_INPUT', 'INVALID_CURSOR');
      expect(error.extensions?.field).toBe('after');
    });

    it('answers INVALID_CURSOR when a TOP cursor is given to RECENT', async () => {
      const viewer = await viewerWithPosts();
      const cursor = (await top(viewer, 1)).endCursor;
      expectError(await t.gql(RECENT, { first: 5, after: cursor }, viewer.token), 'BAD_USER_INPUT', 'INVALID_CURSOR');
    });

    it.each([0, -1, 101, 1000])('answers PAGE_SIZE_OUT_OF_RANGE for first = %d', async (first) => {
      const viewer = await t.f.user();
      expectError(await t.gql(TOP, { first }, viewer.token), 'BAD_USER_INPUT', 'PAGE_SIZE_OUT_OF_RANGE');
    });

    it('answers an empty page for a viewer with nothing to read, and 20 posts by default', async () => {
      const loner = await t.f.user();
      expect(await top(loner, 100)).toEqual({ ids: [], cursors: [], hasNextPage: false, endCursor: null });
      const busy = await t.f.user();
      const space = await t.f.space({ members: [{ user: busy }] });
      for (let i = 0; i < 25; i += 1) await t.f.post({ author: busy, space });
      const page = ok(
        await t.gql<{ homeFeed: Connection }>(`{ homeFeed(mode: TOP) { edges { node { id } } pageInfo { hasNextPage } } }`, {}, busy.token),
      );
      expect(page.homeFeed.edges).toHaveLength(20);
      expect(page.homeFeed.pageInfo.hasNextPage).toBe(true);
    });

    it('refuses TOP to a signed-out caller', async () => {
      expectError(await t.gql(TOP, { first: 5 }), 'UNAUTHENTICATED');
    });
  });

  describe('SQL queries per page', () => {
    const FULL = `query($first: Int, $after: String) { homeFeed(first: $first, after: $after, mode: TOP) { edges { cursor node {
      id body html createdAt author { id displayName handle } space { id slug name } commentCount
      reactionCounts { type count } viewerReaction viewerCanEdit viewerCanPin source { kind }
    } } pageInfo { hasNextPage endCursor } } }`;

    it('is at most 4, the same for 5 and 50 posts, on a first page, a later page and an older-posts page', async () => {
      const [viewer, ...authors] = await users(4);
      const spaces = [
        await t.f.space({ members: [{ user: viewer! }] }),
        await t.f.space({ visibility: 'PRIVATE', members: [{ user: viewer! }] }),
      ];
      for (let i = 0; i < 80; i += 1) {
        const post = await t.f.post({ author: authors[i % 3]!, space: spaces[i % 2]!, createdAt: hoursAgo(i < 60 ? i : 24 * 20 + i) });
        await t.f.comment({ author: authors[(i + 1) % 3]!, postId: post.id });
        if (i % 3 === 0) await react(viewer!, post.id);
      }
      ok(await t.gql(FULL, { first: 5 }, viewer!.token)); // the day's visit is recorded once: get it out of the way

      const run = async (first: number, after: string | null = null) => {
        let data: any;
        const count = await countQueries(async () => (data = ok(await t.gql(FULL, { first, after }, viewer!.token))));
        return { count, page: data.homeFeed as Connection };
      };
      const five = await run(5);
      const fifty = await run(50);
      expect(five.page.edges).toHaveLength(5);
      expect(fifty.page.edges).toHaveLength(50);
      expect(fifty.page.edges.filter((e: any) => e.node.viewerReaction === 'LIKE').length).toBeGreaterThan(0);
      const later = await run(50, five.page.pageInfo.endCursor);
      // 60 posts in the window, 20 older: posts 51–70 are the last 10 ranked then 10 older; 71–75 are older only.
      const straddling = await run(20, fifty.page.pageInfo.endCursor);
      const older = await run(5, straddling.page.pageInfo.endCursor);
      expect(older.page.edges).toHaveLength(5);
      expect(five.count).toBeGreaterThan(0);
      expect([fifty.count, later.count, straddling.count, older.count]).toEqual([five.count, five.count, five.count, five.count]);
      expect(five.count).toBeLessThanOrEqual(4);
    });
  });
});
