import { encodeCursor } from '@chantier/domain';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import type { TestUser } from '../../test/factories/factories.js';
import { expectError, type GqlResponse, ok } from '../../test/gql-client.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';

/*
 * Whatever people (or scripts) type, search answers a page or a typed BAD_USER_INPUT error,
 * never a 500. Every kind's branch is exercised alone, since each builds its own SQL.
 */

const SEARCH = `query($query: String!, $first: Int, $after: String, $filter: SearchFilter) {
  search(query: $query, first: $first, after: $after, filter: $filter) {
    edges { cursor snippet rank node { __typename ... on Post { id } ... on Comment { id } ... on Space { id } ... on User { id } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const KIND_FILTERS = [undefined, ['POST'], ['COMMENT'], ['SPACE'], ['USER']];

// Each is a valid search: an answer, possibly empty, for every kind.
const ANSWERED: [string, string][] = [
  ['tsquery AND', '&'],
  ['tsquery OR', '|'],
  ['tsquery NOT', '!'],
  ['tsquery FOLLOWED BY', '<->'],
  ['tsquery prefix', ':*'],
  ['every operator at once', 'a & b | !c <-> d:* <2> (e'],
  ['operators glued to words', 'migration&client|!budget:*'],
  ['an unbalanced quote', '"mise en prod'],
  ['a lone quote', '"'],
  ['quotes and parentheses', `"a" ") ( '' "`],
  ['SQL injection', `'; DROP TABLE post; --`],
  ['SQL tautology', `' OR 1=1 --`],
  ['a SQL placeholder', '$1 $2::tsquery'],
  ['LIKE wildcards and backslashes', '%_\\ \\\\ %%'],
  ['only stop words', 'le la les the a'],
  ['a stop word prefix', 'the'],
  ['emojis', '😀🎉 🚀'],
  ['emoji between words', 'migration🚀client'],
  ['a NUL inside', 'migra\u0000tion'],
  ['control characters', '\u0001\u0002budget\u001f'],
  ['the snippet marker characters', '\uE000budget\uE001'],
  ['right-to-left and combining marks', 'ميزانية e\u0301te\u0301'],
  ['a minus alone', '-'],
  ['negation only', '-budget'],
  ['OR alone', 'or'],
  ['a long word', 'x'.repeat(200)],
  ['many short words', Array.from({ length: 66 }, () => 'ab').join(' ')],
  ['HTML', '<script>alert(1)</script>'],
  ['exactly 200 characters', 'é'.repeat(200)],
];

// The reason expected ('' where GraphQL itself refuses the value before the API sees it).
const REFUSED: [string, Record<string, unknown>, string][] = [
  ['an empty query', { query: '' }, 'QUERY_EMPTY'],
  ['whitespace only', { query: ' \t\n ' }, 'QUERY_EMPTY'],
  ['NUL characters only', { query: '\u0000\u0000' }, 'QUERY_EMPTY'],
  ['201 characters', { query: 'a'.repeat(201) }, 'QUERY_TOO_LONG'],
  ['1 000 characters', { query: 'migration '.repeat(100) }, 'QUERY_TOO_LONG'],
  ['first: 0', { query: 'budget', first: 0 }, 'PAGE_SIZE_OUT_OF_RANGE'],
  ['first: 101', { query: 'budget', first: 101 }, 'PAGE_SIZE_OUT_OF_RANGE'],
  ['a garbage cursor', { query: 'budget', after: 'not-a-cursor' }, 'INVALID_CURSOR'],
  [
    'another list’s cursor',
    { query: 'budget', after: encodeCursor(['homeFeed', '2025-01-01 00:00:00+00', crypto.randomUUID()]) },
    'INVALID_CURSOR',
  ],
  [
    'a forged kind',
    { query: 'budget', after: encodeCursor(['search', 0.5, 'DROP', crypto.randomUUID(), '2025-01-01 00:00:00+00']) },
    'INVALID_CURSOR',
  ],
  [
    'a negative score',
    { query: 'budget', after: encodeCursor(['search', -1, 'POST', crypto.randomUUID(), '2025-01-01 00:00:00+00']) },
    'INVALID_CURSOR',
  ],
  ['a forged time', { query: 'budget', after: encodeCursor(['search', 0.5, 'POST', crypto.randomUUID(), "now()'; --"]) }, 'INVALID_CURSOR'],
  ['a malformed space id', { query: 'budget', filter: { spaceId: 'x' } }, 'INVALID_ID'],
  ['a malformed author id', { query: 'budget', filter: { authorId: "1' OR '1'='1" } }, 'INVALID_ID'],
  ['from after to', { query: 'budget', filter: { from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' } }, 'INVALID_DATE_RANGE'],
  ['from equal to to', { query: 'budget', filter: { from: '2026-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' } }, 'INVALID_DATE_RANGE'],
  ['a date that is not one', { query: 'budget', filter: { from: 'yesterday' } }, 'INVALID_DATE_RANGE'],
  ['a date out of range', { query: 'budget', filter: { to: '99999-01-01T00:00:00Z' } }, ''],
  ['an unknown kind', { query: 'budget', filter: { kinds: ['FILE'] } }, ''],
];

describe('search with bad or hostile input', () => {
  let t: TestApp;
  let viewer: TestUser;
  let postId: string;
  beforeAll(async () => {
    t = await startTestApp();
    viewer = await t.f.user({ displayName: 'Budget Migration' });
    const space = await t.f.space({ name: 'Budget migration', members: [{ user: viewer }] });
    postId = (await t.f.post({ author: viewer, space, body: 'La migration du budget client: the plan' })).id;
    await t.f.comment({ author: viewer, postId, body: 'budget migration OK' });
  });
  afterAll(() => t.close());

  const run = (variables: Record<string, unknown>, token = viewer.token) => t.gql(SEARCH, variables, token);
  const noServerError = (res: GqlResponse) => {
    expect(res.status).toBeLessThan(500);
    for (const error of res.errors ?? []) expect(error.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
  };

  describe.each(KIND_FILTERS.map((kinds) => ({ kinds: kinds?.[0] ?? 'every kind', filter: kinds && { kinds } })))(
    'answers for $kinds',
    ({ filter }) => {
      it.each(ANSWERED)('%s', async (_name, query) => {
        const res = await run({ query, filter });
        noServerError(res);
        const { search } = ok(res) as { search: { edges: unknown[] } };
        expect(Array.isArray(search.edges)).toBe(true);
      });
    },
  );

  it.each(REFUSED)('refuses %s', async (_name, variables, reason) => {
    const res = await run(variables);
    noServerError(res);
    expectError(res, 'BAD_USER_INPUT', reason);
  });

  it('refuses anyone signed out', async () => {
    expectError(await run({ query: 'budget' }, ''), 'UNAUTHENTICATED');
  });

  it('still has every table after the injection attempts, and still finds content', async () => {
    const { search } = ok(await run({ query: 'budget migration' })) as { search: { edges: { node: { id: string } }[] } };
    expect(search.edges.map((e) => e.node.id)).toContain(postId);
    const [row] = (await t.db.query(`SELECT to_regclass('post') IS NOT NULL AS "exists"`)) as { exists: boolean }[];
    expect(row!.exists).toBe(true);
  });

  it('finds text with the operators and punctuation around words ignored', async () => {
    for (const query of ['budget & migration', '!budget', 'budget:*', '"migration du budget', '(budget', 'budget🚀client']) {
      const { search } = ok(await run({ query, filter: { kinds: ['POST'] } })) as { search: { edges: { node: { id: string } }[] } };
      expect(search.edges.map((e) => e.node.id)).toEqual([postId]);
    }
  });
});
