import { randomUUID } from 'node:crypto';

import { SEARCH_RANKING } from '@chantier/domain';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import type { TestSpace, TestUser } from '../../test/factories/factories.js';
import { type GqlResponse, ok } from '../../test/gql-client.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';

/*
 * Search returns only what the access policy lets the viewer read (posts, comments) or see
 * (spaces), and active people. Every case also checks the raw response text, so a hidden
 * marker cannot leak through a snippet, a nested field or an error message.
 */

const SEARCH = `query($query: String!, $after: String, $filter: SearchFilter) {
  search(query: $query, first: 50, after: $after, filter: $filter) {
    edges { cursor snippet rank node { __typename ... on Post { id body } ... on Comment { id body } ... on Space { id name description } ... on User { id displayName } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const LEAVE = `mutation($spaceId: ID!) { leaveSpace(spaceId: $spaceId) }`;

type Place = 'company stream' | 'PUBLIC' | 'PRIVATE' | 'SECRET';
const PLACES: Place[] = ['company stream', 'PUBLIC', 'PRIVATE', 'SECRET'];

interface World {
  place: Place;
  /** A word only this place's space, post and comment contain. */
  marker: string;
  space: TestSpace | null;
  post: { id: string };
  comment: { id: string };
}

interface Found {
  ids: Set<string>;
  text: string;
  edges: { rank: number; node: { id: string } }[];
  hasNextPage: boolean;
}

describe('search access', () => {
  let t: TestApp;
  let owner: TestUser;
  let member: TestUser;
  let outsider: TestUser;
  let admin: TestUser;
  const worlds = new Map<Place, World>();

  const find = async (user: TestUser, query: string, filter?: Record<string, unknown>): Promise<Found> => {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${user.token}` },
      body: JSON.stringify({ query: SEARCH, variables: { query, filter } }),
    });
    const text = await response.text();
    const body = JSON.parse(text) as Omit<GqlResponse<{ search: { edges: Found['edges']; pageInfo: { hasNextPage: boolean } } }>, 'status'>;
    const { search } = ok({ status: response.status, ...body });
    return { ids: new Set(search.edges.map((e) => e.node.id)), text, edges: search.edges, hasNextPage: search.pageInfo.hasNextPage };
  };

  beforeAll(async () => {
    t = await startTestApp();
    [owner, member, outsider, admin] = [await t.f.user(), await t.f.user(), await t.f.user(), await t.f.user({ role: 'ADMIN' })];
    for (const place of PLACES) {
      const marker = `secret${randomUUID().replaceAll('-', '')}`;
      const space =
        place === 'company stream'
          ? null
          : await t.f.space({
              visibility: place,
              name: `Codename ${marker}`,
              description: `About ${marker}`,
              members: [
                { user: owner, role: 'OWNER' },
                { user: member, role: 'MEMBER' },
              ],
            });
      const post = await t.f.post({ author: owner, space, body: `Post about ${marker}` });
      const comment = await t.f.comment({ author: owner, postId: post.id, body: `Comment about ${marker}` });
      worlds.set(place, { place, marker, space, post, comment });
    }
  });
  afterAll(() => t.close());

  const KINDS = ['POST', 'COMMENT', 'SPACE'] as const;
  const idOf = (world: World, kind: (typeof KINDS)[number]) =>
    kind === 'POST' ? world.post.id : kind === 'COMMENT' ? world.comment.id : (world.space?.id ?? null);

  // Content: readable in the company stream and PUBLIC spaces by all, PRIVATE and SECRET by members. Spaces: SECRET hidden.
  const EXPECTED: Record<'outsider' | 'admin' | 'member', Record<Place, { content: boolean; space: boolean }>> = {
    outsider: {
      'company stream': { content: true, space: false },
      PUBLIC: { content: true, space: true },
      PRIVATE: { content: false, space: true },
      SECRET: { content: false, space: false },
    },
    admin: {
      'company stream': { content: true, space: false },
      PUBLIC: { content: true, space: true },
      PRIVATE: { content: false, space: true },
      SECRET: { content: false, space: false },
    },
    member: {
      'company stream': { content: true, space: false },
      PUBLIC: { content: true, space: true },
      PRIVATE: { content: true, space: true },
      SECRET: { content: true, space: true },
    },
  };
  const users = () => ({ outsider, admin, member });

  describe.each(['outsider', 'admin', 'member'] as const)('as %s', (who) => {
    it.each(PLACES.flatMap((place) => KINDS.map((kind) => ({ place, kind }))))('$kind in $place', async ({ place, kind }) => {
      const world = worlds.get(place)!;
      const id = idOf(world, kind);
      if (!id) return; // the company stream is not a space
      const expected = kind === 'SPACE' ? EXPECTED[who][place].space : EXPECTED[who][place].content;
      const found = await find(users()[who], world.marker, { kinds: [kind] });
      expect(found.ids.has(id)).toBe(expected);
      if (!expected) {
        expect(found.ids.size).toBe(0);
        expect(found.text).not.toContain(world.marker);
      }
    });
  });

  it.each(['PRIVATE', 'SECRET'] as const)('shows nothing of a %s space to an outsider, not even for its exact name', async (place) => {
    const world = worlds.get(place)!;
    for (const query of [world.marker, `Codename ${world.marker}`, `"Codename ${world.marker}"`, world.marker.slice(0, 12)]) {
      const found = await find(outsider, query);
      // A PRIVATE space itself is listed (name and description), its content is not; a SECRET one is not even listed.
      const allowed = place === 'PRIVATE' ? [world.space!.id] : [];
      expect([...found.ids].filter((id) => !allowed.includes(id))).toEqual([]);
      expect(found.text).not.toContain(`Post about ${world.marker}`);
      expect(found.text).not.toContain(`Comment about ${world.marker}`);
      if (place === 'SECRET') expect(found.text).not.toContain(world.marker);
    }
  });

  it('stops finding PRIVATE and SECRET content and SECRET spaces right after leaveSpace', async () => {
    const leaver = await t.f.user();
    for (const place of ['PRIVATE', 'SECRET'] as const) {
      const world = worlds.get(place)!;
      await t.f.member(world.space!.id, leaver);
      expect((await find(leaver, world.marker)).ids).toEqual(new Set([world.space!.id, world.post.id, world.comment.id]));
      ok(await t.gql(LEAVE, { spaceId: world.space!.id }, leaver.token));
      const after = await find(leaver, world.marker);
      expect(after.ids).toEqual(place === 'PRIVATE' ? new Set([world.space!.id]) : new Set());
      expect(after.text.includes(`Post about ${world.marker}`)).toBe(false);
      expect(after.text.includes(`Comment about ${world.marker}`)).toBe(false);
    }
  });

  it('finds active people only', async () => {
    const tag = `person${randomUUID().slice(0, 8)}`;
    const active = await t.f.user({ displayName: `Active ${tag}` });
    await t.f.user({ displayName: `Gone ${tag}`, active: false });
    const found = await find(outsider, tag);
    expect(found.ids).toEqual(new Set([active.id]));
    expect(found.text).not.toContain(`Gone ${tag}`);
  });

  it('gives the same page, ranks and hasNextPage whether or not unreadable matches exist (no side channel)', async () => {
    const tag = `crowd${randomUUID().slice(0, 8)}`;
    const publicSpace = worlds.get('PUBLIC')!.space!;
    const older = new Date(Date.now() - 86_400_000);
    for (let i = 0; i < 3; i += 1) await t.f.post({ author: owner, space: publicSpace, body: `${tag} visible ${i}`, createdAt: older });
    const before = await find(outsider, tag);
    // More hidden matches than the candidate bound, all newer and more relevant than the readable ones.
    const hidden = worlds.get('SECRET')!.space!.id;
    await t.db.query(`INSERT INTO post (space_id, author_id, body, html) SELECT $1, $2, $3, '' FROM generate_series(1, $4::int)`, [
      hidden,
      owner.id,
      `${tag} ${tag} ${tag} caché`,
      SEARCH_RANKING.candidates + 10,
    ]);
    await t.db.query(
      `INSERT INTO comment (post_id, author_id, body, html) SELECT p.id, $2, $3, '' FROM post p WHERE p.space_id = $1 AND p.body LIKE $4`,
      [hidden, owner.id, `${tag} ${tag} commentaire caché`, `${tag}%`],
    );
    const after = await find(outsider, tag);
    expect(after.edges.map((e) => e.node.id)).toEqual(before.edges.map((e) => e.node.id));
    // Ranks decay with time between the two searches, by far less than this precision.
    after.edges.forEach((edge, i) => expect(edge.rank).toBeCloseTo(before.edges[i]!.rank, 6));
    expect(after.hasNextPage).toBe(before.hasNextPage);
    expect(after.ids.size).toBe(3);
    expect((await find(member, tag)).ids.size).toBe(50);
  });

  it('bounds a phrase by readable rows only: hidden rows holding its words crowd nothing out', async () => {
    const [first, second] = [`ph${randomUUID().slice(0, 8)}`, `ra${randomUUID().slice(0, 8)}`];
    const publicSpace = worlds.get('PUBLIC')!.space!;
    const older = new Date(Date.now() - 40 * 86_400_000);
    await t.f.post({ author: owner, space: publicSpace, body: `${first} ${second} in order`, createdAt: older });
    await t.f.post({ author: owner, space: publicSpace, body: `${second} then ${first}, not the phrase`, createdAt: older });
    const phrase = `"${first} ${second}"`;
    const before = await find(outsider, phrase);
    expect(before.edges).toHaveLength(1);
    // More newer hidden rows holding both words than the phrase's bound, none of them the phrase.
    await t.db.query(`INSERT INTO post (space_id, author_id, body, html) SELECT $1, $2, $3, '' FROM generate_series(1, $4::int)`, [
      worlds.get('SECRET')!.space!.id,
      owner.id,
      `${second} ${first} caché`,
      SEARCH_RANKING.phraseScope + 10,
    ]);
    const after = await find(outsider, phrase);
    expect(after.edges.map((e) => e.node.id)).toEqual(before.edges.map((e) => e.node.id));
    expect(after.text).not.toContain('caché');
  });
});
