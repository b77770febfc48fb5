import type { ConnectorMappingResult, NormalisedConnectorEvent } from './types.js';
import { actor, emailDomain, ignored, inline, invalid, isObject, joinBody, mapped, obj, quote, str } from './util.js';

export interface FreshdeskMapInput {
  payload: unknown;
  receivedAt: string;
}

// Freshdesk's numeric codes, as sent in `triggered_event` placeholders.
const STATUS: Record<string, string> = { '2': 'Open', '3': 'Pending', '4': 'Resolved', '5': 'Closed' };
const PRIORITY: Record<string, string> = { '1': 'Low', '2': 'Medium', '3': 'High', '4': 'Urgent' };
const CLOSED_STATUSES = new Set(['4', '5']);

/**
 * Maps the JSON a Freshdesk automation rule posts (`{"freshdesk_webhook": {...}}`). Its
 * `triggered_event` is a placeholder string such as `{status:{from:4,to:6}}`, not JSON.
 */
export function mapFreshdeskEvent(input: FreshdeskMapInput): ConnectorMappingResult {
  if (!isObject(input.payload)) return invalid('payload is not a JSON object');
  const t = obj(input.payload, 'freshdesk_webhook');
  if (t === null) return invalid('freshdesk_webhook is missing');
  const trigger = str(t, 'triggered_event');
  const id = str(t, 'ticket_id');
  const subject = str(t, 'ticket_subject');
  if (trigger === null || id === null || subject === null) return invalid('triggered_event, ticket_id or ticket_subject is missing');
  const url = str(t, 'ticket_url');
  const email = str(t, 'requester_email');
  const domain = emailDomain(email);
  const status = str(t, 'ticket_status');
  const base: Omit<NormalisedConnectorEvent, 'action' | 'body'> = {
    source: 'freshdesk',
    externalId: null,
    objectKey: `freshdesk:${host(url) ?? 'unknown-host'}#ticket/${id}`,
    routingKey: domain !== null ? `freshdesk:${domain}` : null,
    title: subject,
    actor: actor(str(t, 'requester_name'), null, email),
    url,
    occurredAt: input.receivedAt,
    status,
    project: null,
  };
  const compact = trigger.replace(/\s+/g, '');
  if (compact === '{ticket_action:created}') {
    return mapped({ ...base, action: 'OPEN', body: quote(str(t, 'ticket_description')) });
  }
  if (compact === '{note_type:public}') {
    // The placeholder carries no note text: the thread gets a pointer back to the ticket.
    return mapped({ ...base, action: 'COMMENT', body: 'A public note was added to the ticket.', actor: null });
  }
  const change = /^\{(status|priority):\{from:(\d+),to:(\d+)\}\}$/.exec(compact);
  if (change !== null) {
    const [, field, from, to] = change as unknown as [string, 'status' | 'priority', string, string];
    const names = field === 'status' ? STATUS : PRIORITY;
    const label = (code: string): string => names[code] ?? (field === 'status' && code === to && status !== null ? status : code);
    const body = `- **${field}**: ${inline(label(from))} → ${inline(label(to))}`;
    const closes = field === 'status' && CLOSED_STATUSES.has(to);
    return mapped({ ...base, action: closes ? 'CLOSE' : 'STATUS_CHANGE', body: joinBody(body), actor: null });
  }
  return ignored(`Freshdesk trigger "${trigger}" is not mapped`);
}

function host(url: string | null): string | null {
  if (url === null || !URL.canParse(url)) return null;
  return new URL(url).host;
}
