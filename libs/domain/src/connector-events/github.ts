import type { ConnectorMappingResult, NormalisedConnectorEvent } from './types.js';
import type { Json } from './util.js';
import { actor, ignored, inline, invalid, isObject, isoFromString, joinBody, mapped, num, obj, quote, str } from './util.js';

export interface GithubMapInput {
  /** The `X-GitHub-Event` header. */
  event: string;
  payload: unknown;
  /** The `X-GitHub-Delivery` header, when known: GitHub puts no delivery id in the body. */
  deliveryId?: string | null;
  /** Fallback for occurredAt when the payload has no usable timestamp. */
  receivedAt: string;
}

interface Thread {
  kind: 'issue' | 'pull';
  number: number;
  title: string;
  url: string | null;
}

/** Maps a GitHub webhook delivery (issues, pull requests and their comments) to a normalised event. */
export function mapGithubEvent(input: GithubMapInput): ConnectorMappingResult {
  const { event, payload } = input;
  if (!isObject(payload)) return invalid('payload is not a JSON object');
  const repo = str(obj(payload, 'repository'), 'full_name');
  if (repo === null) return invalid('repository.full_name is missing');
  const action = str(payload, 'action');
  switch (event) {
    case 'issues':
      return mapObjectEvent(input, payload, repo, action, obj(payload, 'issue'), 'issue');
    case 'pull_request':
      return mapObjectEvent(input, payload, repo, action, obj(payload, 'pull_request'), 'pull');
    case 'issue_comment':
      return mapComment(input, payload, repo, action);
    default:
      return ignored(`GitHub event "${event}" is not mapped`);
  }
}

function threadOf(o: Json | null, kind: Thread['kind']): Thread | null {
  const n = num(o, 'number');
  const title = str(o, 'title');
  if (n === null || title === null) return null;
  // An issue_comment on a pull request carries the PR as an `issue` with a `pull_request` link.
  const k = kind === 'issue' && obj(o, 'pull_request') !== null ? 'pull' : kind;
  return { kind: k, number: n, title, url: str(o, 'html_url') };
}

function base(
  input: GithubMapInput,
  payload: Json,
  repo: string,
  t: Thread,
): Omit<NormalisedConnectorEvent, 'action' | 'body' | 'occurredAt' | 'status' | 'url'> {
  const sender = obj(payload, 'sender');
  return {
    source: 'github',
    externalId: input.deliveryId ?? null,
    objectKey: `github:${repo}#${t.kind}/${t.number}`,
    routingKey: `github:${repo}`,
    title: t.title,
    actor: actor(null, str(sender, 'login'), null),
    project: null,
  };
}

function mapObjectEvent(
  input: GithubMapInput,
  payload: Json,
  repo: string,
  action: string | null,
  o: Json | null,
  kind: Thread['kind'],
): ConnectorMappingResult {
  const label = kind === 'issue' ? 'issues' : 'pull_request';
  if (action === null) return invalid(`${label} event without action`);
  if (!['opened', 'closed', 'reopened'].includes(action)) return ignored(`GitHub ${label} action "${action}" is not mapped`);
  const t = threadOf(o, kind);
  if (t === null) return invalid(`${label} payload lacks number or title`);
  const at = (key: string): string => isoFromString(str(o, key)) ?? isoFromString(str(o, 'updated_at')) ?? input.receivedAt;
  const common = { ...base(input, payload, repo, t), url: t.url };
  if (action === 'opened') {
    return mapped({ ...common, action: 'OPEN', body: quote(str(o, 'body')), occurredAt: at('created_at'), status: 'open' });
  }
  if (action === 'reopened') {
    return mapped({ ...common, action: 'STATUS_CHANGE', body: 'Reopened.', occurredAt: at('updated_at'), status: 'open' });
  }
  const merged = o?.['merged'] === true;
  const reason = str(o, 'state_reason');
  const mergedBy = str(obj(o, 'merged_by'), 'login');
  const body = merged
    ? `Merged${mergedBy !== null ? ` by @${inline(mergedBy)}` : ''}.`
    : `Closed${reason !== null ? ` (${inline(reason)})` : ''}.`;
  return mapped({ ...common, action: 'CLOSE', body, occurredAt: at('closed_at'), status: merged ? 'merged' : 'closed' });
}

function mapComment(input: GithubMapInput, payload: Json, repo: string, action: string | null): ConnectorMappingResult {
  if (action !== 'created') return ignored(`GitHub issue_comment action "${action ?? '(none)'}" is not mapped`);
  const t = threadOf(obj(payload, 'issue'), 'issue');
  const comment = obj(payload, 'comment');
  if (t === null || comment === null) return invalid('issue_comment payload lacks issue or comment');
  return mapped({
    ...base(input, payload, repo, t),
    action: 'COMMENT',
    body: joinBody(quote(str(comment, 'body'))),
    url: str(comment, 'html_url') ?? t.url,
    occurredAt: isoFromString(str(comment, 'created_at')) ?? input.receivedAt,
    status: null,
  });
}
