import { mapFreshdeskEvent } from './freshdesk.js';
import { mapFrontEvent } from './front.js';
import { mapGithubEvent } from './github.js';
import { mapIntercomEvent } from './intercom.js';
import { mapJiraEvent } from './jira.js';
import type { ConnectorMappingResult } from './types.js';

const receivedAt = '2026-01-01T00:00:00.000Z';
const repository = { full_name: 'acme/app' };
const issue = { number: 7, title: 'Bug', html_url: 'https://github.com/acme/app/issues/7' };
const jiraIssue = { key: 'CHAN-1', fields: { summary: 'S', project: { key: 'CHAN' } } };
const fd = (t: Record<string, unknown>) => ({
  freshdesk_webhook: { triggered_event: '{ticket_action:created}', ticket_id: '1', ticket_subject: 'S', ...t },
});
const NOT_OBJECTS: unknown[] = [null, undefined, 'text', 42, true, []];

const github = (event: string, payload: unknown) => mapGithubEvent({ event, payload, receivedAt });
const jira = (payload: unknown) => mapJiraEvent({ payload, receivedAt });
const freshdesk = (payload: unknown) => mapFreshdeskEvent({ payload, receivedAt });
const front = (payload: unknown) => mapFrontEvent({ payload, receivedAt });
const intercom = (payload: unknown) => mapIntercomEvent({ payload, receivedAt });

describe('every mapper answers invalid, never throws, for a body that is not an object', () => {
  const mappers: [string, (p: unknown) => ConnectorMappingResult][] = [
    ['github', (p) => github('issues', p)],
    ['jira', jira],
    ['freshdesk', freshdesk],
    ['front', front],
    ['intercom', intercom],
  ];
  it.each(mappers.flatMap(([name, f]) => NOT_OBJECTS.map((p) => [name, f, p] as const)))('%s: %p', (_name, f, payload) => {
    expect(f(payload)).toEqual({ kind: 'invalid', reason: 'payload is not a JSON object' });
  });
});

describe.each<[string, () => ConnectorMappingResult, ConnectorMappingResult['kind'], string]>([
  ['github without repository', () => github('issues', { action: 'opened', issue }), 'invalid', 'repository.full_name is missing'],
  ['github issues without action', () => github('issues', { repository, issue }), 'invalid', 'issues event without action'],
  [
    'github issue without number',
    () => github('issues', { action: 'opened', repository, issue: { title: 'x' } }),
    'invalid',
    'issues payload lacks number or title',
  ],
  [
    'github PR with a string number',
    () => github('pull_request', { action: 'closed', repository, pull_request: { number: '3', title: 'x' } }),
    'invalid',
    'pull_request payload lacks number or title',
  ],
  [
    'github comment without comment',
    () => github('issue_comment', { action: 'created', repository, issue }),
    'invalid',
    'issue_comment payload lacks issue or comment',
  ],
  [
    'github labeled issue',
    () => github('issues', { action: 'labeled', repository, issue }),
    'ignored',
    'GitHub issues action "labeled" is not mapped',
  ],
  [
    'github edited comment',
    () => github('issue_comment', { action: 'edited', repository, issue }),
    'ignored',
    'GitHub issue_comment action "edited" is not mapped',
  ],
  ['github unknown event', () => github('star', { action: 'created', repository }), 'ignored', 'GitHub event "star" is not mapped'],
  ['jira without webhookEvent', () => jira({ issue: jiraIssue }), 'invalid', 'webhookEvent is missing'],
  [
    'jira issue without key',
    () => jira({ webhookEvent: 'jira:issue_created', issue: { fields: { summary: 'S' } } }),
    'invalid',
    'issue.key or issue.fields.summary is missing',
  ],
  ['jira comment without comment', () => jira({ webhookEvent: 'comment_created', issue: jiraIssue }), 'invalid', 'comment is missing'],
  ['jira worklog', () => jira({ webhookEvent: 'worklog_created' }), 'ignored', 'Jira event "worklog_created" is not mapped'],
  ['freshdesk without wrapper', () => freshdesk({ ticket_id: '1' }), 'invalid', 'freshdesk_webhook is missing'],
  [
    'freshdesk without subject',
    () => freshdesk(fd({ ticket_subject: null })),
    'invalid',
    'triggered_event, ticket_id or ticket_subject is missing',
  ],
  [
    'freshdesk private note',
    () => freshdesk(fd({ triggered_event: '{note_type:private}' })),
    'ignored',
    'Freshdesk trigger "{note_type:private}" is not mapped',
  ],
  ['front without conversation', () => front({ type: 'inbound' }), 'invalid', 'type or conversation.id is missing'],
  ['front tag event', () => front({ type: 'tag', conversation: { id: 'cnv_1' } }), 'ignored', 'Front event "tag" is not mapped'],
  ['intercom without item', () => intercom({ topic: 'conversation.user.created', data: {} }), 'invalid', 'topic or data.item is missing'],
  [
    'intercom item without id',
    () => intercom({ topic: 'conversation.user.created', data: { item: {} } }),
    'invalid',
    'data.item.id is missing',
  ],
  [
    'intercom user.created',
    () => intercom({ topic: 'user.created', data: { item: { id: 'u' } } }),
    'ignored',
    'Intercom topic "user.created" is not mapped',
  ],
])('%s', (_label, run, kind, reason) => {
  it(`is ${kind}`, () => {
    expect(run()).toEqual({ kind, reason });
  });
});

describe('mapping details the fixtures do not cover', () => {
  it('threads a comment on a pull request onto the pull request', () => {
    const result = github('issue_comment', {
      action: 'created',
      repository,
      issue: { ...issue, pull_request: {} },
      comment: { body: 'ok' },
    });
    expect(result).toMatchObject({
      kind: 'event',
      event: { objectKey: 'github:acme/app#pull/7', action: 'COMMENT', occurredAt: receivedAt },
    });
  });

  it('maps a reopened issue to a status change back to open', () => {
    const result = github('issues', { action: 'reopened', repository, issue: { ...issue, updated_at: '2026-02-01T00:00:00Z' } });
    expect(result).toMatchObject({
      kind: 'event',
      event: { action: 'STATUS_CHANGE', status: 'open', occurredAt: '2026-02-01T00:00:00.000Z' },
    });
  });

  it('quotes every line of user text so it cannot become our markdown', () => {
    const result = github('issues', {
      action: 'opened',
      repository,
      issue: { ...issue, body: '# Title\r\n\r\n- item\n<script>x</script>' },
    });
    expect(result).toMatchObject({ event: { body: '> # Title\n>\n> - item\n> <script>x</script>' } });
  });

  it('closes a Jira issue whose new status is in the done category', () => {
    const done = { ...jiraIssue, fields: { ...jiraIssue.fields, status: { name: 'Done', statusCategory: { key: 'done' } } } };
    const result = jira({
      webhookEvent: 'jira:issue_updated',
      issue: done,
      changelog: { items: [{ field: 'status', fromString: 'In *Progress*', toString: 'Done' }] },
    });
    expect(result).toMatchObject({
      kind: 'event',
      event: { action: 'CLOSE', status: 'Done', body: '- **status**: In \\*Progress\\* → Done', occurredAt: receivedAt },
    });
  });

  it('closes a Freshdesk ticket moved to Closed, unroutable without a requester e-mail', () => {
    const result = freshdesk(fd({ triggered_event: '{status:{from:2,to:5}}', ticket_status: 'Closed' }));
    expect(result).toMatchObject({
      kind: 'event',
      event: { action: 'CLOSE', routingKey: null, objectKey: 'freshdesk:unknown-host#ticket/1', body: '- **status**: Open → Closed' },
    });
  });

  it('maps an Intercom admin close to CLOSE', () => {
    const result = intercom({
      topic: 'conversation.admin.closed',
      data: { item: { id: '9', state: 'closed', user: { email: 'a@Client.example' } } },
    });
    expect(result).toMatchObject({
      kind: 'event',
      event: { action: 'CLOSE', routingKey: 'intercom:client.example', status: 'closed', title: 'Intercom conversation 9' },
    });
  });
});
