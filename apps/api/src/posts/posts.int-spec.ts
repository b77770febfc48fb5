import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { expectError, ok } from '../../test/gql-client.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';

const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { id body html kind author { id } space { id } commentCount reactionCounts { type count } viewerReaction viewerCanEdit } }`;

describe('posts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('creates a post in a space the author belongs to, rendering sanitised html', async () => {
    const alice = await t.f.user();
    const space = await t.f.space({ members: [{ user: alice }] });
    const res = await t.gql(CREATE_POST, { input: { spaceId: space.id, body: 'Hello **team** <script>alert(1)</script>' } }, alice.token);
    const post = ok(res).createPost;
    expect(post).toMatchObject({
      body: 'Hello **team** <script>alert(1)</script>',
      kind: 'STATUS',
      author: { id: alice.id },
      space: { id: space.id },
      commentCount: 0,
      viewerCanEdit: true,
    });
    expect(post.html).toContain('<strong>team</strong>');
    expect(post.html).not.toContain('<script');
  });

  it('writes the post and its activity row in one transaction', async () => {
    const alice = await t.f.user();
    const post = ok(await t.gql(CREATE_POST, { input: { body: 'company-wide' } }, alice.token)).createPost;
    const rows = await t.db.query(`SELECT verb, actor_kind, target_id, thread_id, target_author_id FROM activity WHERE target_id = $1`, [
      post.id,
    ]);
    expect(rows).toEqual([{ verb: 'post', actor_kind: 'human', target_id: post.id, thread_id: post.id, target_author_id: alice.id }]);
  });

  it.each([
    ['an empty body', { body: '   \n ' }, 'BODY_EMPTY'],
    ['a body over 20 000 characters', { body: 'x'.repeat(20_001) }, 'BODY_TOO_LONG'],
    ['the connector-only EVENT kind', { body: 'hi', kind: 'EVENT' }, 'KIND_RESERVED'],
  ])('refuses %s with BAD_USER_INPUT', async (_, input, reason) => {
    const alice = await t.f.user();
    const res = await t.gql(CREATE_POST, { input }, alice.token);
    const error = expectError(res, 'BAD_USER_INPUT', reason);
    expect(error.extensions?.field).toBeDefined();
  });

  it('accepts a body of exactly 20 000 characters', async () => {
    const alice = await t.f.user();
    ok(await t.gql(CREATE_POST, { input: { body: 'y'.repeat(20_000) } }, alice.token));
  });

  it('writes a long post and a long comment made of many different words (a large search vector)', async () => {
    // Thousands of distinct words give a search vector far over a btree tuple's 2 704 bytes: no index may carry it.
    const words = (n: number) => Array.from({ length: n }, (_, i) => `mot${i.toString(36)}x${(i * 7919).toString(36)}`).join(' ');
    const alice = await t.f.user();
    const post = ok(await t.gql(CREATE_POST, { input: { body: words(1_500) } }, alice.token)).createPost;
    expect(post.body.length).toBeGreaterThan(12_000);
    const comment = ok(
      await t.gql(
        `mutation($postId: ID!, $body: String!) { addComment(postId: $postId, body: $body) { id } }`,
        { postId: post.id, body: words(1_000) },
        alice.token,
      ),
    ).addComment;
    expect(comment.id).toEqual(expect.any(String));
  });

  it('asks for a session when there is no token, and refuses a forged one', async () => {
    expectError(await t.gql(CREATE_POST, { input: { body: 'hi' } }), 'UNAUTHENTICATED', 'AUTH_REQUIRED');
    expectError(await t.gql(CREATE_POST, { input: { body: 'hi' } }, 'not.a.jwt'), 'UNAUTHENTICATED', 'TOKEN_INVALID');
  });

  it("refuses to edit or delete someone else's post unless moderator", async () => {
    const [alice, bob, mod] = [await t.f.user(), await t.f.user(), await t.f.user()];
    const space = await t.f.space({ members: [{ user: alice }, { user: bob }, { user: mod, role: 'MODERATOR' }] });
    const post = await t.f.post({ author: alice, space });
    expectError(
      await t.gql(`mutation($id: ID!) { editPost(id: $id, body: "mine now") { id } }`, { id: post.id }, bob.token),
      'FORBIDDEN',
      'NOT_AUTHOR',
    );
    expectError(await t.gql(`mutation($id: ID!) { deletePost(id: $id) }`, { id: post.id }, bob.token), 'FORBIDDEN', 'NOT_AUTHOR');
    const edited = ok(
      await t.gql(`mutation($id: ID!) { editPost(id: $id, body: "moderated") { body editedAt } }`, { id: post.id }, mod.token),
    );
    expect(edited.editPost.body).toBe('moderated');
    expect(edited.editPost.editedAt).not.toBeNull();
    const history = await t.db.query(`SELECT body FROM post_revision WHERE post_id = $1`, [post.id]);
    expect(history).toEqual([{ body: post.body }]);
    ok(await t.gql(`mutation($id: ID!) { deletePost(id: $id) }`, { id: post.id }, alice.token));
    expectError(await t.gql(`query($id: ID!) { post(id: $id) { id } }`, { id: post.id }, alice.token), 'NOT_FOUND', 'POST_NOT_FOUND');
  });

  it('comments with one level of replies and keeps the count', async () => {
    const [alice, bob] = [await t.f.user(), await t.f.user()];
    const post = await t.f.post({ author: alice });
    const ADD = `mutation($postId: ID!, $body: String!, $parentId: ID) { addComment(postId: $postId, body: $body, parentId: $parentId) { id parentId html } }`;
    const top = ok(await t.gql(ADD, { postId: post.id, body: 'first!' }, bob.token)).addComment;
    const reply = ok(await t.gql(ADD, { postId: post.id, body: 'reply', parentId: top.id }, alice.token)).addComment;
    expect(reply.parentId).toBe(top.id);
    expectError(await t.gql(ADD, { postId: post.id, body: 'too deep', parentId: reply.id }, bob.token), 'BAD_USER_INPUT', 'REPLY_TOO_DEEP');
    const read = ok(
      await t.gql(
        `query($id: ID!) { post(id: $id) { commentCount comments { edges { node { id parentId author { id } } } } } }`,
        { id: post.id },
        bob.token,
      ),
    );
    expect(read.post.commentCount).toBe(2);
    expect(read.post.comments.edges.map((e: any) => e.node.id)).toEqual([top.id, reply.id]);
  });

  it('keeps one reaction per person and target', async () => {
    const [alice, bob] = [await t.f.user(), await t.f.user()];
    const post = await t.f.post({ author: alice });
    const REACT = `mutation($id: ID!, $type: ReactionType!) { react(targetId: $id, type: $type) { reactionCounts { type count } viewerReaction } }`;
    ok(await t.gql(REACT, { id: post.id, type: 'LIKE' }, bob.token));
    const changed = ok(await t.gql(REACT, { id: post.id, type: 'CELEBRATE' }, bob.token)).react;
    expect(changed).toEqual({ reactionCounts: [{ type: 'CELEBRATE', count: 1 }], viewerReaction: 'CELEBRATE' });
    const removed = ok(
      await t.gql(`mutation($id: ID!) { unreact(targetId: $id) { reactionCounts { type } viewerReaction } }`, { id: post.id }, bob.token),
    ).unreact;
    expect(removed).toEqual({ reactionCounts: [], viewerReaction: null });
  });
});
