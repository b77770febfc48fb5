/**
 * The normalised connector event: the contract between the per-source payload mappers (pure,
 * here) and the API's inbox processor (routing, threading, persistence).
 */
export type ConnectorSource = 'github' | 'jira' | 'freshdesk' | 'front' | 'intercom' | 'cloudevents';

export type ConnectorAction = 'OPEN' | 'COMMENT' | 'STATUS_CHANGE' | 'CLOSE' | 'PROJECT_UPDATE';

export interface ConnectorActor {
  name: string | null;
  login: string | null;
  email: string | null;
}

/** Fields of a business project carried by a PROJECT_UPDATE; null = not sent (leave unchanged). */
export interface ProjectUpdateFields {
  status: string | null;
  outcomeValue: number | null;
  currency: string | null;
  startDate: string | null;
  endDate: string | null;
}

export interface NormalisedConnectorEvent {
  source: ConnectorSource;
  /** The third party's delivery/event id, when the payload carries one (idempotency hint). */
  externalId: string | null;
  /** The external object the thread is about; stable across all of its events. */
  objectKey: string;
  /** What routes the event to a project space; null when the payload gives nothing to route on. */
  routingKey: string | null;
  action: ConnectorAction;
  title: string;
  /** Markdown; user-provided text is quoted, the API renders and sanitises later. */
  body: string;
  actor: ConnectorActor | null;
  url: string | null;
  /** ISO 8601 (UTC). */
  occurredAt: string;
  /** The object's status after this event, when relevant. */
  status: string | null;
  project: ProjectUpdateFields | null;
}

export type ConnectorMappingResult =
  { kind: 'event'; event: NormalisedConnectorEvent } | { kind: 'ignored'; reason: string } | { kind: 'invalid'; reason: string };

/** A CloudEvents batch maps to one result per entry. */
export type ConnectorBatchResult = { kind: 'batch'; results: ConnectorMappingResult[] } | { kind: 'invalid'; reason: string };
