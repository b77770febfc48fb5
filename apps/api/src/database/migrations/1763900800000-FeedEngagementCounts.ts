import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The TOP feed's facts, kept cheap to read (docs/adr/0004-feed-ranking.md, "Cost"):
 *
 * - `post_engagement`: per post, the distinct people (never the author, humans only) who reacted
 *   to it, the comments in its thread and their distinct authors — the very counts the window
 *   query used to take from the activity log for 500 candidates per page — and `last_at`, the time
 *   of the latest fact counted. A statement trigger on `activity` keeps it in step with the log
 *   (same transaction, so it commits or rolls back with the fact), whoever writes the log. A page
 *   at `asOf` reads these counts when `last_at < asOf` (they are then exactly the facts before
 *   `asOf`) and counts from the log only the few posts with facts since.
 * - `activity_thread_actor_idx` replaces `activity_thread_engagement_idx`: it answers "has this
 *   person already reacted to / commented on this post" for the trigger, and still serves
 *   per-thread counting for those few posts.
 * - `activity_actor_acts_idx`: the viewer's own acts over 30 days (affinity) in an index-only
 *   scan, instead of one heap page per act (thousands for the busiest people).
 * - `post_feed_walk_idx`: the walk over the newest posts reads author, space and kind from the
 *   index (index-only where the visibility map allows) instead of ~1 000 heap pages per page.
 */
const INDEXES: Record<string, string> = {
  activity_thread_actor_idx: `ON activity (thread_id, actor_id) WHERE verb IN ('comment', 'react') AND actor_kind = 'human'`,
  activity_actor_acts_idx: `ON activity (actor_id, occurred_at) INCLUDE (verb, target_author_id, space_id)
    WHERE verb IN ('post', 'comment', 'react', 'mention')`,
  post_feed_walk_idx: `ON post (created_at DESC, id DESC) INCLUDE (author_id, space_id, kind) WHERE deleted_at IS NULL`,
};

// The facts a post's engagement counts: comments in its thread, reactions to the post itself.
const COUNTED = `a.actor_kind = 'human' AND (a.verb = 'comment' OR (a.verb = 'react' AND a.target_id = a.thread_id))`;

/** Adds the facts of the inserted rows (`added`) to post_engagement: new people, comments, latest time. */
const TRIGGER_FUNCTION = `
  CREATE OR REPLACE FUNCTION post_engagement_count() RETURNS trigger LANGUAGE plpgsql AS $fn$
  BEGIN
    IF NOT EXISTS (SELECT 1 FROM added a WHERE ${COUNTED}) THEN
      RETURN NULL;
    END IF;
    -- One writer per post at a time, in id order (no deadlocks): the next statement runs on a fresh
    -- snapshot, so it sees every fact committed before, and two people's first reactions are never
    -- both missed nor one person's counted twice.
    PERFORM 1 FROM post p WHERE p.id IN (SELECT a.thread_id FROM added a WHERE ${COUNTED}) ORDER BY p.id FOR NO KEY UPDATE;
    WITH fact AS (
      SELECT a.thread_id AS post_id, a.actor_id, bool_or(a.verb = 'react') AS reacted,
             count(*) FILTER (WHERE a.verb = 'comment')::int AS comments, max(a.occurred_at) AS last_at
        FROM added a JOIN post p ON p.id = a.thread_id AND p.author_id <> a.actor_id
       WHERE ${COUNTED}
       GROUP BY 1, 2
    ), earlier AS (
      SELECT f.post_id, f.actor_id, bool_or(o.verb = 'react' AND o.target_id = o.thread_id) AS reacted, bool_or(o.verb = 'comment') AS commented
        FROM fact f JOIN activity o ON o.thread_id = f.post_id AND o.actor_id = f.actor_id
       WHERE o.verb IN ('comment', 'react') AND o.actor_kind = 'human' AND NOT EXISTS (SELECT 1 FROM added n WHERE n.id = o.id)
       GROUP BY 1, 2
    ), delta AS (
      SELECT f.post_id,
             count(*) FILTER (WHERE f.reacted AND NOT coalesce(e.reacted, false))::int AS reactors,
             sum(f.comments)::int AS comments,
             count(*) FILTER (WHERE f.comments > 0 AND NOT coalesce(e.commented, false))::int AS commenters,
             max(f.last_at) AS last_at
        FROM fact f LEFT JOIN earlier e USING (post_id, actor_id)
       GROUP BY 1
    )
    INSERT INTO post_engagement AS pe (post_id, reactors, comments, commenters, last_at)
    SELECT post_id, reactors, comments, commenters, last_at FROM delta
    ON CONFLICT (post_id) DO UPDATE SET reactors = pe.reactors + excluded.reactors, comments = pe.comments + excluded.comments,
      commenters = pe.commenters + excluded.commenters, last_at = greatest(pe.last_at, excluded.last_at);
    RETURN NULL;
  END $fn$`;

/**
 * Counts everything already in the log, as the trigger would have. Exported for the dataset M
 * loader, which bulk-loads the log with the trigger disabled and then counts once.
 */
export const POST_ENGAGEMENT_BACKFILL = `
  INSERT INTO post_engagement (post_id, reactors, comments, commenters, last_at)
  SELECT post_id, count(*) FILTER (WHERE reacted), sum(comments), count(*) FILTER (WHERE comments > 0), max(last_at)
    FROM (SELECT p.id AS post_id, a.actor_id, bool_or(a.verb = 'react') AS reacted,
                 count(*) FILTER (WHERE a.verb = 'comment') AS comments, max(a.occurred_at) AS last_at
            FROM activity a JOIN post p ON p.id = a.thread_id AND p.author_id <> a.actor_id
           WHERE ${COUNTED}
           GROUP BY 1, 2) per_person
   GROUP BY post_id`;

export class FeedEngagementCounts1763900800000 implements MigrationInterface {
  name = 'FeedEngagementCounts1763900800000';
  // The indexes are built CONCURRENTLY (outside a transaction) so the log stays writable meanwhile.
  transaction = false;

  async up(db: QueryRunner): Promise<void> {
    for (const [name, definition] of Object.entries(INDEXES)) {
      await db.query(`DROP INDEX CONCURRENTLY IF EXISTS ${name}`); // a leftover of an interrupted build
      await db.query(`CREATE INDEX CONCURRENTLY ${name} ${definition}`);
    }
    await db.startTransaction();
    try {
      // No fact may be written between the backfill's reading of the log and the trigger taking over.
      await db.query(`LOCK TABLE activity IN SHARE ROW EXCLUSIVE MODE`);
      // From scratch, so a run interrupted after this commit (before the last DROP) can simply run again.
      await db.query(`DROP TRIGGER IF EXISTS activity_post_engagement ON activity`);
      await db.query(`DROP TABLE IF EXISTS post_engagement`);
      await db.query(`
        CREATE TABLE post_engagement (
          post_id     uuid PRIMARY KEY REFERENCES post (id) ON DELETE CASCADE,
          reactors    integer NOT NULL,
          comments    integer NOT NULL,
          commenters  integer NOT NULL,
          last_at     timestamptz NOT NULL
        )`);
      await db.query(TRIGGER_FUNCTION);
      await db.query(`
        CREATE TRIGGER activity_post_engagement AFTER INSERT ON activity
          REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION post_engagement_count()`);
      await db.query(POST_ENGAGEMENT_BACKFILL);
      await db.commitTransaction();
    } catch (error) {
      await db.rollbackTransaction();
      throw error;
    }
    // Statistics for the planner, and hint bits set once here rather than by the first pages that read the rows.
    await db.query(`VACUUM (ANALYZE) post_engagement`);
    await db.query(`DROP INDEX CONCURRENTLY IF EXISTS activity_thread_engagement_idx`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE INDEX CONCURRENTLY IF NOT EXISTS activity_thread_engagement_idx
        ON activity (thread_id, occurred_at) WHERE verb IN ('comment', 'react') AND actor_kind = 'human'`);
    await db.query(`DROP TRIGGER IF EXISTS activity_post_engagement ON activity`);
    await db.query(`DROP FUNCTION IF EXISTS post_engagement_count()`);
    await db.query(`DROP TABLE IF EXISTS post_engagement`);
    for (const name of Object.keys(INDEXES)) await db.query(`DROP INDEX CONCURRENTLY IF EXISTS ${name}`);
  }
}
