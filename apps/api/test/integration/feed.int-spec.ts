import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import type { TestSpace, TestUser } from '../factories/factories.js';
import { ok } from '../gql-client.js';
import { countQueries } from '../sql-query-counter.js';
import { startTestApp, type TestApp } from '../test-app.js';

const HOME = `query($first: Int, $after: String) {
  homeFeed(first: $first, after: $after, mode: RECENT) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } }
}`;
const SPACE_FEED = `query($id: ID!, $first: Int, $after: String) {
  spaceFeed(spaceId: $id, first: $first, after: $after) { edges { node { id pinned } } pageInfo { hasNextPage endCursor } }
}`;

type Page = { ids: string[]; hasNextPage: boolean; endCursor: string | null };

const pageOf = (connection: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }): Page => ({
  ids: connection.edges.map((e) => e.node.id),
  hasNextPage: connection.pageInfo.hasNextPage,
  endCursor: connection.pageInfo.endCursor,
});

describe('homeFeed contents', () => {
  let t: TestApp;
  beforeAll(async () => {
    // No queue workers: their polling would count among the request's SQL round trips.
    t = await startTestApp({ env: { QUEUE_WORKERS: 'false' } });
  });
  afterAll(() => t.close());

  const homeIds = async (viewer: TestUser): Promise<string[]> => {
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const page = pageOf(ok(await t.gql(HOME, { first: 100, after }, viewer.token)).homeFeed);
      ids.push(...page.ids);
      after = page.hasNextPage ? page.endCursor : null;
    } while (after);
    return ids;
  };

  /** [behaviour, builds one post relative to the viewer, whether the viewer's home feed shows it]. */
  const CASES: [string, (viewer: TestUser) => Promise<{ id: string }>, boolean][] = [
    ['shows the company-wide stream', async () => t.f.post({ author: await t.f.user(), space: null }), true],
    [
      'shows posts of the spaces I belong to',
      async (viewer) => t.f.post({ author: await t.f.user(), space: await t.f.space({ members: [{ user: viewer }] }) }),
      true,
    ],
    [
      'shows posts of PRIVATE spaces I belong to',
      async (viewer) =>
        t.f.post({ author: await t.f.user(), space: await t.f.space({ visibility: 'PRIVATE', members: [{ user: viewer }] }) }),
      true,
    ],
    [
      'shows posts of public spaces I follow without belonging to them',
      async (viewer) => {
        const space = await t.f.space();
        await t.f.follow(viewer, { space });
        return t.f.post({ author: await t.f.user(), space });
      },
      true,
    ],
    [
      'shows posts of people I follow, in public spaces I am not in',
      async (viewer) => {
        const author = await t.f.user();
        await t.f.follow(viewer, { user: author });
        return t.f.post({ author, space: await t.f.space() });
      },
      true,
    ],
    [
      'shows my own posts, even in a public space I am not in',
      async (viewer) => t.f.post({ author: viewer, space: await t.f.space() }),
      true,
    ],
    [
      'leaves out posts of public spaces I neither joined nor follow',
      async () => t.f.post({ author: await t.f.user(), space: await t.f.space() }),
      false,
    ],
    [
      'leaves out deleted posts',
      async (viewer) => {
        const post = await t.f.post({ author: viewer, space: null });
        await t.db.query(`UPDATE post SET deleted_at = now() WHERE id = $1`, [post.id]);
        return post;
      },
      false,
    ],
    [
      'leaves out posts of a space I unfollowed',
      async (viewer) => {
        const space = await t.f.space();
        ok(await t.gql(`mutation($id: ID!) { follow(targetId: $id) }`, { id: space.id }, viewer.token));
        ok(await t.gql(`mutation($id: ID!) { unfollow(targetId: $id) }`, { id: space.id }, viewer.token));
        return t.f.post({ author: await t.f.user(), space });
      },
      false,
    ],
  ];

  it.each(CASES)('%s', async (_, build, shown) => {
    const viewer = await t.f.user();
    const post = await build(viewer);
    const ids = await homeIds(viewer);
    if (shown) expect(ids).toContain(post.id);
    else expect(ids).not.toContain(post.id);
  });

  it('lists each post once, even when it is reachable several ways', async () => {
    const viewer = await t.f.user();
    const author = await t.f.user();
    const space = await t.f.space({ members: [{ user: viewer }, { user: author }] });
    await t.f.follow(viewer, { user: author });
    await t.f.follow(viewer, { space });
    const post = await t.f.post({ author, space });
    expect((await homeIds(viewer)).filter((id) => id === post.id)).toHaveLength(1);
  });
});

describe('feed paging and ordering', () => {
  // Its own database: no company-wide posts from other tests, so a viewer's feed is exactly what the test builds.
  let t: TestApp;
  beforeAll(async () => {
    // No queue workers: their polling would count among the request's SQL round trips.
    t = await startTestApp({ env: { QUEUE_WORKERS: 'false' } });
  });
  afterAll(() => t.close());

  const home = async (viewer: TestUser, first: number, after?: string | null): Promise<Page> =>
    pageOf(ok(await t.gql(HOME, { first, after: after ?? null }, viewer.token)).homeFeed);

  /** `count` posts in a space of the viewer's, `perInstant` of them sharing each created_at, newest first as the feed must list them. */
  const postsInMySpace = async (count: number, perInstant: number) => {
    const viewer = await t.f.user();
    const author = await t.f.user();
    const space = await t.f.space({ members: [{ user: viewer }, { user: author }] });
    const start = Date.UTC(2025, 0, 1, 9);
    const posts: { id: string; at: number }[] = [];
    for (let i = 0; i < count; i += 1) {
      const at = start + Math.floor(i / perInstant) * 1000;
      posts.push({ id: (await t.f.post({ author, space, createdAt: new Date(at) })).id, at });
    }
    const expected = posts.sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : -1)).map((p) => p.id);
    return { viewer, author, space, expected };
  };

  it('lists newest first, ties broken by id', async () => {
    const { viewer, expected } = await postsInMySpace(12, 4);
    expect((await home(viewer, 100)).ids).toEqual(expected);
  });

  it('pages 45 posts by 20 as 20, 20 and 5, with no duplicate or gap where posts share a created_at across page boundaries', async () => {
    // Three posts per instant: items 18–20 and 39–41 (0-based) share one, so both page boundaries cut through a tie.
    const { viewer, expected } = await postsInMySpace(45, 3);
    const pages: Page[] = [];
    let after: string | null = null;
    do {
      const page = await home(viewer, 20, after);
      pages.push(page);
      after = page.hasNextPage ? page.endCursor : null;
    } while (after);
    expect(pages.map((p) => p.ids.length)).toEqual([20, 20, 5]);
    expect(pages.map((p) => p.hasNextPage)).toEqual([true, true, false]);
    const all = pages.flatMap((p) => p.ids);
    expect(new Set(all).size).toBe(45);
    expect(all).toEqual(expected);
  });

  it('gives an empty last page and no next page after the final item', async () => {
    const { viewer, expected } = await postsInMySpace(3, 1);
    const page = await home(viewer, 3);
    expect(page).toMatchObject({ ids: expected, hasNextPage: false });
    expect(await home(viewer, 3, page.endCursor)).toEqual({ ids: [], hasNextPage: false, endCursor: null });
  });

  it('does not shift the next page when a post is published between two page fetches', async () => {
    const { viewer, author, space, expected } = await postsInMySpace(30, 2);
    const first = await home(viewer, 10);
    const fresh = await t.f.post({ author, space });
    const second = await home(viewer, 10, first.endCursor);
    expect(first.ids).toEqual(expected.slice(0, 10));
    expect(second.ids).toEqual(expected.slice(10, 20));
    expect((await home(viewer, 1)).ids).toEqual([fresh.id]);
  });

  it('spaceFeed lists pinned posts first, each group newest first, and pages across the pinned boundary', async () => {
    const moderator = await t.f.user();
    const space: TestSpace = await t.f.space({ members: [{ user: moderator, role: 'MODERATOR' }] });
    const at = (minutes: number) => new Date(Date.UTC(2025, 0, 1, 9, minutes));
    const oldPinned = await t.f.post({ author: moderator, space, createdAt: at(0) });
    const newest = await t.f.post({ author: moderator, space, createdAt: at(30) });
    const newPinned = await t.f.post({ author: moderator, space, createdAt: at(10) });
    const middle = await t.f.post({ author: moderator, space, createdAt: at(20) });
    for (const post of [oldPinned, newPinned])
      ok(await t.gql(`mutation($id: ID!) { pinPost(id: $id, pinned: true) { id } }`, { id: post.id }, moderator.token));

    const all = ok(await t.gql(SPACE_FEED, { id: space.id, first: 10 }, moderator.token)).spaceFeed;
    expect(all.edges.map((e: any) => [e.node.id, e.node.pinned])).toEqual([
      [newPinned.id, true],
      [oldPinned.id, true],
      [newest.id, false],
      [middle.id, false],
    ]);
    const paged: string[] = [];
    let after: string | null = null;
    do {
      const page = pageOf(ok(await t.gql(SPACE_FEED, { id: space.id, first: 1, after }, moderator.token)).spaceFeed);
      paged.push(...page.ids);
      after = page.hasNextPage ? page.endCursor : null;
    } while (after);
    expect(paged).toEqual([newPinned.id, oldPinned.id, newest.id, middle.id]);
  });

  describe('SQL queries per feed page', () => {
    const FULL_HOME = `query($first: Int) { homeFeed(first: $first) { edges { cursor node {
      id body html createdAt author { id displayName handle } space { id slug name } commentCount
      reactionCounts { type count } viewerReaction viewerCanEdit viewerCanPin source { kind }
    } } pageInfo { hasNextPage endCursor } } }`;

    it('is the same for 5 and 50 posts with authors, spaces, counts and reactions, and at most 4', async () => {
      const viewer = await t.f.user();
      const authors = [await t.f.user(), await t.f.user(), await t.f.user()];
      const spaces = [
        await t.f.space({ members: [{ user: viewer }] }),
        await t.f.space({ visibility: 'PRIVATE', members: [{ user: viewer }] }),
      ];
      for (let i = 0; i < 60; i += 1) {
        const post = await t.f.post({ author: authors[i % 3]!, space: i % 5 === 0 ? null : spaces[i % 2]! });
        await t.f.comment({ author: authors[(i + 1) % 3]!, postId: post.id });
        await t.f.reaction({ user: authors[(i + 2) % 3]!, targetId: post.id, type: 'CELEBRATE' });
        if (i % 2 === 0) await t.f.reaction({ user: viewer, targetId: post.id });
      }
      // The first requests of the day also record the viewer's visit: get that out of the way.
      ok(await t.gql(FULL_HOME, { first: 5 }, viewer.token));
      ok(await t.gql(FULL_HOME, { first: 5 }, viewer.token));

      let small: any;
      let large: any;
      const forFive = await countQueries(async () => (small = ok(await t.gql(FULL_HOME, { first: 5 }, viewer.token))));
      const forFifty = await countQueries(async () => (large = ok(await t.gql(FULL_HOME, { first: 50 }, viewer.token))));

      expect(small.homeFeed.edges).toHaveLength(5);
      expect(large.homeFeed.edges).toHaveLength(50);
      expect(large.homeFeed.edges[0].node).toMatchObject({ commentCount: 1, author: { id: expect.any(String) } });
      expect(large.homeFeed.edges.filter((e: any) => e.node.viewerReaction === 'LIKE').length).toBeGreaterThan(0);
      expect(forFive).toBeGreaterThan(0); // the counter does see the app's queries
      expect(forFifty).toBe(forFive);
      expect(forFifty).toBeLessThanOrEqual(4);
    });
  });
});
