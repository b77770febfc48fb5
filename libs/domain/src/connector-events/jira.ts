import type { ConnectorMappingResult, NormalisedConnectorEvent } from './types.js';
import type { Json } from './util.js';
import { actor, ignored, inline, invalid, isObject, isoFromEpoch, isoFromString, joinBody, mapped, num, obj, quote, str } from './util.js';

export interface JiraMapInput {
  payload: unknown;
  receivedAt: string;
}

/** Maps a Jira (Server or Cloud) webhook: issue created/updated/deleted and comment created. */
export function mapJiraEvent(input: JiraMapInput): ConnectorMappingResult {
  const { payload } = input;
  if (!isObject(payload)) return invalid('payload is not a JSON object');
  const webhookEvent = str(payload, 'webhookEvent');
  if (webhookEvent === null) return invalid('webhookEvent is missing');
  const mappedEvents = ['jira:issue_created', 'jira:issue_updated', 'jira:issue_deleted', 'comment_created'];
  if (!mappedEvents.includes(webhookEvent)) return ignored(`Jira event "${webhookEvent}" is not mapped`);
  const issue = obj(payload, 'issue');
  const key = str(issue, 'key');
  const fields = obj(issue, 'fields');
  const summary = str(fields, 'summary');
  if (key === null || summary === null) return invalid('issue.key or issue.fields.summary is missing');
  const projectKey = str(obj(fields, 'project'), 'key') ?? key.split('-')[0] ?? key;
  const status = str(obj(fields, 'status'), 'name');
  const user = obj(payload, 'user');
  const base: Omit<NormalisedConnectorEvent, 'action' | 'body' | 'status' | 'actor'> = {
    source: 'jira',
    externalId: null,
    objectKey: `jira:${key}`,
    routingKey: `jira:${projectKey}`,
    title: summary,
    url: browseUrl(str(issue, 'self'), key),
    occurredAt: isoFromEpoch(num(payload, 'timestamp'), 'ms') ?? input.receivedAt,
    project: null,
  };
  const who = actor(str(user, 'displayName'), str(user, 'name'), str(user, 'emailAddress'));

  if (webhookEvent === 'jira:issue_created') {
    return mapped({ ...base, action: 'OPEN', body: quote(str(fields, 'description')), actor: who, status });
  }
  if (webhookEvent === 'jira:issue_deleted') {
    return mapped({ ...base, action: 'CLOSE', body: 'Issue deleted in Jira.', actor: who, status: 'Deleted' });
  }
  if (webhookEvent === 'comment_created') {
    const comment = obj(payload, 'comment');
    if (comment === null) return invalid('comment is missing');
    const author = obj(comment, 'author');
    return mapped({
      ...base,
      action: 'COMMENT',
      body: quote(str(comment, 'body')),
      actor: actor(str(author, 'displayName'), str(author, 'name'), str(author, 'emailAddress')) ?? who,
      occurredAt: isoFromString(str(comment, 'created')) ?? base.occurredAt,
      status: null,
    });
  }
  // jira:issue_updated: the changelog says what changed; a "done" status category closes the thread.
  const changes = changelogLines(payload);
  const done = str(obj(obj(fields, 'status'), 'statusCategory'), 'key') === 'done';
  return mapped({
    ...base,
    action: done ? 'CLOSE' : 'STATUS_CHANGE',
    body: joinBody(changes.join('\n')),
    actor: who,
    status,
  });
}

function changelogLines(payload: Json): string[] {
  const items = obj(payload, 'changelog')?.['items'];
  if (!Array.isArray(items)) return [];
  return items.filter(isObject).map((item) => {
    const field = inline(str(item, 'field') ?? 'field');
    const from = str(item, 'fromString');
    const to = str(item, 'toString');
    return `- **${field}**: ${from !== null ? inline(from) : '(none)'} → ${to !== null ? inline(to) : '(none)'}`;
  });
}

/** The human page of an issue: `<site>/browse/<KEY>` next to its REST `self` link. */
function browseUrl(self: string | null, key: string): string | null {
  if (self === null) return null;
  const i = self.indexOf('/rest/api/');
  return i > 0 ? `${self.slice(0, i)}/browse/${key}` : null;
}
