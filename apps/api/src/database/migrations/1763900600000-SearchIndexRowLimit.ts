import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Takes `search_vector` out of the covering search indexes of 1763900300000-SearchIndexes. A
 * btree leaf tuple holds at most 2 704 bytes, and the vector of a long post (from ~8 000
 * characters; posts may have 20 000) is larger: such a post could not be written at all. The
 * candidate walks keep their order and their access column (space / post) in the index and read
 * the vector from the heap, as before that migration.
 */
const INDEXES: Record<string, string> = {
  post_search_recent_idx: `ON post (created_at DESC, id DESC) INCLUDE (space_id) WHERE deleted_at IS NULL`,
  comment_search_recent_idx: `ON comment (created_at DESC, id DESC) INCLUDE (post_id) WHERE deleted_at IS NULL`,
};

export class SearchIndexRowLimit1763900600000 implements MigrationInterface {
  name = 'SearchIndexRowLimit1763900600000';
  // Built CONCURRENTLY (outside a transaction), so posts and comments stay writable meanwhile.
  transaction = false;

  async up(db: QueryRunner): Promise<void> {
    for (const [name, definition] of Object.entries(INDEXES)) {
      await db.query(`DROP INDEX CONCURRENTLY IF EXISTS ${name}_next`);
      await db.query(`CREATE INDEX CONCURRENTLY ${name}_next ${definition}`);
      await db.query(`DROP INDEX CONCURRENTLY IF EXISTS ${name}`);
      await db.query(`ALTER INDEX ${name}_next RENAME TO ${name}`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    const previous: Record<string, string> = {
      post_search_recent_idx: `ON post (created_at DESC, id DESC) INCLUDE (space_id, search_vector) WHERE deleted_at IS NULL`,
      comment_search_recent_idx: `ON comment (created_at DESC, id DESC) INCLUDE (post_id, search_vector) WHERE deleted_at IS NULL`,
    };
    for (const [name, definition] of Object.entries(previous)) {
      await db.query(`DROP INDEX CONCURRENTLY IF EXISTS ${name}`);
      await db.query(`CREATE INDEX CONCURRENTLY ${name} ${definition}`);
    }
  }
}
