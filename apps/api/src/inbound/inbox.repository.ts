import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

import type { InboundEventRecord, InboundItem, InboundOutcome } from './inbound.types.js';
import { inboundJobInsertSql } from './job-queue.js';

const RECORD_COLUMNS = `id, connector_id AS "connectorId", source, external_id AS "externalId", headers, raw, status, attempts,
  received_at AS "receivedAt"`;

/** What makes an inbox row unique: its connector and the sender's id. */
export const inboxKey = (item: Pick<InboundItem, 'connectorId' | 'externalId'>): string => `${item.connectorId ?? ''} ${item.externalId}`;

/** The only SQL about the inbox rows themselves. */
@Injectable()
export class InboxRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Stores items and their jobs in a single statement (atomic on its own, so no BEGIN/COMMIT):
   * one round trip and one commit for a whole group. Items whose (connector, external id) exists
   * already are left out of the answer: the caller then reads the first rows' ids.
   */
  async insertWithJobs(items: readonly InboundItem[]): Promise<Map<string, string>> {
    const rows = (await this.db.query(
      `WITH inserted AS (
         INSERT INTO inbound_event (connector_id, source, external_id, headers, raw)
         SELECT connector_id, source, external_id, headers, raw
           FROM unnest($1::uuid[], $2::text[], $3::text[], $4::jsonb[], $5::bytea[]) AS item(connector_id, source, external_id, headers, raw)
         ON CONFLICT ON CONSTRAINT inbound_event_external_key DO NOTHING RETURNING id, connector_id, external_id
       ), job AS (${inboundJobInsertSql('inserted')})
       SELECT id, connector_id AS "connectorId", external_id AS "externalId" FROM inserted`,
      [
        items.map((item) => item.connectorId),
        items.map((item) => item.source),
        items.map((item) => item.externalId),
        items.map((item) => JSON.stringify(item.headers)),
        items.map((item) => item.raw),
      ],
    )) as { id: string; connectorId: string | null; externalId: string }[];
    return new Map(rows.map((row) => [inboxKey(row), row.id]));
  }

  /** The rows already stored for these (connector, external id) pairs, by inboxKey. */
  async existingIds(items: readonly Pick<InboundItem, 'connectorId' | 'externalId'>[]): Promise<Map<string, string>> {
    const rows = (await this.db.query(
      `SELECT e.id, e.connector_id AS "connectorId", e.external_id AS "externalId"
         FROM unnest($1::uuid[], $2::text[]) AS item(connector_id, external_id)
         JOIN inbound_event e ON e.connector_id IS NOT DISTINCT FROM item.connector_id AND e.external_id = item.external_id`,
      [items.map((item) => item.connectorId), items.map((item) => item.externalId)],
    )) as { id: string; connectorId: string | null; externalId: string }[];
    return new Map(rows.map((row) => [inboxKey(row), row.id]));
  }

  /** Locks the row for processing (a replayed job and its original never run the same row at once). */
  async lock(tx: EntityManager, id: string): Promise<InboundEventRecord | undefined> {
    const rows = (await tx.query(`SELECT ${RECORD_COLUMNS} FROM inbound_event WHERE id = $1 FOR UPDATE`, [id])) as InboundEventRecord[];
    return rows[0];
  }

  async recordOutcome(tx: EntityManager, id: string, outcome: InboundOutcome): Promise<void> {
    const processed = outcome.status === 'PROCESSED' ? outcome : null;
    await tx.query(
      `UPDATE inbound_event
          SET status = $2, reason = $3, routing_key = COALESCE($4, routing_key), space_id = $5, post_id = $6, comment_id = $7,
              error = NULL, attempts = attempts + 1, processed_at = now()
        WHERE id = $1`,
      [
        id,
        outcome.status,
        outcome.status === 'IGNORED' ? outcome.reason : null,
        outcome.status === 'UNROUTED' ? outcome.routingKey : null,
        processed?.spaceId ?? null,
        processed?.postId ?? null,
        processed?.commentId ?? null,
      ],
    );
  }

  async recordFailure(id: string, error: string): Promise<void> {
    await this.db.query(
      `UPDATE inbound_event SET status = 'FAILED', error = $2, attempts = attempts + 1
        WHERE id = $1 AND status NOT IN ('PROCESSED', 'IGNORED')`,
      [id, error.slice(0, 2_000)],
    );
  }

  /** Puts replayable rows back to RECEIVED, each with a new job, in one statement; returns those that were. */
  async reopen(tx: EntityManager, ids: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = (await tx.query(
      `WITH reopened AS (
         UPDATE inbound_event SET status = 'RECEIVED', error = NULL, reason = NULL
          WHERE id = ANY($1::uuid[]) AND status IN ('FAILED', 'UNROUTED', 'IGNORED') RETURNING id
       ), job AS (${inboundJobInsertSql('reopened')})
       SELECT id FROM reopened`,
      [ids],
    )) as { id: string }[];
    return rows.map((row) => row.id);
  }

  /** UNROUTED rows waiting for `routingKey`; `*` (a connector's catch-all route) takes them all. */
  async unroutedIds(tx: EntityManager, routingKey: string, connectorId: string | null): Promise<string[]> {
    const rows = (await tx.query(
      `SELECT id FROM inbound_event
        WHERE status = 'UNROUTED' AND ($1 = '*' OR routing_key = $1) AND ($2::uuid IS NULL OR connector_id = $2)
        ORDER BY received_at, id FOR UPDATE`,
      [routingKey, connectorId],
    )) as { id: string }[];
    return rows.map((row) => row.id);
  }

  async status(id: string): Promise<string | undefined> {
    const rows = (await this.db.query(`SELECT status FROM inbound_event WHERE id = $1`, [id])) as { status: string }[];
    return rows[0]?.status;
  }
}
