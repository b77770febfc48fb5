import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search's GIN indexes on posts and comments also index the UTC day the row was written (btree_gin),
 * so a phrase's "rows holding its words in the last 7 / 30 days" (search.sql.ts, newestInWindows) is
 * one GIN scan intersecting the words' postings with the days' (a few dozen entries with long posting
 * lists, cheap to read, unlike one entry per timestamp), and only the rows that match in that window
 * are read from the heap (docs/adr/0007-search-ranking.md).
 * A GIN index with several columns still answers a condition on the vector alone, so it replaces the
 * single-column one under the same name. The planner estimates each window from CREATE STATISTICS on
 * the day: it did not use the partial index's own statistics of the expression.
 */
const SEARCH_DAY = (column: string) => `((${column} AT TIME ZONE 'UTC')::date)`;

const TABLES = ['post', 'comment'] as const;

const rebuild = async (db: QueryRunner, columns: string): Promise<void> => {
  for (const table of TABLES) {
    const name = `${table}_search_idx`;
    await db.query(`DROP INDEX CONCURRENTLY IF EXISTS ${name}_next`);
    await db.query(`CREATE INDEX CONCURRENTLY ${name}_next ON ${table} USING gin (${columns}) WHERE deleted_at IS NULL`);
    await db.query(`DROP INDEX CONCURRENTLY IF EXISTS ${name}`);
    await db.query(`ALTER INDEX ${name}_next RENAME TO ${name}`);
  }
};

export class SearchDayGin1763900700000 implements MigrationInterface {
  name = 'SearchDayGin1763900700000';
  // Built CONCURRENTLY (outside a transaction), so posts and comments stay writable meanwhile.
  transaction = false;

  async up(db: QueryRunner): Promise<void> {
    // Trusted since PostgreSQL 13: the database owner may create it.
    await db.query(`CREATE EXTENSION IF NOT EXISTS btree_gin`);
    await rebuild(db, `search_vector, ${SEARCH_DAY('created_at')}`);
    for (const table of TABLES) {
      await db.query(`CREATE STATISTICS IF NOT EXISTS ${table}_search_day_stats ON ${SEARCH_DAY('created_at')} FROM ${table}`);
      await db.query(`ANALYZE ${table}`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of TABLES) await db.query(`DROP STATISTICS IF EXISTS ${table}_search_day_stats`);
    await rebuild(db, 'search_vector');
  }
}
