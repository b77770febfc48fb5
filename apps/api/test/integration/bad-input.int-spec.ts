import { randomUUID } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import type { TestSpace, TestUser } from '../factories/factories.js';
import { expectError, expectFieldError, type GqlResponse, ok } from '../gql-client.js';
import { startTestApp, type TestApp } from '../test-app.js';

/*
 * Invalid input is answered with a typed error a client can act on (`extensions.code`,
 * `extensions.reason`, `extensions.field`), never with INTERNAL_SERVER_ERROR.
 */

describe('bad input', () => {
  let t: TestApp;
  /** A world with one item in every list, so every list hands out a cursor. */
  let owner: TestUser;
  let admin: TestUser;
  let space: TestSpace;
  let post: { id: string };
  let comment: { id: string };

  beforeAll(async () => {
    t = await startTestApp();
    owner = await t.f.user();
    admin = await t.f.user({ role: 'ADMIN' });
    space = await t.f.space({ members: [{ user: owner, role: 'OWNER' }] });
    post = await t.f.post({ author: owner, space });
    comment = await t.f.comment({ author: owner, postId: post.id });
  });
  afterAll(() => t.close());

  /** Every paginated list, as `(first, after) => response`. */
  const LISTS: Record<string, { query: string; vars: () => Record<string, unknown>; connection: (data: any) => any }> = {
    homeFeed: {
      query: `query($first: Int, $after: String) { homeFeed(first: $first, after: $after) { edges { cursor } } }`,
      vars: () => ({}),
      connection: (d) => d.homeFeed,
    },
    spaceFeed: {
      query: `query($id: ID!, $first: Int, $after: String) { spaceFeed(spaceId: $id, first: $first, after: $after) { edges { cursor } } }`,
      vars: () => ({ id: space.id }),
      connection: (d) => d.spaceFeed,
    },
    userFeed: {
      query: `query($id: ID!, $first: Int, $after: String) { userFeed(userId: $id, first: $first, after: $after) { edges { cursor } } }`,
      vars: () => ({ id: owner.id }),
      connection: (d) => d.userFeed,
    },
    spaces: {
      query: `query($first: Int, $after: String) { spaces(first: $first, after: $after) { edges { cursor } } }`,
      vars: () => ({}),
      connection: (d) => d.spaces,
    },
    users: {
      query: `query($first: Int, $after: String) { users(first: $first, after: $after) { edges { cursor } } }`,
      vars: () => ({}),
      connection: (d) => d.users,
    },
    comments: {
      query: `query($id: ID!, $first: Int, $after: String) { post(id: $id) { comments(first: $first, after: $after) { edges { cursor } } } }`,
      vars: () => ({ id: post.id }),
      connection: (d) => d.post.comments,
    },
    members: {
      query: `query($id: ID!, $first: Int, $after: String) { space(id: $id) { members(first: $first, after: $after) { edges { cursor } } } }`,
      vars: () => ({ id: space.id }),
      connection: (d) => d.space.members,
    },
  };
  const listNames = Object.keys(LISTS);
  const list = (name: string, page: { first?: number; after?: string }) =>
    t.gql(LISTS[name]!.query, { ...LISTS[name]!.vars(), ...page }, owner.token);
  const firstCursor = async (name: string): Promise<string> => {
    const edges = LISTS[name]!.connection(ok(await list(name, { first: 1 }))).edges;
    expect(edges).toHaveLength(1);
    return edges[0].cursor;
  };

  describe('page size', () => {
    it.each(listNames.flatMap((name) => [0, 101, -5].map((first) => [name, first] as const)))(
      '%s refuses first: %p with PAGE_SIZE_OUT_OF_RANGE',
      async (name, first) => {
        expectFieldError(await list(name, { first }), 'BAD_USER_INPUT', 'PAGE_SIZE_OUT_OF_RANGE', 'first');
      },
    );

    it.each(listNames.flatMap((name) => [1, 100].map((first) => [name, first] as const)))('%s accepts first: %p', async (name, first) => {
      ok(await list(name, { first }));
    });
  });

  describe('cursors', () => {
    const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
    const garbage: [string, string][] = [
      ['plain text', 'not a cursor'],
      ['punctuation', '%%%***'],
      ['a JSON object', base64url('{"after":1}')],
      ['an empty JSON array', base64url('[]')],
      ['numbers', base64url('[1, 2, 3]')],
      ['too many values', base64url(JSON.stringify(['a', 'b', 'c', 'd', 'e']))],
      ['SQL', base64url(JSON.stringify(["' OR 1=1 --", "' OR 1=1 --"]))],
    ];

    it.each(listNames.flatMap((name) => garbage.map(([label, cursor]) => [name, label, cursor] as const)))(
      '%s refuses %s as a cursor with INVALID_CURSOR',
      async (name, _, after) => {
        expectFieldError(await list(name, { after }), 'BAD_USER_INPUT', 'INVALID_CURSOR', 'after');
      },
    );

    it.each(listNames.flatMap((from) => listNames.filter((to) => to !== from).map((to) => [to, from] as const)))(
      '%s refuses a cursor from %s',
      async (to, from) => {
        expectFieldError(await list(to, { after: await firstCursor(from) }), 'BAD_USER_INPUT', 'INVALID_CURSOR', 'after');
      },
    );

    it.each(listNames)('%s refuses one of its own cursors with forged values', async (name) => {
      const key = JSON.parse(Buffer.from(await firstCursor(name), 'base64url').toString('utf8')) as unknown[];
      const forged = key.map((value, i) =>
        i === 0 ? value : typeof value === 'string' ? "' OR 1=1 --\u0000" : typeof value === 'number' ? 1e300 : value,
      );
      expectFieldError(await list(name, { after: base64url(JSON.stringify(forged)) }), 'BAD_USER_INPUT', 'INVALID_CURSOR', 'after');
    });

    it.each(listNames)('%s accepts its own cursor and moves past it', async (name) => {
      const after = await firstCursor(name);
      const next = LISTS[name]!.connection(ok(await list(name, { after }))).edges.map((e: { cursor: string }) => e.cursor);
      expect(next).not.toContain(after);
    });
  });

  describe('malformed ids', () => {
    const MALFORMED = ['abc', '1', "' OR 1=1 --", '00000000-0000-0000-0000-00000000000z'];
    /** [operation, query, variables for a malformed id, expected reason, who asks]. */
    const OPERATIONS: [string, string, (id: string) => Record<string, unknown>, string, () => TestUser][] = [
      ['post', `query($id: ID!) { post(id: $id) { id } }`, (id) => ({ id }), 'POST_NOT_FOUND', () => owner],
      ['space(id)', `query($id: ID!) { space(id: $id) { id } }`, (id) => ({ id }), 'SPACE_NOT_FOUND', () => owner],
      ['space(slug)', `query($id: String!) { space(slug: $id) { id } }`, (id) => ({ id }), 'SPACE_NOT_FOUND', () => owner],
      ['user(id)', `query($id: ID!) { user(id: $id) { id } }`, (id) => ({ id }), 'USER_NOT_FOUND', () => owner],
      ['user(handle)', `query($id: String!) { user(handle: $id) { id } }`, (id) => ({ id }), 'USER_NOT_FOUND', () => owner],
      ['spaceFeed', `query($id: ID!) { spaceFeed(spaceId: $id) { edges { cursor } } }`, (id) => ({ id }), 'SPACE_NOT_FOUND', () => owner],
      ['userFeed', `query($id: ID!) { userFeed(userId: $id) { edges { cursor } } }`, (id) => ({ id }), 'USER_NOT_FOUND', () => owner],
      [
        'createPost',
        `mutation($id: ID!) { createPost(input: { spaceId: $id, body: "hi" }) { id } }`,
        (id) => ({ id }),
        'SPACE_NOT_FOUND',
        () => owner,
      ],
      ['editPost', `mutation($id: ID!) { editPost(id: $id, body: "hi") { id } }`, (id) => ({ id }), 'POST_NOT_FOUND', () => owner],
      ['deletePost', `mutation($id: ID!) { deletePost(id: $id) }`, (id) => ({ id }), 'POST_NOT_FOUND', () => owner],
      ['pinPost', `mutation($id: ID!) { pinPost(id: $id, pinned: true) { id } }`, (id) => ({ id }), 'POST_NOT_FOUND', () => owner],
      ['addComment', `mutation($id: ID!) { addComment(postId: $id, body: "hi") { id } }`, (id) => ({ id }), 'POST_NOT_FOUND', () => owner],
      ['editComment', `mutation($id: ID!) { editComment(id: $id, body: "hi") { id } }`, (id) => ({ id }), 'COMMENT_NOT_FOUND', () => owner],
      ['deleteComment', `mutation($id: ID!) { deleteComment(id: $id) }`, (id) => ({ id }), 'COMMENT_NOT_FOUND', () => owner],
      ['react', `mutation($id: ID!) { react(targetId: $id, type: LIKE) { targetId } }`, (id) => ({ id }), 'TARGET_NOT_FOUND', () => owner],
      ['unreact', `mutation($id: ID!) { unreact(targetId: $id) { targetId } }`, (id) => ({ id }), 'TARGET_NOT_FOUND', () => owner],
      ['follow', `mutation($id: ID!) { follow(targetId: $id) }`, (id) => ({ id }), 'TARGET_NOT_FOUND', () => owner],
      ['unfollow', `mutation($id: ID!) { unfollow(targetId: $id) }`, (id) => ({ id }), 'TARGET_NOT_FOUND', () => owner],
      ['joinSpace', `mutation($id: ID!) { joinSpace(spaceId: $id) { id } }`, (id) => ({ id }), 'SPACE_NOT_FOUND', () => owner],
      ['leaveSpace', `mutation($id: ID!) { leaveSpace(spaceId: $id) }`, (id) => ({ id }), 'SPACE_NOT_FOUND', () => owner],
      [
        'updateSpace',
        `mutation($id: ID!) { updateSpace(id: $id, input: { name: "x" }) { id } }`,
        (id) => ({ id }),
        'SPACE_NOT_FOUND',
        () => owner,
      ],
      [
        'addMember(spaceId)',
        `mutation($id: ID!, $u: ID!) { addMember(spaceId: $id, userId: $u) { id } }`,
        (id) => ({ id, u: owner.id }),
        'SPACE_NOT_FOUND',
        () => owner,
      ],
      [
        'addMember(userId)',
        `mutation($s: ID!, $id: ID!) { addMember(spaceId: $s, userId: $id) { id } }`,
        (id) => ({ id, s: space.id }),
        'USER_NOT_FOUND',
        () => owner,
      ],
      [
        'removeMember(spaceId)',
        `mutation($id: ID!, $u: ID!) { removeMember(spaceId: $id, userId: $u) { id } }`,
        (id) => ({ id, u: owner.id }),
        'SPACE_NOT_FOUND',
        () => owner,
      ],
      [
        'removeMember(userId)',
        `mutation($s: ID!, $id: ID!) { removeMember(spaceId: $s, userId: $id) { id } }`,
        (id) => ({ id, s: space.id }),
        'USER_NOT_FOUND',
        () => owner,
      ],
      [
        'createUser(departmentId)',
        `mutation($id: ID!) { createUser(input: { email: "dept-${randomUUID()}@example.test", displayName: "D", password: "long enough password", departmentId: $id }) { id } }`,
        (id) => ({ id }),
        'DEPARTMENT_NOT_FOUND',
        () => admin,
      ],
    ];

    it.each(OPERATIONS.flatMap(([name, query, vars, reason, who]) => MALFORMED.map((id) => [name, id, query, vars, reason, who] as const)))(
      '%s with id %p answers NOT_FOUND, never a server error',
      async (_, id, query, vars, reason, who) => {
        const res = await t.gql(query, vars(id), who().token);
        expect(res.errors?.map((e) => e.extensions?.code)).not.toContain('INTERNAL_SERVER_ERROR');
        expectError(res, 'NOT_FOUND', reason);
      },
    );

    it.each(MALFORMED)('addComment with parentId %p says the parent is not on this post', async (parentId) => {
      expectFieldError(
        await t.gql(
          `mutation($p: ID!, $id: ID) { addComment(postId: $p, body: "hi", parentId: $id) { id } }`,
          { p: post.id, id: parentId },
          owner.token,
        ),
        'BAD_USER_INPUT',
        'PARENT_NOT_IN_POST',
        'parentId',
      );
    });
  });

  describe('bodies', () => {
    const WRITES: [string, string, () => Record<string, unknown>][] = [
      ['createPost', `mutation($body: String!) { createPost(input: { body: $body }) { id } }`, () => ({})],
      ['editPost', `mutation($id: ID!, $body: String!) { editPost(id: $id, body: $body) { id } }`, () => ({ id: post.id })],
      ['addComment', `mutation($id: ID!, $body: String!) { addComment(postId: $id, body: $body) { id } }`, () => ({ id: post.id })],
      ['editComment', `mutation($id: ID!, $body: String!) { editComment(id: $id, body: $body) { id } }`, () => ({ id: comment.id })],
    ];
    const BODIES: [string, string, string][] = [
      ['an empty body', '', 'BODY_EMPTY'],
      ['a blank body', ' \n\t \n', 'BODY_EMPTY'],
      ['a body of NUL characters only', '\u0000\u0000', 'BODY_EMPTY'],
      ['a body of 20 001 characters', 'x'.repeat(20_001), 'BODY_TOO_LONG'],
      ['a body of 20 001 accented characters', 'é'.repeat(20_001), 'BODY_TOO_LONG'],
    ];

    it.each(
      WRITES.flatMap(([name, query, vars]) => BODIES.map(([label, body, reason]) => [name, label, query, vars, body, reason] as const)),
    )('%s refuses %s', async (_, __, query, vars, body, reason) => {
      expectFieldError(await t.gql(query, { ...vars(), body }, owner.token), 'BAD_USER_INPUT', reason, 'body');
    });

    it.each(WRITES)('%s drops NUL characters, which PostgreSQL cannot store, instead of failing', async (_, query, vars) => {
      ok(await t.gql(query, { ...vars(), body: 'nul\u0000 inside' }, owner.token));
    });
  });

  describe('malformed GraphQL', () => {
    it.each([
      ['a syntax error', `{ homeFeed(first: ) { edges { cursor } } }`, 'GRAPHQL_PARSE_FAILED'],
      ['an unclosed selection', `{ me { id `, 'GRAPHQL_PARSE_FAILED'],
      ['a document of more than 2 000 tokens', `{ me { ${'id '.repeat(2_001)}} }`, 'GRAPHQL_PARSE_FAILED'],
      ['an unknown field', `{ me { id favouriteColour } }`, 'GRAPHQL_VALIDATION_FAILED'],
      ['an unknown argument', `{ homeFeed(last: 5) { edges { cursor } } }`, 'GRAPHQL_VALIDATION_FAILED'],
      ['a missing required argument', `{ spaceFeed { edges { cursor } } }`, 'GRAPHQL_VALIDATION_FAILED'],
      ['an argument of the wrong type', `{ homeFeed(first: "ten") { edges { cursor } } }`, 'GRAPHQL_VALIDATION_FAILED'],
      ['an unknown enum value', `mutation { react(targetId: "${randomUUID()}", type: LOVE) { targetId } }`, 'GRAPHQL_VALIDATION_FAILED'],
    ])('answers %s with a 400 and BAD_USER_INPUT, not a server error', async (_, query, reason) => {
      const res = await t.gql(query, {}, owner.token);
      expect(res.status).toBe(400);
      expectError(res, 'BAD_USER_INPUT', reason);
      expect(JSON.stringify(res)).not.toMatch(/stacktrace|INTERNAL_SERVER_ERROR/);
    });

    it('answers a variable of the wrong type with BAD_USER_INPUT', async () => {
      const res = await t.gql(`query($first: Int) { homeFeed(first: $first) { edges { cursor } } }`, { first: 'ten' }, owner.token);
      expect(res.status).toBe(400);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('unexpected errors', () => {
    it('answer INTERNAL_SERVER_ERROR with no stack trace, SQL or internal message', async () => {
      // A database failure nobody planned for: a trigger that refuses one department name.
      await t.db.query(`
        CREATE OR REPLACE FUNCTION refuse_department() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN IF NEW.name = 'Explosives' THEN RAISE EXCEPTION 'internal detail: disk quota on /var/lib/pg'; END IF; RETURN NEW; END $$;
        CREATE TRIGGER refuse_department BEFORE INSERT ON department FOR EACH ROW EXECUTE FUNCTION refuse_department();`);
      const response = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${admin.token}` },
        body: JSON.stringify({ query: `mutation { createDepartment(name: "Explosives") { id } }` }),
      });
      const text = await response.text();
      const body = JSON.parse(text) as GqlResponse;
      expect(body.errors).toEqual([
        { message: expect.any(String), path: ['createDepartment'], extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL' } },
      ]);
      expect(text).not.toMatch(/stack|\bat \S+ \(|\.ts:\d+|node_modules|internal detail|quota|INSERT INTO|department \(/i);
    });

    it('a malformed JSON request body gets a plain 400 without a stack trace', async () => {
      const response = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query": ',
      });
      expect(response.status).toBe(400);
      expect(await response.text()).not.toMatch(/stack|\bat \S+ \(|node_modules|\.js:\d+/i);
    });
  });
});
