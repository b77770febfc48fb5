import { mapCloudEvent } from './cloudevents.js';
import { mapFreshdeskEvent } from './freshdesk.js';
import { mapFrontEvent } from './front.js';
import { mapGithubEvent } from './github.js';
import { mapIntercomEvent } from './intercom.js';
import { mapJiraEvent } from './jira.js';
import type { ConnectorMappingResult } from './types.js';

/** The webhook connector kinds whose payloads map to connector events. */
export type WebhookConnectorKind = 'GENERIC' | 'GITHUB' | 'JIRA' | 'FRESHDESK' | 'FRONT' | 'INTERCOM';

export interface StoredDelivery {
  kind: WebhookConnectorKind;
  /** The delivery's body as received. */
  body: string;
  /** Header names lower-cased. */
  headers: Readonly<Record<string, string>>;
  receivedAt: string;
}

/**
 * Maps one stored webhook delivery (for GENERIC: one CloudEvent) to its connector event. Never
 * throws: a body that is not JSON is `invalid`, an event type nobody maps is `ignored`.
 */
export function mapStoredDelivery(delivery: StoredDelivery): ConnectorMappingResult {
  let payload: unknown;
  try {
    payload = JSON.parse(delivery.body);
  } catch {
    return { kind: 'invalid', reason: 'body is not JSON' };
  }
  const { receivedAt, headers } = delivery;
  switch (delivery.kind) {
    case 'GITHUB': {
      const event = headers['x-github-event'];
      if (!event) return { kind: 'invalid', reason: 'the X-GitHub-Event header is missing' };
      return mapGithubEvent({ event, payload, deliveryId: headers['x-github-delivery'] ?? null, receivedAt });
    }
    case 'GENERIC':
      return mapCloudEvent({ payload, receivedAt });
    case 'JIRA':
      return mapJiraEvent({ payload, receivedAt });
    case 'FRESHDESK':
      return mapFreshdeskEvent({ payload, receivedAt });
    case 'FRONT':
      return mapFrontEvent({ payload, receivedAt });
    case 'INTERCOM':
      return mapIntercomEvent({ payload, receivedAt });
  }
}
