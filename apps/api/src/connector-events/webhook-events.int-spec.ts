import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import type { InboundSource } from '../../src/inbound/inbound.types.js';
import { InboxService } from '../../src/inbound/inbox.service.js';
import { createTestConnector, waitForInbound } from '../../test/factories/connectors.js';
import type { TestSpace, TestUser } from '../../test/factories/factories.js';
import { ok } from '../../test/gql-client.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';

const fixture = (path: string): string => readFileSync(new URL(`../../../../fixtures/${path}`, import.meta.url), 'utf8');

let app: TestApp;
let inbox: InboxService;
let owner: TestUser;
let outsider: TestUser;

const deliver = async (connectorId: string, source: InboundSource, body: string, headers: Record<string, string> = {}) => {
  const [accepted] = await inbox.accept([{ connectorId, source, externalId: randomUUID(), headers, raw: Buffer.from(body) }]);
  return waitForInbound(app, accepted!.id);
};

const github = (connectorId: string, event: string, file: string, patch: (payload: any) => void = () => {}) => {
  const payload = JSON.parse(fixture(`github/${file}`));
  patch(payload);
  return deliver(connectorId, 'GITHUB', JSON.stringify(payload), { 'x-github-event': event });
};

const threadOf = async (postId: string) => {
  const [post] = (await app.db.query(
    `SELECT body, kind, source_kind, source_ref, source_url, space_id, comment_count FROM post WHERE id = $1`,
    [postId],
  )) as {
    body: string;
    kind: string;
    source_kind: string;
    source_ref: string;
    source_url: string;
    space_id: string;
    comment_count: number;
  }[];
  const comments = (await app.db.query(`SELECT body FROM comment WHERE post_id = $1 ORDER BY created_at, id`, [postId])) as {
    body: string;
  }[];
  return { post: post!, comments: comments.map((c) => c.body) };
};

beforeAll(async () => {
  app = await startTestApp();
  inbox = app.server.app.get(InboxService);
  owner = await app.f.user();
  outsider = await app.f.user();
});
afterAll(() => app.close());

describe('webhook events into threads', () => {
  let space: TestSpace;
  let connectorId: string;

  beforeAll(async () => {
    space = await app.f.space({ kind: 'PROJECT', visibility: 'PRIVATE', members: [{ user: owner, role: 'OWNER' }] });
    connectorId = (
      await createTestConnector(app, { kind: 'GITHUB', routes: [{ key: 'github:Codertocat/Hello-World', spaceId: space.id }] })
    ).id;
  });

  it('opens one EVENT post per issue, linked to its source, and comments on it afterwards', async () => {
    const opened = await github(connectorId, 'issues', 'issues.opened.json');
    expect(opened).toMatchObject({ status: 'PROCESSED', spaceId: space.id, commentId: null });
    const commented = await github(connectorId, 'issue_comment', 'issue_comment.created.json');
    expect(commented).toMatchObject({ status: 'PROCESSED', postId: opened.postId });
    expect(commented.commentId).toEqual(expect.any(String));

    const { post, comments } = await threadOf(opened.postId!);
    expect(post).toMatchObject({
      kind: 'EVENT',
      source_kind: 'CONNECTOR',
      source_ref: 'github:Codertocat/Hello-World#issue/1',
      source_url: 'https://github.com/Codertocat/Hello-World/issues/1',
      comment_count: 1,
    });
    expect(post.body).toContain('**Spelling error in the README file**');
    expect(post.body).toContain('status: **open**');
    expect(comments).toHaveLength(1);
    expect(comments[0]).toContain("You are totally right! I'll get this fixed right away.");
  });

  it('still makes one thread when a comment arrives before its issue', async () => {
    const renumber = (payload: any) => {
      payload.issue.number = 77;
      payload.issue.html_url = 'https://github.com/Codertocat/Hello-World/issues/77';
    };
    const comment = await github(connectorId, 'issue_comment', 'issue_comment.created.json', renumber);
    const opened = await github(connectorId, 'issues', 'issues.opened.json', renumber);
    expect(opened.postId).toBe(comment.postId);
    const { post, comments } = await threadOf(comment.postId!);
    expect(post.body).toContain("It looks like you accidently spelled 'commit' with two 't's.");
    expect(comments).toHaveLength(1);
    const [{ count }] = (await app.db.query(`SELECT count(*)::int AS count FROM post WHERE source_ref = $1`, [
      'github:Codertocat/Hello-World#issue/77',
    ])) as { count: number }[];
    expect(count).toBe(1);
  });

  it('builds one thread from many concurrent events about a new object', async () => {
    const renumber = (payload: any, i: number) => {
      payload.issue.number = 500;
      payload.comment.id = 9_000 + i;
      payload.comment.body = `reply ${i}`;
    };
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => github(connectorId, 'issue_comment', 'issue_comment.created.json', (p) => renumber(p, i))),
    );
    expect(results.every((r) => r.status === 'PROCESSED')).toBe(true);
    expect(new Set(results.map((r) => r.postId)).size).toBe(1);
    expect((await threadOf(results[0]!.postId!)).comments).toHaveLength(8);
  });

  it('updates the status line on a status change and keeps the older text in the edit history', async () => {
    const renumber = (payload: any) => {
      payload.issue.number = 12;
      payload.repository.full_name = 'Codertocat/Hello-World';
    };
    const opened = await github(connectorId, 'issues', 'issues.opened.json', renumber);
    const closed = await github(connectorId, 'issues', 'issues.closed.json', renumber);
    expect(closed.postId).toBe(opened.postId);
    const { post, comments } = await threadOf(opened.postId!);
    expect(post.body).toContain('status: **closed**');
    expect(comments.at(-1)).toContain('closed');
    const revisions = (await app.db.query(`SELECT body FROM post_revision WHERE post_id = $1`, [opened.postId])) as { body: string }[];
    expect(revisions.map((r) => r.body).join()).toContain('status: **open**');
  });

  it('stores an event nobody maps as IGNORED with its reason, and a broken body as IGNORED too', async () => {
    const push = await github(connectorId, 'push', 'push.json');
    expect(push.status).toBe('IGNORED');
    expect(push.reason).toMatch(/push/);
    const broken = await deliver(connectorId, 'GITHUB', '{"issue": 3}', { 'x-github-event': 'issues' });
    expect(broken.status).toBe('IGNORED');
    expect(broken.reason).toMatch(/^invalid payload: /);
  });

  it('processes an inbox row once, whatever the number of jobs that name it', async () => {
    const [accepted] = await inbox.accept([
      {
        connectorId,
        source: 'GITHUB',
        externalId: 'delivery-once',
        headers: { 'x-github-event': 'issue_comment' },
        raw: Buffer.from(fixture('github/issue_comment.created.json')),
      },
    ]);
    const again = await inbox.accept([
      {
        connectorId,
        source: 'GITHUB',
        externalId: 'delivery-once',
        headers: { 'x-github-event': 'issue_comment' },
        raw: Buffer.from('{}'),
      },
    ]);
    expect(again).toEqual([{ id: accepted!.id, duplicate: true }]);
    const done = await waitForInbound(app, accepted!.id);
    expect(await inbox.replay(accepted!.id)).toBe(false); // PROCESSED is final
    const [{ count }] = (await app.db.query(`SELECT count(*)::int AS count FROM comment WHERE id = $1`, [done.commentId])) as {
      count: number;
    }[];
    expect(count).toBe(1);
  });
});

describe('routing', () => {
  it('keeps an event with no route UNROUTED and replays it once a route exists', async () => {
    const space = await app.f.space({ kind: 'PROJECT', members: [{ user: owner, role: 'OWNER' }] });
    const connector = await createTestConnector(app, { kind: 'JIRA' });
    const waiting = await deliver(connector.id, 'JIRA', fixture('jira/issue_created.json'));
    expect(waiting).toMatchObject({ status: 'UNROUTED', postId: null });
    const key = waiting.routingKey!;
    expect(key).toMatch(/^jira:/);

    await app.db.query(`INSERT INTO connector_route (connector_id, key, space_id) VALUES ($1, $2, $3)`, [connector.id, key, space.id]);
    expect(await inbox.replayUnrouted(connector.id, key)).toBe(1);
    const routed = await waitForInbound(app, waiting.id, ['PROCESSED', 'FAILED']);
    expect(routed).toMatchObject({ status: 'PROCESSED', spaceId: space.id });
  });

  it('replays the events that waited for a key when a project space takes it as its external key', async () => {
    const connector = await createTestConnector(app, { kind: 'FRESHDESK' });
    const waiting = await deliver(connector.id, 'FRESHDESK', fixture('freshdesk/ticket_created.json'));
    expect(waiting.status).toBe('UNROUTED');
    const { createSpace } = ok(
      await app.gql<{ createSpace: { id: string } }>(
        `mutation($input: CreateSpaceInput!) { createSpace(input: $input) { id } }`,
        { input: { name: 'Support account', kind: 'PROJECT', visibility: 'PUBLIC', project: { externalKey: waiting.routingKey } } },
        owner.token,
      ),
    );
    const routed = await waitForInbound(app, waiting.id, ['PROCESSED', 'FAILED']);
    expect(routed).toMatchObject({ status: 'PROCESSED', spaceId: createSpace.id });
  });

  it("routes to the project space whose business project has the event's key, before a catch-all route", async () => {
    const project = await app.f.space({ kind: 'PROJECT', externalKey: 'jira:ABC' });
    const elsewhere = await app.f.space({ kind: 'GROUP' });
    const connector = await createTestConnector(app, { kind: 'JIRA', routes: [{ key: '*', spaceId: elsewhere.id }] });
    const status = await deliver(connector.id, 'JIRA', fixture('jira/issue_updated__status.json'));
    expect(status).toMatchObject({ status: 'PROCESSED', spaceId: project.id });
    const other = await deliver(connector.id, 'JIRA', fixture('jira/issue_created.json'));
    expect(other).toMatchObject({ status: 'PROCESSED', spaceId: elsewhere.id });
  });
});

describe('business outcomes', () => {
  const projectUpdate = (data: Record<string, unknown>) =>
    JSON.stringify({
      specversion: '1.0',
      id: randomUUID(),
      source: 'https://crm.example.test',
      type: 'chantier.project.updated',
      subject: 'crm:OPP-1042',
      time: new Date().toISOString(),
      data,
    });

  it('applies chantier.project.updated to the business project and tells it in the space', async () => {
    const space = await app.f.space({ kind: 'PROJECT', externalKey: 'crm:OPP-1042', members: [{ user: owner, role: 'OWNER' }] });
    const connector = await createTestConnector(app, { kind: 'GENERIC' });
    const won = await deliver(
      connector.id,
      'GENERIC',
      projectUpdate({ status: 'won', outcomeValue: 120000, currency: 'eur', endDate: '2026-11-30' }),
    );
    expect(won).toMatchObject({ status: 'PROCESSED', spaceId: space.id });
    const [project] = (await app.db.query(
      `SELECT status, outcome_value::float AS "outcomeValue", currency, end_date::text AS "endDate" FROM business_project WHERE space_id = $1`,
      [space.id],
    )) as unknown[];
    expect(project).toEqual({ status: 'WON', outcomeValue: 120000, currency: 'EUR', endDate: '2026-11-30' });
    const { comments } = await threadOf(won.postId!);
    expect(comments.join()).toContain('outcome value: **120000 EUR**');
    const [activity] = (await app.db.query(`SELECT actor_kind, meta FROM activity WHERE verb = 'update_project' AND space_id = $1`, [
      space.id,
    ])) as { actor_kind: string; meta: { status: string } }[];
    expect(activity).toMatchObject({ actor_kind: 'connector', meta: { status: 'WON' } });
  });

  it('ignores a project update routed to a space without a business project', async () => {
    const group = await app.f.space({ kind: 'GROUP' });
    const connector = await createTestConnector(app, { kind: 'GENERIC', routes: [{ key: 'crm:OPP-1042', spaceId: group.id }] });
    const result = await deliver(connector.id, 'GENERIC', projectUpdate({ status: 'LOST' }));
    expect(result).toMatchObject({ status: 'IGNORED', reason: 'the routed space has no business project to update' });
  });
});

describe('followers', () => {
  it('notifies followers who may read the space, once per thread, and never a follower who left a private space', async () => {
    const reader = await app.f.user();
    const space = await app.f.space({ kind: 'PROJECT', visibility: 'PRIVATE', members: [{ user: reader }, { user: outsider }] });
    await app.f.follow(reader, { space });
    await app.f.follow(outsider, { space });
    await app.db.query(`DELETE FROM membership WHERE space_id = $1 AND user_id = $2`, [space.id, outsider.id]);
    const connector = await createTestConnector(app, {
      kind: 'GITHUB',
      routes: [{ key: 'github:Codertocat/Hello-World', spaceId: space.id }],
    });
    const opened = await github(connector.id, 'issues', 'issues.opened.json', (p) => (p.issue.number = 4242));
    await github(connector.id, 'issue_comment', 'issue_comment.created.json', (p) => (p.issue.number = 4242));
    const rows = (await app.db.query(
      `SELECT recipient_id AS "recipientId", count, post_id AS "postId" FROM notification WHERE kind = 'CONNECTOR_EVENT' AND space_id = $1`,
      [space.id],
    )) as { recipientId: string; count: number; postId: string }[];
    expect(rows).toEqual([{ recipientId: reader.id, count: 2, postId: opened.postId }]);
  });
});
