import type { DataSource } from 'typeorm';

import type { InboundSource, InboundStatus } from '../inbound/inbound.types.js';

/* GraphQL documents and inbox rows shared by the connectors specs. */

export const CONNECTOR_FIELDS = `id kind name hookUrl secret previousSecretExpiresAt settings active createdAt
  routes { key space { id name slug } }`;

export const CREATE = `mutation($input: CreateConnectorInput!) { createConnector(input: $input) { ${CONNECTOR_FIELDS} } }`;
export const LIST = `{ connectors { ${CONNECTOR_FIELDS} } }`;
export const ONE = `query($id: ID!) { connector(id: $id) { ${CONNECTOR_FIELDS} } }`;
export const ROTATE = `mutation($id: ID!) { rotateConnectorSecret(id: $id) { ${CONNECTOR_FIELDS} } }`;
export const ADD_ROUTE = `mutation($connectorId: ID!, $key: String!, $spaceId: ID!) {
  addConnectorRoute(connectorId: $connectorId, key: $key, spaceId: $spaceId) { ${CONNECTOR_FIELDS} } }`;
export const REMOVE_ROUTE = `mutation($connectorId: ID!, $key: String!) {
  removeConnectorRoute(connectorId: $connectorId, key: $key) { ${CONNECTOR_FIELDS} } }`;

export const EVENT_FIELDS = `id connector { id name kind } source externalId status reason error attempts routingKey receivedAt
  processedAt rawPayload rawTruncated rawSize headers payloadHidden space { id name } post { id body } comment { id body }`;
export const EVENTS = `query($connectorId: ID, $status: InboundEventStatus, $first: Int, $after: String) {
  inboundEvents(connectorId: $connectorId, status: $status, first: $first, after: $after) {
    edges { cursor node { ${EVENT_FIELDS} } } pageInfo { hasNextPage endCursor } } }`;
export const REPLAY = `mutation($id: ID!) { replayInboundEvent(id: $id) { ${EVENT_FIELDS} } }`;

export interface InboxRowInput {
  connectorId: string | null;
  source?: InboundSource;
  externalId?: string;
  status?: InboundStatus;
  raw?: Buffer | string;
  headers?: Record<string, string>;
  routingKey?: string | null;
  reason?: string | null;
  error?: string | null;
  spaceId?: string | null;
  postId?: string | null;
  commentId?: string | null;
  receivedAt?: Date;
}

let sequence = 0;

/** Writes an inbox row straight into the table, with no queue job: it stays exactly as written. */
export const insertInboundEvent = async (db: DataSource, row: InboxRowInput): Promise<string> => {
  sequence += 1;
  const [inserted] = (await db.query(
    `INSERT INTO inbound_event (connector_id, source, external_id, headers, raw, status, reason, error, routing_key,
                                space_id, post_id, comment_id, received_at, processed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, CASE WHEN $6 IN ('PROCESSED', 'IGNORED') THEN $13::timestamptz END)
     RETURNING id`,
    [
      row.connectorId,
      row.source ?? (row.connectorId ? 'GENERIC' : 'SMTP'),
      row.externalId ?? `delivery-${Date.now()}-${sequence}`,
      row.headers ?? { 'content-type': 'application/json' },
      Buffer.isBuffer(row.raw) ? row.raw : Buffer.from(row.raw ?? '{"hello":"world"}'),
      row.status ?? 'RECEIVED',
      row.reason ?? null,
      row.error ?? null,
      row.routingKey ?? null,
      row.spaceId ?? null,
      row.postId ?? null,
      row.commentId ?? null,
      row.receivedAt ?? new Date(),
    ],
  )) as { id: string }[];
  return inserted!.id;
};

/** A CloudEvent the generic connector threads: it opens a thread about `subject`. */
export const cloudEvent = (subject: string, id = `ce-${Date.now()}-${(sequence += 1)}`, type = 'chantier.thread.opened') =>
  JSON.stringify({ specversion: '1.0', id, source: 'https://crm.example.test', type, subject, data: { title: `Deal ${subject}` } });
