import type { EntityManager } from 'typeorm';

export const INBOUND_SOURCES = ['GENERIC', 'GITHUB', 'JIRA', 'FRESHDESK', 'FRONT', 'INTERCOM', 'SMTP', 'IMAP'] as const;
export type InboundSource = (typeof INBOUND_SOURCES)[number];

export const INBOUND_STATUSES = ['RECEIVED', 'PROCESSED', 'IGNORED', 'UNROUTED', 'FAILED'] as const;
export type InboundStatus = (typeof INBOUND_STATUSES)[number];

/** One accepted input, as it arrived. */
export interface InboundItem {
  connectorId: string | null;
  source: InboundSource;
  /** The sender's delivery/message id (or a digest of the body); unique per connector. */
  externalId: string;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  raw: Buffer;
}

export interface AcceptedItem {
  /** The inbox row; for a redelivery, the first delivery's row. */
  id: string;
  duplicate: boolean;
}

export interface InboundEventRecord {
  id: string;
  connectorId: string | null;
  source: InboundSource;
  externalId: string;
  headers: Record<string, string>;
  raw: Buffer;
  status: InboundStatus;
  attempts: number;
  receivedAt: Date;
}

export type InboundOutcome =
  | { status: 'PROCESSED'; spaceId: string; postId: string; commentId?: string | null }
  | { status: 'IGNORED'; reason: string }
  | { status: 'UNROUTED'; routingKey: string };

/**
 * Turns one inbox row into its effect, inside the processing transaction. Throwing marks the row
 * FAILED with the error and lets the queue retry; `afterCommit` runs once the transaction
 * committed (realtime events, notification announcements).
 */
export type InboundHandler = (
  tx: EntityManager,
  event: InboundEventRecord,
  afterCommit: (effect: () => void) => void,
) => Promise<InboundOutcome>;
