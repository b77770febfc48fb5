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
 * statement. The window is the newest home-set posts created in [window start, asOf), at most
 * `max posts`: the scan walks post_recent_idx backwards from asOf, so it is bounded by created_at
 * first. Every fact is counted from before asOf out of the append-only activity log (human actors
 * only, never the author on their own post), so a later page re-scores exactly as the first did.
 * Rows: part 'ranked' (a candidate and its facts) or 'older' (id and created_at::text only).
 *   $1 viewer  $2 member space ids  $3 asOf  $4 window start  $5 max posts  $6 older limit  $7 affinity start
 */
export const topFeedWindowSql = (scope: ReadableScope): string => `
  WITH cand AS MATERIALIZED (
    SELECT p.id, p.author_id, p.space_id, p.kind, p.created_at
      FROM post p LEFT JOIN space s ON s.id = p.space_id
     WHERE ${candidateFilter(scope)} AND p.created_at < $3 AND p.created_at >= $4
     ORDER BY p.created_at DESC, p.id DESC LIMIT $5
  ), bound AS (
    -- A full window ends at its oldest post; a short one at the window start.
    SELECT CASE WHEN count(*) = $5 THEN min(created_at) ELSE $4::timestamptz END AS t,
           CASE WHEN count(*) = $5 THEN (array_agg(id ORDER BY created_at, id))[1] ELSE ${NIL} END AS id
      FROM cand
  ), older AS (
    SELECT p.id, p.created_at FROM post p LEFT JOIN space s ON s.id = p.space_id
     WHERE ${candidateFilter(scope)} AND (p.created_at, p.id) < ((SELECT t FROM bound), (SELECT id FROM bound))
     ORDER BY p.created_at DESC, p.id DESC LIMIT $6
  ), per_actor AS (
    -- One row per (post, person): hashing these beats count(DISTINCT …), which sorts every event.
    SELECT c.id, bool_or(a.verb = 'react' AND a.target_id = c.id) AS reacted, count(*) FILTER (WHERE a.verb = 'comment') AS comments
      FROM cand c JOIN activity a ON a.thread_id = c.id
     WHERE a.verb IN ('comment', 'react') AND a.actor_kind = 'human' AND a.occurred_at < $3 AND a.actor_id <> c.author_id
     GROUP BY c.id, a.actor_id
  ), engagement AS (
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
  SELECT 'ranked' AS part, c.id, c.author_id AS "authorId", c.author_id = $1 AS "viewerAuthored", c.space_id AS "spaceId", c.kind,
         (extract(epoch FROM c.created_at) * 1000)::float8 AS "createdAtMs", NULL::text AS "cursorTime",
         coalesce(e.reactors, 0) AS reactors, coalesce(e.comments, 0) AS comments, coalesce(e.commenters, 0) AS commenters,
         coalesce(ba.comments, 0) AS "authorComments", coalesce(ba.mentions, 0) AS "authorMentions",
         coalesce(ba.reactions, 0) AS "authorReactions", c.author_id IN (SELECT id FROM followed_people) AS "followsAuthor",
         coalesce(bs.posts, 0) AS "spacePosts", coalesce(bs.comments, 0) AS "spaceComments", coalesce(bs.reactions, 0) AS "spaceReactions",
         coalesce(c.space_id IN (SELECT id FROM joined), false) AS member,
         coalesce(c.space_id IN (SELECT id FROM followed_spaces), false) AS "followsSpace"
    FROM cand c
    LEFT JOIN engagement e ON e.id = c.id
    LEFT JOIN by_author ba ON ba.author_id = c.author_id
    LEFT JOIN by_space bs ON bs.space_key = coalesce(c.space_id, ${NIL})
  UNION ALL
  SELECT 'older', o.id, NULL, NULL, NULL, NULL, NULL, o.created_at::text, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
    FROM older o`;

/** Posts after the window, newest first, after the cursor's (created_at, id). $3 time, $4 id, $5 limit. */
export const topFeedOlderSql = (scope: ReadableScope): string => `
  SELECT p.id, p.created_at::text AS "cursorTime" FROM post p LEFT JOIN space s ON s.id = p.space_id
   WHERE ${candidateFilter(scope)} AND (p.created_at, p.id) < ($3::timestamptz, $4::uuid)
   ORDER BY p.created_at DESC, p.id DESC LIMIT $5`;

/** A page's full rows (any order), still filtered by what the viewer may read. $3 the post ids. */
export const topFeedPageSql = (scope: ReadableScope): string => `${POST_SELECT}
   WHERE p.id = ANY($3::uuid[]) AND p.deleted_at IS NULL AND ${readableFilter(scope, '$2')}`;
