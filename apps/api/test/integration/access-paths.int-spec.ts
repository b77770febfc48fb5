import { randomUUID } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import type { TestSpace, TestUser } from '../factories/factories.js';
import { expectError, type GqlResponse, ok } from '../gql-client.js';
import { startTestApp, type TestApp } from '../test-app.js';

/*
 * PRIVATE and SECRET content never reaches someone outside the space, on any read or write
 * path: not an outsider, not an ADMIN, not a member from the moment they leave or are removed.
 * Every denial is also checked on the raw response text, so nothing leaks through a field
 * nobody thought to assert on.
 */

type Hidden = 'PRIVATE' | 'SECRET';

interface World {
  visibility: Hidden;
  /** In the post, the comment and (SECRET only) the space's name: must never reach a non-member. */
  marker: string;
  owner: TestUser;
  space: TestSpace;
  spaceName: string;
  post: { id: string; body: string };
  comment: { id: string; body: string };
  /** The owner's post in a PUBLIC space, which everyone may read. */
  publicPost: { id: string };
}

interface Raw {
  res: GqlResponse;
  text: string;
}

const POST = `query($id: ID!) { post(id: $id) { id body html space { id name } } }`;
const POST_COMMENTS = `query($id: ID!) { post(id: $id) { id comments(first: 100) { edges { node { id body html } } } } }`;
const SPACE_FEED = `query($id: ID!) { spaceFeed(spaceId: $id, first: 100) { edges { node { id body } } } }`;
const HOME_FEED = `query($after: String) { homeFeed(first: 100, after: $after) { edges { node { id body space { name } } } pageInfo { hasNextPage endCursor } } }`;
const USER_FEED = `query($id: ID!) { userFeed(userId: $id, first: 100) { edges { node { id body space { name } } } } }`;
const SPACES = `query($filter: SpaceFilter, $after: String) { spaces(filter: $filter, first: 100, after: $after) { edges { node { id name description } } pageInfo { hasNextPage endCursor } } }`;
const SPACE = `query($id: ID, $slug: String) { space(id: $id, slug: $slug) { id name description viewerRole members { edges { node { user { id } } } } } }`;
const REACT = `mutation($id: ID!) { react(targetId: $id, type: LIKE) { targetId reactionCounts { type count } } }`;
const UNREACT = `mutation($id: ID!) { unreact(targetId: $id) { targetId reactionCounts { type count } } }`;
const ADD_COMMENT = `mutation($postId: ID!, $parentId: ID) { addComment(postId: $postId, body: "let me in", parentId: $parentId) { id } }`;
const CREATE_POST = `mutation($spaceId: ID) { createPost(input: { spaceId: $spaceId, body: "hello?" }) { id } }`;
const FOLLOW = `mutation($id: ID!) { follow(targetId: $id) }`;

describe('access paths to PRIVATE and SECRET content', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const raw = async (query: string, variables: Record<string, unknown>, token: string): Promise<Raw> => {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    return { res: { status: response.status, ...(JSON.parse(text) as Omit<GqlResponse, 'status'>) }, text };
  };

  const world = async (visibility: Hidden): Promise<World> => {
    const marker = `classified-${randomUUID()}`;
    const owner = await t.f.user();
    const spaceName = visibility === 'SECRET' ? `Codename ${marker}` : `Listed ${randomUUID()}`;
    const space = await t.f.space({
      visibility,
      name: spaceName,
      description: visibility === 'SECRET' ? marker : '',
      members: [{ user: owner, role: 'OWNER' }],
    });
    const post = await t.f.post({ author: owner, space, body: `Post ${marker}` });
    const comment = await t.f.comment({ author: owner, postId: post.id, body: `Comment ${marker}` });
    await t.f.reaction({ user: owner, targetId: post.id });
    const publicPost = await t.f.post({ author: owner, space: await t.f.space({ visibility: 'PUBLIC' }) });
    return { visibility, marker, owner, space, spaceName, post, comment, publicPost };
  };

  /** All pages of a connection the viewer gets, as raw text plus node ids. */
  const allPages = async (query: string, field: string, variables: Record<string, unknown>, token: string) => {
    const ids: string[] = [];
    let text = '';
    let after: string | null = null;
    do {
      const page = await raw(query, { ...variables, after }, token);
      text += page.text;
      const connection = ok(page.res)[field];
      ids.push(...connection.edges.map((e: { node: { id: string } }) => e.node.id));
      after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
    } while (after);
    return { ids, text };
  };

  const reactionRows = async (targetId: string, user: TestUser) =>
    ((await t.db.query(`SELECT 1 FROM reaction WHERE target_id = $1 AND user_id = $2`, [targetId, user.id])) as unknown[]).length;

  /**
   * Each path the viewer (not a member) takes, with what it must answer. Every check returns
   * the raw response texts it saw, which must not contain the secret text.
   */
  const paths: [string, (w: World, viewer: TestUser) => Promise<string>][] = [
    [
      'post(id) answers exactly as for a post that does not exist',
      async (w, viewer) => {
        const denied = await raw(POST, { id: w.post.id }, viewer.token);
        const missing = await raw(POST, { id: randomUUID() }, viewer.token);
        expectError(denied.res, 'NOT_FOUND', 'POST_NOT_FOUND');
        expect(denied.res).toEqual(missing.res);
        return denied.text;
      },
    ],
    [
      'post.comments gives nothing',
      async (w, viewer) => {
        const denied = await raw(POST_COMMENTS, { id: w.post.id }, viewer.token);
        expectError(denied.res, 'NOT_FOUND', 'POST_NOT_FOUND');
        expect(denied.res.data).toEqual({ post: null });
        return denied.text;
      },
    ],
    [
      'spaceFeed refuses: FORBIDDEN when the space is listed (PRIVATE), NOT_FOUND when it is not (SECRET)',
      async (w, viewer) => {
        const denied = await raw(SPACE_FEED, { id: w.space.id }, viewer.token);
        if (w.visibility === 'PRIVATE') expectError(denied.res, 'FORBIDDEN', 'NOT_A_MEMBER');
        else {
          expectError(denied.res, 'NOT_FOUND', 'SPACE_NOT_FOUND');
          expect(denied.res).toEqual((await raw(SPACE_FEED, { id: randomUUID() }, viewer.token)).res);
        }
        return denied.text;
      },
    ],
    [
      'homeFeed leaves the post out even though the viewer follows its author',
      async (w, viewer) => {
        await t.f.follow(viewer, { user: w.owner });
        const feed = await allPages(HOME_FEED, 'homeFeed', {}, viewer.token);
        expect(feed.ids).toContain(w.publicPost.id);
        expect(feed.ids).not.toContain(w.post.id);
        return feed.text;
      },
    ],
    [
      "userFeed shows the author's public posts only",
      async (w, viewer) => {
        const denied = await raw(USER_FEED, { id: w.owner.id }, viewer.token);
        expect(ok(denied.res).userFeed.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([w.publicPost.id]);
        return denied.text;
      },
    ],
    [
      'spaces never lists a SECRET space, by name query or with mine',
      async (w, viewer) => {
        const listings = [
          await allPages(SPACES, 'spaces', {}, viewer.token),
          await allPages(SPACES, 'spaces', { filter: { query: w.spaceName } }, viewer.token),
          await allPages(SPACES, 'spaces', { filter: { mine: true } }, viewer.token),
        ];
        expect(listings.map((l) => l.ids.includes(w.space.id))).toEqual(
          w.visibility === 'PRIVATE' ? [true, true, false] : [false, false, false],
        );
        return listings.map((l) => l.text).join('');
      },
    ],
    [
      'space(id) and space(slug) hide a SECRET space as if it did not exist, and show no role or members of a PRIVATE one',
      async (w, viewer) => {
        const byId = await raw(SPACE, { id: w.space.id }, viewer.token);
        const bySlug = await raw(SPACE, { slug: w.space.slug }, viewer.token);
        if (w.visibility === 'SECRET') {
          expectError(byId.res, 'NOT_FOUND', 'SPACE_NOT_FOUND');
          expect(byId.res).toEqual((await raw(SPACE, { id: randomUUID() }, viewer.token)).res);
          expect(bySlug.res).toEqual((await raw(SPACE, { slug: `no-such-${randomUUID()}` }, viewer.token)).res);
        } else {
          for (const found of [byId, bySlug])
            expect(ok(found.res).space).toMatchObject({ id: w.space.id, viewerRole: null, members: { edges: [] } });
        }
        return byId.text + bySlug.text;
      },
    ],
    [
      'react on the post or its comment answers TARGET_NOT_FOUND and records nothing',
      async (w, viewer) => {
        let text = '';
        for (const id of [w.post.id, w.comment.id]) {
          const denied = await raw(REACT, { id }, viewer.token);
          expectError(denied.res, 'NOT_FOUND', 'TARGET_NOT_FOUND');
          expect(denied.res).toEqual((await raw(REACT, { id: randomUUID() }, viewer.token)).res);
          expect(await reactionRows(id, viewer)).toBe(0);
          text += denied.text;
        }
        return text;
      },
    ],
    [
      'unreact on the post or its comment answers TARGET_NOT_FOUND',
      async (w, viewer) => {
        let text = '';
        for (const id of [w.post.id, w.comment.id]) {
          const denied = await raw(UNREACT, { id }, viewer.token);
          expectError(denied.res, 'NOT_FOUND', 'TARGET_NOT_FOUND');
          expect(denied.res).toEqual((await raw(UNREACT, { id: randomUUID() }, viewer.token)).res);
          text += denied.text;
        }
        return text;
      },
    ],
    [
      'addComment, as a comment or a reply, answers NOT_FOUND and writes nothing',
      async (w, viewer) => {
        const asComment = await raw(ADD_COMMENT, { postId: w.post.id }, viewer.token);
        const asReply = await raw(ADD_COMMENT, { postId: w.post.id, parentId: w.comment.id }, viewer.token);
        for (const denied of [asComment, asReply]) expectError(denied.res, 'NOT_FOUND', 'POST_NOT_FOUND');
        expect(asComment.res).toEqual((await raw(ADD_COMMENT, { postId: randomUUID() }, viewer.token)).res);
        expect(await t.db.query(`SELECT 1 FROM comment WHERE post_id = $1 AND author_id = $2`, [w.post.id, viewer.id])).toEqual([]);
        return asComment.text + asReply.text;
      },
    ],
    [
      'createPost in the space is refused',
      async (w, viewer) => {
        const denied = await raw(CREATE_POST, { spaceId: w.space.id }, viewer.token);
        if (w.visibility === 'PRIVATE') expectError(denied.res, 'FORBIDDEN', 'NOT_A_MEMBER');
        else expect(denied.res).toEqual((await raw(CREATE_POST, { spaceId: randomUUID() }, viewer.token)).res);
        expect(await t.db.query(`SELECT 1 FROM post WHERE space_id = $1 AND author_id = $2`, [w.space.id, viewer.id])).toEqual([]);
        return denied.text;
      },
    ],
    [
      'follow(spaceId) is refused, NOT_FOUND for a SECRET space',
      async (w, viewer) => {
        await t.db.query(`DELETE FROM follow WHERE follower_id = $1 AND target_space_id = $2`, [viewer.id, w.space.id]);
        const denied = await raw(FOLLOW, { id: w.space.id }, viewer.token);
        if (w.visibility === 'PRIVATE') expectError(denied.res, 'FORBIDDEN', 'NOT_A_MEMBER');
        else {
          expectError(denied.res, 'NOT_FOUND', 'TARGET_NOT_FOUND');
          expect(denied.res).toEqual((await raw(FOLLOW, { id: randomUUID() }, viewer.token)).res);
        }
        expect(await t.db.query(`SELECT 1 FROM follow WHERE follower_id = $1 AND target_space_id = $2`, [viewer.id, w.space.id])).toEqual(
          [],
        );
        return denied.text;
      },
    ],
  ];

  const expectHidden = (w: World, text: string) => {
    expect(text).not.toContain(w.marker);
    expect(text).not.toContain(w.post.id);
    expect(text).not.toContain(w.comment.id);
    if (w.visibility === 'SECRET') {
      expect(text).not.toContain(w.space.id);
      expect(text).not.toContain(w.space.slug);
    }
  };

  describe.each<Hidden>(['PRIVATE', 'SECRET'])('%s content and an outsider', (visibility) => {
    it.each(paths)('%s', async (_, check) => {
      const w = await world(visibility);
      const outsider = await t.f.user();
      expectHidden(w, await check(w, outsider));
    });

    it('the secret text and ids appear in no response body on any path', async () => {
      const w = await world(visibility);
      const outsider = await t.f.user();
      let everything = '';
      for (const [, check] of paths) everything += await check(w, outsider);
      expect(everything.length).toBeGreaterThan(0);
      expectHidden(w, everything);
    });

    it('Space.members is empty for a non-member, while memberCount stays visible for a listed space', async () => {
      const w = await world(visibility);
      const outsider = await t.f.user();
      const res = await t.gql(
        `query($id: ID) { space(id: $id) { memberCount members { edges { node { user { id } } } } } }`,
        { id: w.space.id },
        outsider.token,
      );
      if (visibility === 'PRIVATE') expect(ok(res).space).toEqual({ memberCount: 1, members: { edges: [] } });
      else expectError(res, 'NOT_FOUND', 'SPACE_NOT_FOUND');
    });
  });

  describe.each<Hidden>(['PRIVATE', 'SECRET'])('%s content and an ADMIN who is not a member', (visibility) => {
    it.each(paths)('%s', async (_, check) => {
      const w = await world(visibility);
      const admin = await t.f.user({ role: 'ADMIN' });
      expectHidden(w, await check(w, admin));
    });
  });

  describe.each([
    ['leaving with leaveSpace', 'leaveSpace'],
    ['being removed with removeMember', 'removeMember'],
  ] as const)('%s', (_, how) => {
    describe.each<Hidden>(['PRIVATE', 'SECRET'])('a %s space', (visibility) => {
      /** A member who follows the space and its owner, reads it, then loses membership. */
      const formerMember = async (w: World): Promise<TestUser> => {
        const member = await t.f.user();
        await t.f.member(w.space.id, member);
        ok(await t.gql(FOLLOW, { id: w.space.id }, member.token));
        ok(await t.gql(FOLLOW, { id: w.owner.id }, member.token));
        expect(ok(await t.gql(POST, { id: w.post.id }, member.token)).post.id).toBe(w.post.id);
        const feed = await allPages(HOME_FEED, 'homeFeed', {}, member.token);
        expect(feed.ids).toContain(w.post.id);
        if (how === 'leaveSpace')
          expect(ok(await t.gql(`mutation($id: ID!) { leaveSpace(spaceId: $id) }`, { id: w.space.id }, member.token)).leaveSpace).toBe(
            true,
          );
        else
          ok(
            await t.gql(
              `mutation($s: ID!, $u: ID!) { removeMember(spaceId: $s, userId: $u) { id } }`,
              { s: w.space.id, u: member.id },
              w.owner.token,
            ),
          );
        return member;
      };

      it.each(paths)('takes access away at once: %s', async (_, check) => {
        const w = await world(visibility);
        const member = await formerMember(w);
        expectHidden(w, await check(w, member));
      });
    });
  });

  it.each<Hidden>(['PRIVATE', 'SECRET'])('homeFeed drops a followed %s space the moment its follower leaves it', async (visibility) => {
    const w = await world(visibility);
    const member = await t.f.user();
    await t.f.member(w.space.id, member);
    ok(await t.gql(FOLLOW, { id: w.space.id }, member.token));
    expect((await allPages(HOME_FEED, 'homeFeed', {}, member.token)).ids).toContain(w.post.id);
    ok(await t.gql(`mutation($id: ID!) { leaveSpace(spaceId: $id) }`, { id: w.space.id }, member.token));
    expect(await t.db.query(`SELECT 1 FROM follow WHERE follower_id = $1 AND target_space_id = $2`, [member.id, w.space.id])).toHaveLength(
      1,
    );
    const feed = await allPages(HOME_FEED, 'homeFeed', {}, member.token);
    expect(feed.ids).not.toContain(w.post.id);
    expect(feed.text).not.toContain(w.marker);
  });

  it.each<Hidden>(['PRIVATE', 'SECRET'])(
    'a member still reads %s content on every path (the denials above are not blanket failures)',
    async (visibility) => {
      const w = await world(visibility);
      const member = await t.f.user();
      await t.f.member(w.space.id, member);
      expect(ok(await t.gql(POST_COMMENTS, { id: w.post.id }, member.token)).post.comments.edges.map((e: any) => e.node.id)).toEqual([
        w.comment.id,
      ]);
      expect(ok(await t.gql(SPACE_FEED, { id: w.space.id }, member.token)).spaceFeed.edges.map((e: any) => e.node.id)).toEqual([w.post.id]);
      expect(ok(await t.gql(USER_FEED, { id: w.owner.id }, member.token)).userFeed.edges.map((e: any) => e.node.id)).toContain(w.post.id);
      expect((await allPages(SPACES, 'spaces', { filter: { mine: true } }, member.token)).ids).toEqual([w.space.id]);
      expect(ok(await t.gql(SPACE, { slug: w.space.slug }, member.token)).space.members.edges).toHaveLength(2);
      ok(await t.gql(REACT, { id: w.comment.id }, member.token));
      ok(await t.gql(ADD_COMMENT, { postId: w.post.id, parentId: w.comment.id }, member.token));
      expect(ok(await t.gql(FOLLOW, { id: w.space.id }, member.token)).follow).toBe(true);
    },
  );
});
