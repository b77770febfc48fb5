import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Covering indexes for search's candidate walks (docs/adr/0007-search-ranking.md). A common word
 * is answered by walking the newest live rows until enough readable ones match; that walk read
 * every row's heap tuple (a post's is ~1 kB) only to test `search_vector @@ query` and the
 * space. With the vector and the space in the index the walk is index-only: on dataset M,
 * "sprint demo" walked 11 000 posts in 5 ms instead of 12 ms. Index-only needs the visibility
 * map, so rows not yet vacuumed still cost a heap visit: the gain is on the older part of a walk.
 *
 * - post (created_at, id) INCLUDE (space_id, search_vector): the posts walk (100 MB on M);
 * - comment (created_at, id) INCLUDE (post_id, search_vector): the comments walk, replacing
 *   comment_recent_idx, which only search used (120 MB on M);
 * - post (id) INCLUDE (space_id): each comment's post, for the access filter, without its heap tuple.
 */
const INDEXES: Record<string, string> = {
  post_search_recent_idx: `ON post (created_at DESC, id DESC) INCLUDE (space_id, search_vector) WHERE deleted_at IS NULL`,
  comment_search_recent_idx: `ON comment (created_at DESC, id DESC) INCLUDE (post_id, search_vector) WHERE deleted_at IS NULL`,
  post_live_space_idx: `ON post (id) INCLUDE (space_id) WHERE deleted_at IS NULL`,
};

export class SearchIndexes1763900300000 implements MigrationInterface {
  name = 'SearchIndexes1763900300000';
  // CREATE INDEX CONCURRENTLY cannot run inside a transaction; it keeps posts and comments writable while it builds.
  transaction = false;

  async up(db: QueryRunner): Promise<void> {
    for (const [name, definition] of Object.entries(INDEXES)) {
      // An interrupted concurrent build leaves an INVALID index behind: drop it so this run builds it afresh.
      await db.query(`
        DO $$ BEGIN
          IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
                      WHERE c.relname = '${name}' AND NOT i.indisvalid) THEN
            DROP INDEX ${name};
          END IF;
        END $$`);
      await db.query(`CREATE INDEX CONCURRENTLY IF NOT EXISTS ${name} ${definition}`);
    }
    await db.query(`DROP INDEX CONCURRENTLY IF EXISTS comment_recent_idx`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE INDEX CONCURRENTLY IF NOT EXISTS comment_recent_idx ON comment (created_at DESC, id DESC) WHERE deleted_at IS NULL`,
    );
    for (const name of Object.keys(INDEXES).reverse()) await db.query(`DROP INDEX CONCURRENTLY IF EXISTS ${name}`);
  }
}
