import type { ConnectorKind } from './connectors.repository.js';

/**
 * Where a connector's source must POST: under PUBLIC_URL when it is set (the address senders
 * reach, e.g. behind a proxy), else under the origin the administrator's request came in on.
 * An IMAP connector is polled, so it has none.
 */
export const hookUrlOf = (connector: { id: string; kind: ConnectorKind }, publicUrl: string | undefined, origin: string): string | null =>
  connector.kind === 'IMAP' ? null : `${(publicUrl ?? origin).replace(/\/+$/, '')}/hooks/${connector.id}`;
