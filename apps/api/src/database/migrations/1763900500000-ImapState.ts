import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What IT needs to see about an IMAP connector's watcher: when it last connected, its last error. */
export class ImapState1763900500000 implements MigrationInterface {
  name = 'ImapState1763900500000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE imap_mailbox_state
        ADD COLUMN last_connected_at timestamptz,
        -- Cleared on the next successful connection; kept (with its time) while retrying.
        ADD COLUMN last_error text,
        ADD COLUMN last_error_at timestamptz
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE imap_mailbox_state
        DROP COLUMN last_error_at,
        DROP COLUMN last_error,
        DROP COLUMN last_connected_at
    `);
  }
}
