import type { ReadableScope } from '@chantier/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import type { InboundSource, InboundStatus } from '../inbound/inbound.types.js';
import { COMMENT_SELECT, readableFilter } from '../posts/content.sql.js';
import type { Comment, PostSpace } from '../posts/post.object.js';
import type { ConnectorKind } from './connectors.repository.js';

/** The inbox shows at most this much of a body: enough to debug, bounded for a page of 100. */
export const RAW_PREVIEW_BYTES = 64 * 1024;

export interface MailboxStatusRow {
  connectorId: string;
  mailbox: string;
  uidValidity: string | null;
  lastUid: number;
  lastConnectedAt: Date | null;
  lastError: string | null;
  lastErrorAt: Date | null;
}

export interface RouteRow {
  connectorId: string;
  key: string;
  space: PostSpace;
}

export interface InboundEventRow {
  id: string;
  connector: { id: string; name: string; kind: ConnectorKind } | null;
  source: InboundSource;
  externalId: string;
  status: InboundStatus;
  reason: string | null;
  error: string | null;
  attempts: number;
  routingKey: string | null;
  receivedAt: Date;
  processedAt: Date | null;
  cursorTime: string;
  space: PostSpace | null;
  /** The first RAW_PREVIEW_BYTES + 1 bytes, so the caller knows whether there was more. */
  rawHead: Buffer;
  rawSize: number;
  headers: Record<string, string>;
  postId: string | null;
  commentId: string | null;
}

export interface InboundEventFilter {
  connectorId: string | null;
  status: InboundStatus | null;
}

const spaceJson = (alias: string) => `CASE WHEN ${alias}.id IS NULL THEN NULL ELSE
  json_build_object('id', ${alias}.id, 'slug', ${alias}.slug, 'name', ${alias}.name, 'kind', ${alias}.kind, 'visibility', ${alias}.visibility) END`;

const EVENT_SELECT = `
  SELECT e.id, e.source, e.external_id AS "externalId", e.status, e.reason, e.error, e.attempts, e.routing_key AS "routingKey",
         e.received_at AS "receivedAt", e.processed_at AS "processedAt", e.received_at::text AS "cursorTime",
         CASE WHEN c.id IS NULL THEN NULL ELSE json_build_object('id', c.id, 'name', c.name, 'kind', c.kind) END AS connector,
         ${spaceJson('s')} AS space,
         substring(e.raw FROM 1 FOR ${RAW_PREVIEW_BYTES + 1}) AS "rawHead", octet_length(e.raw) AS "rawSize", e.headers,
         e.post_id AS "postId", e.comment_id AS "commentId"
    FROM inbound_event e LEFT JOIN connector c ON c.id = e.connector_id LEFT JOIN space s ON s.id = e.space_id`;

/** The SQL of the IT screens that the lead's ConnectorsRepository does not cover: route details and the inbox. */
@Injectable()
export class ConnectorsAdminRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The routes of these connectors, with their spaces, by key. */
  async routesOf(connectorIds: readonly string[]): Promise<RouteRow[]> {
    if (connectorIds.length === 0) return [];
    return (await this.db.query(
      `SELECT r.connector_id AS "connectorId", r.key, ${spaceJson('s')} AS space
         FROM connector_route r JOIN space s ON s.id = r.space_id
        WHERE r.connector_id = ANY($1::uuid[]) ORDER BY r.connector_id, r.key`,
      [connectorIds],
    )) as RouteRow[];
  }

  /** Where each IMAP connector's watcher stands: its position in the mailbox and its last connection or error. */
  async mailboxStatesOf(connectorIds: readonly string[]): Promise<MailboxStatusRow[]> {
    if (connectorIds.length === 0) return [];
    return (await this.db.query(
      `SELECT connector_id AS "connectorId", mailbox, uid_validity::text AS "uidValidity", last_uid::int AS "lastUid",
              last_connected_at AS "lastConnectedAt", last_error AS "lastError", last_error_at AS "lastErrorAt"
         FROM imap_mailbox_state WHERE connector_id = ANY($1::uuid[])`,
      [connectorIds],
    )) as MailboxStatusRow[];
  }

  /** A page of the inbox, newest first; keyset on (received_at, id). */
  async inboundEvents(filter: InboundEventFilter, after: readonly [string, string] | null, limit: number): Promise<InboundEventRow[]> {
    return (await this.db.query(
      `${EVENT_SELECT}
        WHERE ($1::uuid IS NULL OR e.connector_id = $1) AND ($2::text IS NULL OR e.status = $2)
          AND ($3::timestamptz IS NULL OR (e.received_at, e.id) < ($3::timestamptz, $4::uuid))
        ORDER BY e.received_at DESC, e.id DESC LIMIT $5`,
      [filter.connectorId, filter.status, after?.[0] ?? null, after?.[1] ?? null, limit],
    )) as InboundEventRow[];
  }

  async inboundEvent(id: string): Promise<InboundEventRow | undefined> {
    return ((await this.db.query(`${EVENT_SELECT} WHERE e.id = $1`, [id])) as InboundEventRow[])[0];
  }

  /** A live comment, only if it lies in a place the scope may read (the same filter as every read path). */
  async readableComment(viewerId: string, scope: ReadableScope, id: string): Promise<Comment | undefined> {
    const rows = (await this.db.query(
      `${COMMENT_SELECT} WHERE c.id = $2 AND c.deleted_at IS NULL AND p.deleted_at IS NULL AND ${readableFilter(scope, '$3')}`,
      [viewerId, id, scope.memberSpaceIds],
    )) as Comment[];
    return rows[0];
  }
}
