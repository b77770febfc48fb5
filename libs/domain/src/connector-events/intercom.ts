import type { ConnectorMappingResult, NormalisedConnectorEvent } from './types.js';
import type { Json } from './util.js';
import { actor, emailDomain, ignored, invalid, isObject, isoFromEpoch, mapped, num, obj, quote, str } from './util.js';

export interface IntercomMapInput {
  payload: unknown;
  receivedAt: string;
}

const CONVERSATION_TOPICS: Record<string, 'OPEN' | 'COMMENT' | 'CLOSE'> = {
  'conversation.user.created': 'OPEN',
  'conversation.user.replied': 'COMMENT',
  'conversation.admin.replied': 'COMMENT',
  'conversation.admin.noted': 'COMMENT',
  'conversation.admin.closed': 'CLOSE',
};

/** Maps an Intercom notification (`topic`, object in `data.item`): conversations and tickets. */
export function mapIntercomEvent(input: IntercomMapInput): ConnectorMappingResult {
  const p = input.payload;
  if (!isObject(p)) return invalid('payload is not a JSON object');
  const topic = str(p, 'topic');
  const item = obj(obj(p, 'data'), 'item');
  if (topic === null || item === null) return invalid('topic or data.item is missing');
  const id = str(item, 'id');
  if (id === null) return invalid('data.item.id is missing');
  const common = {
    source: 'intercom' as const,
    externalId: str(p, 'id'),
    project: null,
    occurredAtFallback: isoFromEpoch(num(p, 'created_at'), 's') ?? input.receivedAt,
  };
  const action = CONVERSATION_TOPICS[topic];
  if (action !== undefined) return mapConversation(item, id, action, common);
  if (topic === 'ticket.created') return mapTicket(item, id, common);
  return ignored(`Intercom topic "${topic}" is not mapped`);
}

type Common = Pick<NormalisedConnectorEvent, 'source' | 'externalId' | 'project'> & { occurredAtFallback: string };

function mapConversation(item: Json, id: string, action: 'OPEN' | 'COMMENT' | 'CLOSE', c: Common): ConnectorMappingResult {
  const user = obj(item, 'user');
  const domain = emailDomain(str(user, 'email'));
  const parts = obj(item, 'conversation_parts')?.['conversation_parts'];
  const lastPart = Array.isArray(parts) ? (parts.filter(isObject).at(-1) ?? null) : null;
  const message = obj(item, 'conversation_message');
  const subject = str(message, 'subject');
  const userActor = actor(str(user, 'name'), null, str(user, 'email'));
  const author = obj(lastPart, 'author');
  const { occurredAtFallback, ...rest } = c;
  const event: Omit<NormalisedConnectorEvent, 'action' | 'body' | 'actor' | 'occurredAt'> = {
    ...rest,
    objectKey: `intercom:conversation/${id}`,
    routingKey: domain !== null ? `intercom:${domain}` : null,
    title: subject !== null && subject.trim() !== '' ? subject : `Intercom conversation ${id}`,
    url: str(obj(item, 'links'), 'conversation_web'),
    status: str(item, 'state'),
  };
  if (action === 'OPEN') {
    const occurredAt = isoFromEpoch(num(item, 'created_at'), 's') ?? occurredAtFallback;
    return mapped({ ...event, action, body: quote(str(message, 'body')), actor: userActor, occurredAt });
  }
  const occurredAt = isoFromEpoch(num(lastPart, 'created_at'), 's') ?? occurredAtFallback;
  const partActor = actor(str(author, 'name'), null, str(author, 'email')) ?? userActor;
  const body = action === 'CLOSE' ? 'Conversation closed.' : quote(str(lastPart, 'body'));
  return mapped({ ...event, action, body, actor: partActor, occurredAt });
}

function mapTicket(item: Json, id: string, c: Common): ConnectorMappingResult {
  const attrs = obj(item, 'ticket_attributes');
  const { occurredAtFallback, ...rest } = c;
  return mapped({
    ...rest,
    objectKey: `intercom:ticket/${id}`,
    // Ticket payloads list contacts by id only: nothing to route on until a route names the ticket.
    routingKey: null,
    action: 'OPEN',
    title: str(attrs, '_default_title_') ?? `Intercom ticket ${str(item, 'ticket_id') ?? id}`,
    body: quote(str(attrs, '_default_description_')),
    actor: null,
    url: null,
    occurredAt: isoFromEpoch(num(item, 'created_at'), 's') ?? occurredAtFallback,
    status: str(obj(item, 'ticket_state'), 'internal_label'),
  });
}
