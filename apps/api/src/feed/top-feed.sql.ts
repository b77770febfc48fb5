import type { ReadableScope } from '@chantier/domain';

import { POST_SELECT, readableFilter } from '../posts/content.sql.js';
import { homeSetFilter } from './home-set.sql.js';

/*
 * The SQL of homeFeed(mode: TOP), exported apart from the repository so a benchmark can run the
 * very same statements. docs/adr/0004-feed-ranking.md explains the window and the features.
 */

const NIL = `'00000000-0000-0000-0000-000000000000'::uuid`;
const candidateFilter = (scope: ReadableScope) =>
  `p.deleted_at IS NULL AND ${readableFilter(scope, '$2')} AND ${homeSetFilter('$1', '$2')}`;

/**
 * The candidate window with every fact the ranking needs, and the first posts after it, in ONE
 * statement. One walk of post_feed_walk_idx backwards from asOf takes the newest `max posts + older
 * limit` home-set posts: those created since the window start among the first `max posts` are the
 * window, the next ones are the posts after it (docs/adr/0004-feed-ranking.md). Every fact counts
 * from before asOf (human actors only, never the author on their own post), so a later page
 * re-scores exactly as the first did. A post's engagement comes from post_engagement, kept by a
 * trigger from the append-only activity log, when its latest fact is older than asOf (the counts are
 * then exactly those before asOf); the few posts with facts since are counted from the log.
 * Rows: one 'window' (its posts with their engagement, and the viewer's ties, as JSON), then
 * 'older' ones (id, created_at::text).
 *   $1 viewer  $2 member space ids  $3 asOf  $4 window start  $5 max posts  $6 older limit  $7 affinity start
 */
export const topFeedWindowSql = (scope: ReadableScope): string => `
  WITH walk AS MATERIALIZED (
    SELECT p.id, p.author_id, p.space_id, p.kind, p.created_at,
           row_number() OVER (ORDER BY p.created_at DESC, p.id DESC) <= $5 AND p.created_at >= $4 AS ranked
      FROM post p LEFT JOIN space s ON s.id = p.space_id
     WHERE ${candidateFilter(scope)} AND p.created_at < $3
     ORDER BY p.created_at DESC, p.id DESC LIMIT $5 + $6
  ), cand AS MATERIALIZED (
    SELECT w.id, w.author_id, w.space_id, w.kind, w.created_at, e.reactors, e.comments, e.commenters, e.last_at >= $3 AS late
      FROM walk w LEFT JOIN post_engagement e ON e.post_id = w.id
     WHERE w.ranked
  ), per_actor AS (
    -- One row per (late post, person): hashing these beats count(DISTINCT …), which sorts every event.
    SELECT c.id, bool_or(a.verb = 'react' AND a.target_id = c.id) AS reacted, count(*) FILTER (WHERE a.verb = 'comment') AS comments
      FROM cand c JOIN activity a ON a.thread_id = c.id
     WHERE c.late AND a.verb IN ('comment', 'react') AND a.actor_kind = 'human' AND a.occurred_at < $3 AND a.actor_id <> c.author_id
     GROUP BY c.id, a.actor_id
  ), late AS (
    SELECT id, count(*) FILTER (WHERE reacted)::int AS reactors, sum(comments)::int AS comments,
           count(*) FILTER (WHERE comments > 0)::int AS commenters
      FROM per_actor GROUP BY id
  ), mine AS MATERIALIZED (
    SELECT verb, target_author_id, space_id FROM activity
     WHERE actor_id = $1 AND occurred_at >= $7 AND occurred_at < $3 AND verb IN ('post', 'comment', 'react', 'mention')
  ), by_author AS (
    SELECT target_author_id AS author_id,
           count(*) FILTER (WHERE verb = 'comment')::int AS comments,
           count(*) FILTER (WHERE verb = 'mention')::int AS mentions,
           count(*) FILTER (WHERE verb = 'react')::int AS reactions
      FROM mine WHERE verb <> 'post' AND target_author_id IS NOT NULL GROUP BY 1
  ), by_space AS (
    -- A mention is already counted through the post or comment that carries it (ANALYTICS.md §0.2).
    SELECT coalesce(space_id, ${NIL}) AS space_key,
           count(*) FILTER (WHERE verb = 'post')::int AS posts,
           count(*) FILTER (WHERE verb = 'comment')::int AS comments,
           count(*) FILTER (WHERE verb = 'react')::int AS reactions
      FROM mine WHERE verb <> 'mention' GROUP BY 1
  ), followed_people AS MATERIALIZED (
    -- "IS NOT NULL" lets these use the partial unique indexes on follow.
    SELECT target_user_id AS id FROM follow WHERE follower_id = $1 AND target_user_id IS NOT NULL AND created_at < $3
  ), followed_spaces AS MATERIALIZED (
    SELECT target_space_id AS id FROM follow WHERE follower_id = $1 AND target_space_id IS NOT NULL AND created_at < $3
  ), joined AS MATERIALIZED (
    SELECT space_id AS id FROM membership WHERE user_id = $1 AND created_at < $3
  )
  -- One row for the window, as JSON: far cheaper to send and parse than 500 rows of columns.
  SELECT 'window' AS part, NULL::uuid AS id, NULL::text AS "cursorTime",
         (SELECT json_agg(json_build_array(c.id, c.author_id, c.space_id, c.kind, (extract(epoch FROM c.created_at) * 1000)::float8,
                   CASE WHEN c.late THEN coalesce(l.reactors, 0) ELSE coalesce(c.reactors, 0) END,
                   CASE WHEN c.late THEN coalesce(l.comments, 0) ELSE coalesce(c.comments, 0) END,
                   CASE WHEN c.late THEN coalesce(l.commenters, 0) ELSE coalesce(c.commenters, 0) END))
            FROM cand c LEFT JOIN late l ON l.id = c.id) AS posts,
         -- The viewer's ties with the window's authors and spaces, once each rather than on every post:
         -- only those with a fact (absent means none).
         json_build_object(
    'authors', (SELECT json_agg(json_build_object('id', a.id, 'comments', coalesce(ba.comments, 0), 'mentions', coalesce(ba.mentions, 0),
                                                  'reactions', coalesce(ba.reactions, 0), 'follows', a.id IN (SELECT id FROM followed_people)))
                  FROM (SELECT DISTINCT author_id AS id FROM cand) a LEFT JOIN by_author ba ON ba.author_id = a.id
                 WHERE ba.author_id IS NOT NULL OR a.id IN (SELECT id FROM followed_people)),
    'spaces', (SELECT json_agg(json_build_object('id', sp.id, 'posts', coalesce(bs.posts, 0), 'comments', coalesce(bs.comments, 0),
                                                 'reactions', coalesce(bs.reactions, 0), 'member', coalesce(sp.id IN (SELECT id FROM joined), false),
                                                 'follows', coalesce(sp.id IN (SELECT id FROM followed_spaces), false)))
                 FROM (SELECT DISTINCT space_id AS id FROM cand) sp LEFT JOIN by_space bs ON bs.space_key = coalesce(sp.id, ${NIL})
                WHERE bs.space_key IS NOT NULL OR sp.id IN (SELECT id FROM joined) OR sp.id IN (SELECT id FROM followed_spaces))) AS affinity
  UNION ALL
  (SELECT 'older', w.id, w.created_at::text, NULL, NULL
     FROM walk w WHERE NOT w.ranked ORDER BY w.created_at DESC, w.id DESC LIMIT $6)`;

/** Posts after the window, newest first, after the cursor's (created_at, id). $3 time, $4 id, $5 limit. */
export const topFeedOlderSql = (scope: ReadableScope): string => `
  SELECT p.id, p.created_at::text AS "cursorTime" FROM post p LEFT JOIN space s ON s.id = p.space_id
   WHERE ${candidateFilter(scope)} AND (p.created_at, p.id) < ($3::timestamptz, $4::uuid)
   ORDER BY p.created_at DESC, p.id DESC LIMIT $5`;

/** A page's full rows (any order), still filtered by what the viewer may read. $3 the post ids. */
export const topFeedPageSql = (scope: ReadableScope): string => `${POST_SELECT}
   WHERE p.id = ANY($3::uuid[]) AND p.deleted_at IS NULL AND ${readableFilter(scope, '$2')}`;
