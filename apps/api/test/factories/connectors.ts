import { setTimeout as sleep } from 'node:timers/promises';

import { type ConnectorKind, type ConnectorRecord, ConnectorsRepository } from '../../src/connectors/connectors.repository.js';
import type { InboundStatus } from '../../src/inbound/inbound.types.js';
import type { TestApp } from '../test-app.js';

/** A connector (with its service account and routes) made straight through the repository. */
export const createTestConnector = async (
  app: TestApp,
  input: { kind: ConnectorKind; name?: string; settings?: Record<string, unknown>; routes?: { key: string; spaceId: string }[] },
): Promise<ConnectorRecord> => {
  const connectors = app.server.app.get(ConnectorsRepository);
  return app.db.transaction(async (tx) => {
    const connector = await connectors.create(tx, {
      kind: input.kind,
      name: input.name ?? `${input.kind.toLowerCase()} connector`,
      settings: input.settings ?? {},
      createdBy: null,
    });
    for (const route of input.routes ?? []) await connectors.addRoute(tx, connector.id, route.key, route.spaceId);
    return connector;
  });
};

export interface InboundRow {
  id: string;
  status: InboundStatus;
  reason: string | null;
  error: string | null;
  routingKey: string | null;
  spaceId: string | null;
  postId: string | null;
  commentId: string | null;
  attempts: number;
}

/** Polls an inbox row until the queue has taken it to one of `statuses` (the worker runs in the app). */
export const waitForInbound = async (
  app: TestApp,
  eventId: string,
  statuses: readonly InboundStatus[] = ['PROCESSED', 'IGNORED', 'UNROUTED', 'FAILED'],
  timeoutMs = 20_000,
): Promise<InboundRow> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [row] = (await app.db.query(
      `SELECT id, status, reason, error, routing_key AS "routingKey", space_id AS "spaceId", post_id AS "postId",
              comment_id AS "commentId", attempts
         FROM inbound_event WHERE id = $1`,
      [eventId],
    )) as InboundRow[];
    if (row && statuses.includes(row.status)) return row;
    if (Date.now() > deadline) throw new Error(`inbound event ${eventId} is ${row?.status ?? 'absent'}, expected ${statuses.join('|')}`);
    await sleep(50);
  }
};
