import { extractHashtags, extractMentions, MAX_MENTIONS_PER_CONTENT } from '@chantier/domain';
import { expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';

import { ok } from '../../test/gql-client.js';
import type { TestApp } from '../../test/test-app.js';
import { DEMO_PASSWORD } from './demo-seed.js';

/*
 * The checks of the seed's mentions, hashtags and notifications, registered inside the seed's
 * describe (demo-seed.int-spec.ts) so they run on its one seeded database. The expectations are
 * computed here from the texts and the access facts, independently of the seed's own code.
 */

interface Source {
  postId: string;
  commentId: string | null;
  sourceId: string;
  authorId: string;
  body: string;
  at: Date;
  spaceId: string | null;
}

const sources = async (db: DataSource): Promise<Source[]> =>
  (await db.query(
    `SELECT id AS "postId", NULL::uuid AS "commentId", id AS "sourceId", author_id AS "authorId", body, created_at AS at, space_id AS "spaceId" FROM post
     UNION ALL
     SELECT c.post_id, c.id, c.id, c.author_id, c.body, c.created_at, p.space_id FROM comment c JOIN post p ON p.id = c.post_id`,
  )) as Source[];

const one = async <T = Record<string, any>>(db: DataSource, sql: string, params: unknown[] = []): Promise<T> =>
  ((await db.query(sql, params)) as T[])[0]!;

/** Could `user` read the place of `space` at `at`? Active account, and a member unless the place is public. */
const READABLE_AT = (user: string, space: string, at: string) => `
  EXISTS (SELECT 1 FROM app_user ru WHERE ru.id = ${user} AND ru.activated_at <= ${at} AND (ru.deactivated_at IS NULL OR ru.deactivated_at > ${at}))
  AND (${space} IS NULL OR (SELECT visibility FROM space WHERE id = ${space}) = 'PUBLIC'
       OR EXISTS (SELECT 1 FROM membership rm WHERE rm.space_id = ${space} AND rm.user_id = ${user} AND rm.created_at <= ${at}))`;

const NOTIFICATIONS = `{ notifications(first: 100) { edges { node { id kind count read space { slug } } } pageInfo { hasNextPage } }
  unreadNotificationCount }`;
const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`;

export const conversationEffectSpecs = (app: () => TestApp, now: Date): void => {
  const login = async (handle: string): Promise<string> =>
    ok(await app().gql(LOGIN, { email: `${handle}@demo.chantier.test`, password: DEMO_PASSWORD })).login.token as string;

  it('stores exactly the mentions the API would have: handles in the text of people who could read the place then', async () => {
    const db = app().db;
    const pairs = (await sources(db)).flatMap((s) =>
      extractMentions(s.body)
        .slice(0, MAX_MENTIONS_PER_CONTENT)
        .map((handle) => ({ ...s, handle })),
    );
    const diff = await one(
      db,
      `WITH written AS (SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::timestamptz[], $5::uuid[]) AS w (post_id, comment_id, handle, at, space_id)),
            expected AS (SELECT w.post_id, w.comment_id, u.id AS user_id, w.at FROM written w JOIN app_user u ON u.handle = w.handle
                          WHERE ${READABLE_AT('u.id', 'w.space_id', 'w.at')}),
            stored AS (SELECT post_id, comment_id, user_id, created_at AS at FROM mention)
       SELECT (SELECT count(*) FROM (SELECT * FROM expected EXCEPT ALL SELECT * FROM stored) x)::int AS missing,
              (SELECT count(*) FROM (SELECT * FROM stored EXCEPT ALL SELECT * FROM expected) x)::int AS extra,
              (SELECT count(*) FROM stored)::int AS total`,
      [
        pairs.map((p) => p.postId),
        pairs.map((p) => p.commentId),
        pairs.map((p) => p.handle),
        pairs.map((p) => p.at),
        pairs.map((p) => p.spaceId),
      ],
    );
    expect(diff).toEqual({ missing: 0, extra: 0, total: expect.any(Number) });
    expect(diff.total).toBeGreaterThan(100);
    const edges = await one(
      db,
      `WITH m AS (SELECT m.*, coalesce(c.author_id, p.author_id) AS author_id, p.space_id FROM mention m JOIN post p ON p.id = m.post_id
                    LEFT JOIN comment c ON c.id = m.comment_id WHERE m.user_id <> coalesce(c.author_id, p.author_id))
       SELECT (SELECT count(*) FROM m)::int AS mentions, (SELECT count(*) FROM activity WHERE verb = 'mention')::int AS edges,
              (SELECT count(*) FROM m WHERE NOT EXISTS (SELECT 1 FROM activity a WHERE a.verb = 'mention' AND a.actor_id = m.author_id
                 AND a.target_type = 'person' AND a.target_id = m.user_id AND a.target_author_id = m.user_id AND a.thread_id = m.post_id
                 AND a.occurred_at = m.created_at AND a.space_id IS NOT DISTINCT FROM m.space_id
                 AND a.meta->>'contentId' = coalesce(m.comment_id, m.post_id)::text
                 AND a.meta->>'in' = CASE WHEN m.comment_id IS NULL THEN 'post' ELSE 'comment' END))::int AS unmatched`,
    );
    expect(edges).toEqual({ mentions: edges.edges, edges: expect.any(Number), unmatched: 0 });
  });

  it('tags posts with the hashtags of their body and comments, and counts for a reader only the posts they may read', async () => {
    const db = app().db;
    const all = await sources(db);
    const expected = all.flatMap((s) => extractHashtags(s.body).map((tag) => `${tag} ${s.postId} ${s.sourceId}`)).sort();
    const stored = (
      (await db.query(
        `SELECT h.tag, ph.post_id AS "postId", ph.source_id AS "sourceId" FROM post_hashtag ph JOIN hashtag h ON h.id = ph.hashtag_id
           JOIN post p ON p.id = ph.post_id AND p.created_at = ph.post_created_at`,
      )) as { tag: string; postId: string; sourceId: string }[]
    ).map((r) => `${r.tag} ${r.postId} ${r.sourceId}`);
    expect(stored.sort()).toEqual(expected);
    expect(new Set(expected.map((e) => e.split(' ')[0])).size).toBeGreaterThan(20);

    // alice reads the company stream, PUBLIC spaces and her own; a tag she cannot see anywhere is null.
    const readable = new Set(
      (
        (await db.query(
          `SELECT p.id FROM post p LEFT JOIN space s ON s.id = p.space_id
          WHERE s.id IS NULL OR s.visibility = 'PUBLIC' OR s.id IN (SELECT space_id FROM membership m JOIN app_user u ON u.id = m.user_id WHERE u.handle = 'alice')`,
        )) as { id: string }[]
      ).map((r) => r.id),
    );
    const postsByTag = new Map<string, Set<string>>();
    for (const s of all) for (const tag of extractHashtags(s.body)) postsByTag.set(tag, (postsByTag.get(tag) ?? new Set()).add(s.postId));
    const token = await login('alice');
    const seen = await Promise.all(
      [...postsByTag.keys()].map(async (tag) => ({
        tag,
        seen: ok(await app().gql(`query($tag: String!) { hashtag(tag: $tag) { tag postCount } }`, { tag }, token)).hashtag,
      })),
    );
    for (const { tag, seen: got } of seen) {
      const count = [...postsByTag.get(tag)!].filter((id) => readable.has(id)).length;
      expect({ tag, got }).toEqual({ tag, got: count > 0 ? { tag, postCount: count } : null });
    }
  });

  it('gives alice and bob a handful of unread notifications on first login, all readable, older ones read', async () => {
    for (const handle of ['alice', 'bob']) {
      const data = ok(await app().gql(NOTIFICATIONS, {}, await login(handle)));
      const nodes = (data.notifications.edges as { node: { kind: string; read: boolean } }[]).map((e) => e.node);
      const stored = await one(
        app().db,
        `SELECT count(*)::int AS total, count(*) FILTER (WHERE read_at IS NULL)::int AS unread FROM notification n JOIN app_user u ON u.id = n.recipient_id WHERE u.handle = $1`,
        [handle],
      );
      // Nothing is hidden from its recipient: every notification's post and place is readable by them.
      expect({ handle, total: nodes.length, unread: data.unreadNotificationCount, more: data.notifications.pageInfo.hasNextPage }).toEqual({
        handle,
        ...stored,
        more: false,
      });
      expect(data.unreadNotificationCount).toBeGreaterThanOrEqual(3);
      expect(nodes.filter((n) => n.read).length).toBeGreaterThan(0);
    }
  });

  it('notifies as the live rules would: never the actor, only readers, one per reason, gathered per target and space', async () => {
    const db = app().db;
    const from = new Date(now.getTime() - 14 * 86_400_000);
    const stats = (await db.query(
      `SELECT kind, count(*)::int AS n, max(count)::int AS biggest, count(*) FILTER (WHERE read_at IS NULL)::int AS unread FROM notification GROUP BY kind ORDER BY kind`,
    )) as { kind: string; n: number; biggest: number; unread: number }[];
    expect(stats.map((s) => s.kind)).toEqual(['MENTION', 'REACTION', 'REPLY', 'SPACE_POST']);
    expect(stats.find((s) => s.kind === 'REACTION')!.biggest).toBeGreaterThan(1);
    const wrong = await one(
      db,
      `SELECT
         count(*) FILTER (WHERE n.recipient_id = n.actor_id OR n.created_at < $1 OR n.updated_at > $2 OR n.updated_at < n.created_at)::int AS times,
         count(*) FILTER (WHERE n.read_at IS NOT NULL AND (n.read_at <= n.updated_at OR n.read_at > $2))::int AS reads,
         count(*) FILTER (WHERE n.space_id IS DISTINCT FROM p.space_id OR NOT (${READABLE_AT('n.recipient_id', 'p.space_id', 'n.created_at')})
                            OR NOT (${READABLE_AT('n.recipient_id', 'p.space_id', 'n.updated_at')}))::int AS unreadable,
         count(*) FILTER (WHERE n.kind = 'MENTION' AND NOT EXISTS (SELECT 1 FROM mention m WHERE m.post_id = n.post_id
                            AND m.comment_id IS NOT DISTINCT FROM n.comment_id AND m.user_id = n.recipient_id))::int AS mentions,
         count(*) FILTER (WHERE n.kind = 'REPLY' AND (n.comment_id IS NULL OR n.recipient_id NOT IN (p.author_id,
                            coalesce((SELECT pc.author_id FROM comment c JOIN comment pc ON pc.id = c.parent_id WHERE c.id = n.comment_id), p.author_id))))::int AS replies,
         count(*) FILTER (WHERE n.kind = 'SPACE_POST' AND (n.group_key IS DISTINCT FROM p.space_id OR NOT EXISTS (SELECT 1 FROM follow f
                            WHERE f.follower_id = n.recipient_id AND f.target_space_id = p.space_id AND f.created_at <= n.created_at)))::int AS followers,
         count(*) FILTER (WHERE n.kind = 'REACTION' AND n.group_key IS DISTINCT FROM coalesce(n.comment_id, n.post_id))::int AS targets
       FROM notification n JOIN post p ON p.id = n.post_id`,
      [from, now],
    );
    expect(wrong).toEqual({ times: 0, reads: 0, unreadable: 0, mentions: 0, replies: 0, followers: 0, targets: 0 });
    // Gathering loses nothing: a target's REACTION counts add up to its reactions of the last 14 days.
    const reactions = await one(
      db,
      `WITH got AS (SELECT group_key AS target_id, sum(count)::int AS n FROM notification WHERE kind = 'REACTION' GROUP BY 1),
            want AS (SELECT r.target_id, count(*)::int AS n FROM reaction r LEFT JOIN comment c ON c.id = r.target_id
                       JOIN post p ON p.id = coalesce(c.post_id, r.target_id)
                      WHERE r.created_at >= $1 AND r.user_id <> coalesce(c.author_id, p.author_id)
                        AND ${READABLE_AT('coalesce(c.author_id, p.author_id)', 'p.space_id', 'r.created_at')} GROUP BY 1)
       SELECT (SELECT count(*) FROM (SELECT * FROM got EXCEPT SELECT * FROM want) x)::int AS extra,
              (SELECT count(*) FROM (SELECT * FROM want EXCEPT SELECT * FROM got) x)::int AS missing`,
      [from],
    );
    expect(reactions).toEqual({ extra: 0, missing: 0 });
    // A target or space starts a new notification only once the open one was read (the open-group index allows one unread).
    const splits = await one(
      db,
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE a.read_at IS NULL OR a.read_at > b.created_at OR a.updated_at > b.created_at)::int AS early
         FROM notification a JOIN notification b ON b.recipient_id = a.recipient_id AND b.kind = a.kind AND b.group_key = a.group_key
          AND b.created_at > a.created_at`,
    );
    expect(splits.early).toBe(0);
    expect(splits.n).toBeGreaterThan(0);
  });
};
