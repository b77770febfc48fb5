import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type pg from 'pg';
import { DataSource } from 'typeorm';

export interface ImapConnectorRow {
  id: string;
  settings: Record<string, unknown>;
}

export interface MailboxState {
  mailbox: string;
  /** As text: UIDVALIDITY is an unsigned 32-bit number and PostgreSQL hands bigint back as a string. */
  uidValidity: string | null;
  lastUid: number;
}

/** The only SQL of the IMAP watcher: active IMAP connectors, where each stopped, and its health. */
@Injectable()
export class ImapStateRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async activeConnectors(): Promise<ImapConnectorRow[]> {
    return (await this.db.query(
      `SELECT id, settings FROM connector WHERE kind = 'IMAP' AND active ORDER BY created_at, id`,
    )) as ImapConnectorRow[];
  }

  /**
   * One watcher per connector across every process (API replicas, WORKER_ONLY workers): a
   * session-level advisory lock held on the lease connection (a client of its own, outside the
   * pool, so a lock never travels with a pooled connection), released by `unlock` or when that
   * connection ends. The second key is a 32-bit hash of the id; a collision would only make two
   * connectors share one lock.
   */
  async tryLock(on: pg.Client, connectorId: string): Promise<boolean> {
    const { rows } = await on.query<{ locked: boolean }>(`SELECT pg_try_advisory_lock(hashtext('imap-watch'), hashtext($1)) AS locked`, [
      connectorId,
    ]);
    return rows[0]!.locked;
  }

  async unlock(on: pg.Client, connectorId: string): Promise<void> {
    await on.query(`SELECT pg_advisory_unlock(hashtext('imap-watch'), hashtext($1))`, [connectorId]);
  }

  async load(connectorId: string): Promise<MailboxState | undefined> {
    const rows = (await this.db.query(
      `SELECT mailbox, uid_validity::text AS "uidValidity", last_uid AS "lastUid" FROM imap_mailbox_state WHERE connector_id = $1`,
      [connectorId],
    )) as { mailbox: string; uidValidity: string | null; lastUid: string }[];
    return rows[0] && { ...rows[0], lastUid: Number(rows[0].lastUid) };
  }

  /** Starts over in `mailbox` at `uidValidity` (first run, another mailbox, or a UIDVALIDITY change). */
  async reset(connectorId: string, mailbox: string, uidValidity: string): Promise<void> {
    await this.db.query(
      `INSERT INTO imap_mailbox_state (connector_id, mailbox, uid_validity, last_uid) VALUES ($1, $2, $3, 0)
       ON CONFLICT (connector_id) DO UPDATE SET mailbox = $2, uid_validity = $3, last_uid = 0, updated_at = now()`,
      [connectorId, mailbox, uidValidity],
    );
  }

  /**
   * Moves the high-water mark forward, never back, and only within the same mailbox generation:
   * a stale watcher (another process, before its lock was lost) cannot rewind or cross a reset.
   */
  async advance(connectorId: string, mailbox: string, uidValidity: string, lastUid: number): Promise<void> {
    await this.db.query(
      `UPDATE imap_mailbox_state SET last_uid = GREATEST(last_uid, $4), updated_at = now()
       WHERE connector_id = $1 AND mailbox = $2 AND uid_validity = $3`,
      [connectorId, mailbox, uidValidity, lastUid],
    );
  }

  async recordConnected(connectorId: string, mailbox: string): Promise<void> {
    await this.db.query(
      `INSERT INTO imap_mailbox_state (connector_id, mailbox, last_connected_at) VALUES ($1, $2, now())
       ON CONFLICT (connector_id) DO UPDATE SET last_connected_at = now(), last_error = NULL, last_error_at = NULL`,
      [connectorId, mailbox],
    );
  }

  /** Kept until the next successful connection, so IT sees why a mailbox is not being read. */
  async recordError(connectorId: string, mailbox: string, error: string): Promise<void> {
    await this.db.query(
      `INSERT INTO imap_mailbox_state (connector_id, mailbox, last_error, last_error_at) VALUES ($1, $2, $3, now())
       ON CONFLICT (connector_id) DO UPDATE SET last_error = $3, last_error_at = now()`,
      [connectorId, mailbox, error.slice(0, 2_000)],
    );
  }
}
