import { randomUUID } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import type { TestUser } from '../../test/factories/factories.js';
import { expectError, ok } from '../../test/gql-client.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';

/* What search finds, how it ranks, highlights and pages. Access rules: search-access.int-spec.ts. */

const SEARCH = `query($query: String!, $first: Int, $after: String, $filter: SearchFilter) {
  search(query: $query, first: $first, after: $after, filter: $filter) {
    edges { cursor snippet rank node {
      __typename
      ... on Post { id body kind author { id displayName } space { id name } commentCount reactionCounts { type count } viewerReaction }
      ... on Comment { id body postId author { id } }
      ... on Space { id name slug visibility memberCount viewerRole project { customer externalKey } }
      ... on User { id handle displayName title department { name } }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Edge {
  cursor: string;
  snippet: string | null;
  rank: number;
  node: { __typename: string; id: string } & Record<string, any>;
}
interface Result {
  search: { edges: Edge[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

describe('search', () => {
  let t: TestApp;
  let me: TestUser;
  // Every test searches for words of its own, so tests do not see each other's data.
  const word = () => `mot${randomUUID().slice(0, 8)}`;
  const search = async (query: string, variables: Record<string, unknown> = {}, user = me) =>
    ok(await t.gql<Result>(SEARCH, { query, ...variables }, user.token)).search;
  const ids = (edges: Edge[]) => edges.map((e) => e.node.id);

  beforeAll(async () => {
    t = await startTestApp();
    me = await t.f.user({ displayName: 'Chercheur' });
  });
  afterAll(() => t.close());

  it('finds French text whatever the accents, case and inflection', async () => {
    const author = await t.f.user();
    const tag = word();
    const post = await t.f.post({ author, body: `Le déploiement ${tag} chez le client est prévu lundi.` });
    for (const query of [`deploiement ${tag}`, `DÉPLOIEMENT ${tag}`, `déploiements ${tag}`, `${tag} prevu`]) {
      expect(ids((await search(query)).edges)).toEqual([post.id]);
    }
  });

  it('finds English text by its stems, and text mixing both languages', async () => {
    const author = await t.f.user();
    const tag = word();
    const post = await t.f.post({ author, body: `Deployments of ${tag} were delayed; la livraison suivra.` });
    expect(ids((await search(`deployment delay ${tag}`)).edges)).toEqual([post.id]);
    expect(ids((await search(`livraisons ${tag}`)).edges)).toEqual([post.id]);
  });

  it('finds people and spaces while their name is being typed, content by whole words only', async () => {
    const tag = word();
    const person = await t.f.user({ displayName: `Bérénice ${tag}` });
    const space = await t.f.space({ name: `Facturation ${tag}` });
    const post = await t.f.post({ author: person, body: `${tag} : la facturation trimestrielle est partie.` });
    expect(ids((await search(`${tag} bere`)).edges)).toEqual([person.id]);
    expect(ids((await search(`${tag} factu`)).edges)).toEqual([space.id]);
    expect(new Set(ids((await search(`${tag} facturation`)).edges))).toEqual(new Set([space.id, post.id]));
    expect((await search(`${tag} zzzq`)).edges).toEqual([]);
  });

  it('honours web-search syntax: phrases, exclusions and OR', async () => {
    const author = await t.f.user();
    const tag = word();
    const a = await t.f.post({ author, body: `${tag} mise en production du portail` });
    const b = await t.f.post({ author, body: `${tag} production de la mise à jour` });
    expect(ids((await search(`${tag} "mise en production"`)).edges)).toEqual([a.id]);
    expect(ids((await search(`${tag} production -portail`)).edges)).toEqual([b.id]);
    expect(new Set(ids((await search(`${tag} portail or jour`)).edges))).toEqual(new Set([a.id, b.id]));
  });

  it('returns complete nodes of every kind, with a highlighted snippet and a rank', async () => {
    const tag = word();
    const department = await t.f.department(`Ventes ${tag}`);
    const person = await t.f.user({ displayName: `Élodie ${tag}`, departmentId: department.id });
    await t.db.query(`UPDATE app_user SET title = 'Ingénieure commerciale' WHERE id = $1`, [person.id]);
    const space = await t.f.space({ name: `Projet ${tag}`, kind: 'PROJECT', members: [{ user: person, role: 'OWNER' }] });
    await t.db.query(`UPDATE business_project SET customer = 'Renault', external_key = $2 WHERE space_id = $1`, [space.id, `crm:${tag}`]);
    const post = await t.f.post({ author: person, space, body: `Compte rendu ${tag} de la réunion` });
    const comment = await t.f.comment({ author: person, postId: post.id, body: `Merci pour le ${tag} !` });
    await t.f.reaction({ user: me, targetId: post.id, type: 'CELEBRATE' });

    const { edges } = await search(tag);
    const byType = Object.fromEntries(edges.map((e) => [e.node.__typename, e]));
    expect(Object.keys(byType).sort()).toEqual(['Comment', 'Post', 'Space', 'User']);
    expect(byType.Post!.node).toMatchObject({
      id: post.id,
      author: { id: person.id, displayName: `Élodie ${tag}` },
      space: { id: space.id, name: `Projet ${tag}` },
      commentCount: 1,
      reactionCounts: [{ type: 'CELEBRATE', count: 1 }],
      viewerReaction: 'CELEBRATE',
    });
    expect(byType.Comment!.node).toMatchObject({ id: comment.id, postId: post.id, author: { id: person.id } });
    expect(byType.Space!.node).toMatchObject({ id: space.id, memberCount: 1, viewerRole: null, project: { customer: 'Renault' } });
    expect(byType.User!.node).toMatchObject({ id: person.id, title: 'Ingénieure commerciale', department: { name: `Ventes ${tag}` } });
    for (const edge of edges) {
      expect(edge.snippet).toContain(`<mark>${tag}</mark>`);
      expect(edge.rank).toBeGreaterThan(0);
    }
    expect(edges.map((e) => e.rank)).toEqual([...edges.map((e) => e.rank)].sort((x, y) => y - x));
  });

  it('finds a project space by its customer and a person by handle, title or accent-free name', async () => {
    const tag = word();
    const space = await t.f.space({ name: `Portail ${tag}`, kind: 'PROJECT' });
    const customer = `Société ${tag}`;
    await t.db.query(`UPDATE business_project SET customer = $2 WHERE space_id = $1`, [space.id, customer]);
    expect(ids((await search(`societe ${tag}`, { filter: { kinds: ['SPACE'] } })).edges)).toEqual([space.id]);

    const person = await t.f.user({ displayName: `François Lefèvre`, email: `francois.${tag}@example.test` });
    await t.db.query(`UPDATE app_user SET title = $2 WHERE id = $1`, [person.id, `Directeur ${tag}`]);
    const people = (query: string) => search(query, { filter: { kinds: ['USER'] } }).then((r) => ids(r.edges));
    expect(await people(`francois.${tag}`)).toEqual([person.id]);
    expect(await people(`@francois.${tag}`)).toEqual([person.id]);
    expect(await people(`lefevre ${tag}`)).toEqual([person.id]);
    expect(await people(`directeurs ${tag}`)).toEqual([person.id]);
  });

  it('leaves out deleted posts and comments and deactivated people', async () => {
    const tag = word();
    const gone = await t.f.user({ displayName: `Parti ${tag}`, active: false });
    const author = await t.f.user();
    const post = await t.f.post({ author, body: `supprimé ${tag}` });
    const comment = await t.f.comment({ author, postId: (await t.f.post({ author })).id, body: `effacé ${tag}` });
    await t.db.query(`UPDATE post SET deleted_at = now() WHERE id = $1`, [post.id]);
    await t.db.query(`UPDATE comment SET deleted_at = now() WHERE id = $1`, [comment.id]);
    const live = await t.f.post({ author, body: `vivant ${tag}` });
    expect(ids((await search(tag)).edges)).toEqual([live.id]);
    expect(ids((await search(tag)).edges)).not.toContain(gone.id);
  });

  it('ranks by relevance, then by recency', async () => {
    const author = await t.f.user();
    const tag = word();
    const old = await t.f.post({ author, body: `${tag} budget`, createdAt: daysAgo(200) });
    const recent = await t.f.post({ author, body: `${tag} budget`, createdAt: daysAgo(1) });
    const dense = await t.f.post({ author, body: `${tag} budget ${tag} budget ${tag}`, createdAt: daysAgo(200) });
    const filler = 'et aussi le reste du planning de la semaine prochaine avec les équipes';
    const diluted = await t.f.post({ author, body: `${tag} ${filler} ${filler} budget`, createdAt: daysAgo(1) });
    const ranked = ids((await search(`${tag} budget`)).edges);
    expect(ranked.indexOf(recent.id)).toBeLessThan(ranked.indexOf(old.id));
    expect(ranked.indexOf(recent.id)).toBeLessThan(ranked.indexOf(diluted.id));
    expect(ranked.indexOf(dense.id)).toBeLessThan(ranked.indexOf(old.id));
  });

  it('ranks a person or space named like the query above posts that merely mention it', async () => {
    const tag = word();
    const person = await t.f.user({ displayName: `Hugo ${tag}` });
    await t.f.post({ author: person, body: `Une note qui parle de ${tag} parmi beaucoup d'autres choses à dire ici` });
    expect((await search(tag)).edges[0]!.node.id).toBe(person.id);
  });

  it('highlights in sanitised HTML: nothing of the body can become markup', async () => {
    const author = await t.f.user();
    const tag = word();
    const body = `<script>alert("x")</script> ${tag} <mark onclick="steal()">piège</mark> <img src=x onerror=alert(1)> & "quotes" \uE000faux\uE001`;
    await t.f.post({ author, body });
    const [edge] = (await search(`${tag} piège`)).edges;
    const snippet = edge!.snippet!;
    expect(snippet.replaceAll(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
    expect(snippet).not.toMatch(/<mark [^>]/);
    expect(snippet).toContain(`<mark>${tag}</mark>`);
    expect(snippet).toContain('<mark>piège</mark>');
    expect(snippet).not.toContain('<mark>faux</mark>');
    expect(snippet).not.toMatch(/[\uE000\uE001]/);
  });

  it('pages with stable keyset cursors: no repeats, no gaps, nothing written after the first page', async () => {
    const author = await t.f.user();
    const tag = word();
    const posts = [];
    for (let i = 0; i < 7; i += 1) posts.push(await t.f.post({ author, body: `${tag} numéro ${i}`, createdAt: daysAgo(i) }));
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page = await search(tag, { first: 3, after });
      seen.push(...ids(page.edges));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      if (pages === 0) await t.f.post({ author, body: `${tag} écrit entre deux pages` });
      pages += 1;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toEqual(posts.map((p) => p.id)); // same text: the freshest first
  });

  it('filters by kind, space, author and dates', async () => {
    const tag = word();
    const [alice, bob] = [await t.f.user({ displayName: `Alice ${tag}` }), await t.f.user()];
    const space = await t.f.space({ name: `Groupe ${tag}` });
    const inSpace = await t.f.post({ author: alice, space, body: `${tag} dans le groupe`, createdAt: daysAgo(10) });
    const byBob = await t.f.post({ author: bob, body: `${tag} par Bob`, createdAt: daysAgo(3) });
    const reply = await t.f.comment({ author: bob, postId: inSpace.id, body: `${tag} réponse` });
    const found = (filter: Record<string, unknown>) => search(tag, { filter }).then((r) => new Set(ids(r.edges)));

    expect(await found({})).toEqual(new Set([alice.id, space.id, inSpace.id, byBob.id, reply.id]));
    expect(await found({ kinds: ['USER', 'SPACE'] })).toEqual(new Set([alice.id, space.id]));
    expect(await found({ kinds: [] })).toEqual(await found({}));
    expect(await found({ spaceId: space.id })).toEqual(new Set([inSpace.id, reply.id]));
    expect(await found({ authorId: bob.id })).toEqual(new Set([byBob.id, reply.id]));
    expect(await found({ authorId: bob.id, kinds: ['POST'] })).toEqual(new Set([byBob.id]));
    expect(await found({ from: daysAgo(5).toISOString() })).toEqual(new Set([byBob.id, reply.id]));
    expect(await found({ to: daysAgo(5).toISOString() })).toEqual(new Set([inSpace.id]));
    expect(await found({ from: daysAgo(11).toISOString(), to: daysAgo(9).toISOString() })).toEqual(new Set([inSpace.id]));
    expect(await found({ kinds: ['USER'], authorId: bob.id })).toEqual(new Set());
  });

  it('answers an empty page for stop words only, and refuses an empty query', async () => {
    expect(await search('le la les the a')).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
    expectError(await t.gql(SEARCH, { query: '  ' }, me.token), 'BAD_USER_INPUT', 'QUERY_EMPTY');
  });
});
