import type { ConnectorMappingResult, NormalisedConnectorEvent } from './types.js';
import type { Json } from './util.js';
import { actor, emailDomain, ignored, inline, invalid, isObject, isoFromEpoch, mapped, num, obj, quote, str } from './util.js';

export interface FrontMapInput {
  payload: unknown;
  receivedAt: string;
}

/** Maps a Front application webhook event: inbound message, reply, comment, assignment, archive. */
export function mapFrontEvent(input: FrontMapInput): ConnectorMappingResult {
  const p = input.payload;
  if (!isObject(p)) return invalid('payload is not a JSON object');
  const type = str(p, 'type');
  const conv = obj(p, 'conversation');
  const convId = str(conv, 'id');
  if (type === null || conv === null || convId === null) return invalid('type or conversation.id is missing');
  if (!['inbound', 'out_reply', 'comment', 'assign', 'archive'].includes(type)) return ignored(`Front event "${type}" is not mapped`);
  const target = obj(obj(p, 'target'), 'data');
  const customer = str(obj(conv, 'recipient'), 'handle');
  const domain = emailDomain(customer);
  const base: Omit<NormalisedConnectorEvent, 'action' | 'body' | 'actor'> = {
    source: 'front',
    externalId: str(p, 'id'),
    objectKey: `front:conversation/${convId}`,
    routingKey: domain !== null ? `front:${domain}` : null,
    title: str(conv, 'subject') ?? `Front conversation ${convId}`,
    // The app link, not the API `_links.self`: people follow it back to the conversation.
    url: `https://app.frontapp.com/open/${encodeURIComponent(convId)}`,
    occurredAt: isoFromEpoch(num(p, 'emitted_at'), 's') ?? input.receivedAt,
    status: str(conv, 'status'),
    project: null,
  };
  const teammate = teammateActor(obj(p, 'source'));
  switch (type) {
    case 'inbound':
      // The customer's message opens the thread (or joins it when the thread already exists).
      return mapped({ ...base, action: 'OPEN', body: quote(str(target, 'text')), actor: actor(null, null, customer) });
    case 'out_reply':
      return mapped({ ...base, action: 'COMMENT', body: quote(str(target, 'text')), actor: authorActor(target) ?? teammate });
    case 'comment':
      return mapped({ ...base, action: 'COMMENT', body: quote(str(target, 'body')), actor: authorActor(target) ?? teammate });
    case 'assign': {
      const assignee = str(target, 'email') ?? str(target, 'username');
      const body = assignee !== null ? `Assigned to ${inline(assignee)}.` : 'Assigned.';
      return mapped({ ...base, action: 'STATUS_CHANGE', body, actor: teammate });
    }
    default:
      return mapped({ ...base, action: 'CLOSE', body: 'Conversation archived.', actor: teammate });
  }
}

function personActor(data: Json | null): ReturnType<typeof actor> {
  if (data === null) return null;
  const name = [str(data, 'first_name'), str(data, 'last_name')].filter((s) => s !== null && s !== '').join(' ');
  return actor(name !== '' ? name : null, str(data, 'username'), str(data, 'email'));
}

/** `source` is a teammate for teammate actions, an inbox list (array) for messages. */
function teammateActor(source: Json | null): ReturnType<typeof actor> {
  return str(obj(source, '_meta'), 'type') === 'teammate' ? personActor(obj(source, 'data')) : null;
}

function authorActor(target: Json | null): ReturnType<typeof actor> {
  return personActor(obj(target, 'author'));
}
