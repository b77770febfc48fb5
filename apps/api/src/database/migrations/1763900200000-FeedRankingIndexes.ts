import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The TOP feed counts each candidate post's engagement (comments, reactions) from the activity log
 * by thread. Without this index that is a scan of the whole log per page: on a dataset-M-shaped
 * database (1.8 M activity rows) the window query took ~750–1 900 ms; with it, ~18–30 ms
 * (docs/adr/0004-feed-ranking.md). Partial (human comments and reactions only) and not covering:
 * an INCLUDE of the counted columns doubled its size (131 MB against 62 MB) for ~5 % at best,
 * since a thread's rows sit close together in the time-ordered log.
 */
export class FeedRankingIndexes1763900200000 implements MigrationInterface {
  name = 'FeedRankingIndexes1763900200000';
  // CREATE INDEX CONCURRENTLY cannot run inside a transaction; it keeps the activity log writable while it builds.
  transaction = false;

  async up(db: QueryRunner): Promise<void> {
    // An interrupted concurrent build leaves an INVALID index behind: drop it so the next start builds it afresh.
    await db.query(`
      DO $$ BEGIN
        IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
                    WHERE c.relname = 'activity_thread_engagement_idx' AND NOT i.indisvalid) THEN
          DROP INDEX activity_thread_engagement_idx;
        END IF;
      END $$`);
    await db.query(`
      CREATE INDEX CONCURRENTLY IF NOT EXISTS activity_thread_engagement_idx
        ON activity (thread_id, occurred_at)
        WHERE verb IN ('comment', 'react') AND actor_kind = 'human'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX CONCURRENTLY IF EXISTS activity_thread_engagement_idx`);
  }
}
