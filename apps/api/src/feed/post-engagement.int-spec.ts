import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import type { TestUser } from '../../test/factories/factories.js';
import { ok } from '../../test/gql-client.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';

/*
 * post_engagement (migration 1763900800000) must always hold what the TOP feed would count from
 * the activity log itself: distinct reactors to the post, comments in its thread and their distinct
 * authors, humans only, never the post's author, and the time of the latest such fact.
 */

type Counts = { post_id: string; reactors: number; comments: number; commenters: number; last_at: string };

/** The counts straight from the log, as the window query counts a post with facts after asOf. */
const FROM_LOG = `
  SELECT post_id, count(*) FILTER (WHERE reacted)::int AS reactors, sum(comments)::int AS comments,
         count(*) FILTER (WHERE comments > 0)::int AS commenters, max(last_at)::text AS last_at
    FROM (SELECT p.id AS post_id, a.actor_id, bool_or(a.verb = 'react' AND a.target_id = p.id) AS reacted,
                 count(*) FILTER (WHERE a.verb = 'comment') AS comments, max(a.occurred_at) AS last_at
            FROM post p JOIN activity a ON a.thread_id = p.id
           WHERE p.id = ANY($1::uuid[]) AND a.actor_kind = 'human' AND a.actor_id <> p.author_id
             AND (a.verb = 'comment' OR (a.verb = 'react' AND a.target_id = p.id))
           GROUP BY 1, 2) per_person
   GROUP BY post_id ORDER BY post_id`;
const STORED = `SELECT post_id, reactors, comments, commenters, last_at::text AS last_at
                  FROM post_engagement WHERE post_id = ANY($1::uuid[]) ORDER BY post_id`;

describe('post_engagement', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { QUEUE_WORKERS: 'false' } });
  });
  afterAll(() => t.close());

  const react = (user: TestUser, targetId: string, type = 'LIKE') =>
    t.gql(
      `mutation($id: ID!, $type: ReactionType!) { react(targetId: $id, type: $type) { targetId } }`,
      { id: targetId, type },
      user.token,
    );
  const unreact = (user: TestUser, targetId: string) =>
    t.gql(`mutation($id: ID!) { unreact(targetId: $id) { targetId } }`, { id: targetId }, user.token);
  const comment = async (user: TestUser, postId: string, parentId?: string): Promise<string> =>
    ok(
      await t.gql<{ addComment: { id: string } }>(
        `mutation($id: ID!, $parent: ID) { addComment(postId: $id, parentId: $parent, body: "Agreed") { id } }`,
        { id: postId, parent: parentId ?? null },
        user.token,
      ),
    ).addComment.id;
  const expectInStep = async (postIds: string[]) =>
    expect((await t.db.query(STORED, [postIds])) as Counts[]).toEqual((await t.db.query(FROM_LOG, [postIds])) as Counts[]);

  it('counts people once, comments each, never the author, a reaction to a comment, nor an unreact', async () => {
    const [author, ann, bob, cid] = await Promise.all([t.f.user(), t.f.user(), t.f.user(), t.f.user()]);
    const space = await t.f.space({ members: [author, ann, bob, cid].map((user) => ({ user })) });
    const post = await t.f.post({ author, space });
    ok(await react(ann, post.id));
    ok(await react(ann, post.id, 'CELEBRATE')); // a change of type: still one person
    ok(await react(bob, post.id));
    ok(await unreact(bob, post.id)); // the log keeps that bob reacted
    const first = await comment(ann, post.id);
    await comment(ann, post.id);
    await comment(bob, post.id, first);
    ok(await react(cid, first)); // on a comment, not the post: not a reactor of the post
    await comment(author, post.id); // the author's own
    ok(await react(author, first));

    const [stored] = (await t.db.query(STORED, [[post.id]])) as Counts[];
    expect(stored).toMatchObject({ reactors: 2, comments: 3, commenters: 2 });
    await expectInStep([post.id]);
  });

  it('stays in step with concurrent writers and with many facts written in one statement', async () => {
    const people = await Promise.all(Array.from({ length: 8 }, () => t.f.user()));
    const [author] = people;
    const space = await t.f.space({ members: people.map((user) => ({ user })) });
    const posts = [await t.f.post({ author: author!, space }), await t.f.post({ author: author!, space })];
    await Promise.all(
      people.flatMap((person, i) => [
        react(person, posts[0]!.id, i % 2 ? 'LIKE' : 'SUPPORT'),
        react(person, posts[0]!.id, 'INSIGHTFUL'),
        comment(person, posts[i % 2]!.id),
        react(person, posts[1]!.id),
      ]),
    );
    // One statement with several facts of one person, a bot's and a connector's (which never count).
    await t.db.query(
      `INSERT INTO activity (actor_id, actor_kind, verb, target_type, target_id, thread_id)
       SELECT actor, kind, verb, 'post', $1, $1
         FROM (VALUES ($2::uuid, 'human', 'react'), ($2, 'human', 'comment'), ($2, 'human', 'comment'),
                      ($3, 'bot', 'comment'), ($3, 'connector', 'react')) v(actor, kind, verb)`,
      [posts[1]!.id, people[1]!.id, people[2]!.id],
    );
    await expectInStep(posts.map((p) => p.id));
  });
});
