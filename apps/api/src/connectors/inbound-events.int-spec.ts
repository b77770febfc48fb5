import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { waitForInbound } from '../../test/factories/connectors.js';
import type { TestUser } from '../../test/factories/factories.js';
import { expectError, ok } from '../../test/gql-client.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { cloudEvent, CREATE, EVENTS, insertInboundEvent, REPLAY } from './connectors.test-kit.js';

interface EventView {
  id: string;
  connector: { id: string; name: string; kind: string } | null;
  source: string;
  externalId: string;
  status: string;
  reason: string | null;
  error: string | null;
  routingKey: string | null;
  rawPayload: string | null;
  rawTruncated: boolean;
  rawSize: number;
  headers: Record<string, string> | null;
  payloadHidden: boolean;
  space: { id: string; name: string } | null;
  post: { id: string; body: string } | null;
  comment: { id: string; body: string } | null;
}
interface Page {
  inboundEvents: { edges: { cursor: string; node: EventView }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 9, minutes));

describe('the inbox for IT', () => {
  let t: TestApp;
  let admin: TestUser;
  let crm: string;
  let tickets: string;
  const events = async (variables: Record<string, unknown>, token = admin.token) =>
    ok(await t.gql<Page>(EVENTS, variables, token)).inboundEvents;
  const connector = async (name: string) =>
    ok(await t.gql<{ createConnector: { id: string } }>(CREATE, { input: { kind: 'GENERIC', name } }, admin.token)).createConnector.id;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.f.user({ role: 'ADMIN' });
    crm = await connector('CRM');
    tickets = await connector('Tickets');
  });
  afterAll(() => t.close());

  describe('paging and filters', () => {
    const ids: Record<string, string> = {};
    beforeAll(async () => {
      const statuses = ['PROCESSED', 'FAILED', 'UNROUTED', 'IGNORED', 'FAILED'] as const;
      for (const [i, status] of statuses.entries()) {
        ids[`crm${i}`] = await insertInboundEvent(t.db, { connectorId: crm, status, receivedAt: at(i), externalId: `crm-${i}` });
      }
      // Two events received in the same instant: the id breaks the tie, so none is skipped or repeated.
      ids.tie1 = await insertInboundEvent(t.db, { connectorId: tickets, status: 'FAILED', receivedAt: at(10) });
      ids.tie2 = await insertInboundEvent(t.db, { connectorId: tickets, status: 'FAILED', receivedAt: at(10) });
      ids.smtp = await insertInboundEvent(t.db, {
        connectorId: null,
        source: 'SMTP',
        status: 'IGNORED',
        reason: 'auto-reply',
        receivedAt: at(20),
      });
    });

    it("pages through one connector's events, newest first", async () => {
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 3; page += 1) {
        const result: Page['inboundEvents'] = await events({ connectorId: crm, first: 2, after });
        seen.push(...result.edges.map((e) => e.node.externalId));
        expect(result.pageInfo.hasNextPage).toBe(page < 2);
        after = result.pageInfo.endCursor;
      }
      expect(seen).toEqual(['crm-4', 'crm-3', 'crm-2', 'crm-1', 'crm-0']);
    });

    it('filters by status', async () => {
      const failed = await events({ connectorId: crm, status: 'FAILED' });
      expect(failed.edges.map((e) => e.node.externalId)).toEqual(['crm-4', 'crm-1']);
      expect(failed.edges.every((e) => e.node.status === 'FAILED')).toBe(true);
    });

    it('lists every connector, and mail received over SMTP, when no connector is given', async () => {
      const all = await events({ first: 100 });
      const listed = all.edges.map((e) => e.node.id);
      expect(listed).toEqual(expect.arrayContaining(Object.values(ids)));
      const smtp = all.edges.find((e) => e.node.id === ids.smtp)!.node;
      expect(smtp).toMatchObject({ connector: null, source: 'SMTP', status: 'IGNORED', reason: 'auto-reply' });
      const tickets2 = all.edges.find((e) => e.node.id === ids.tie1)!.node;
      expect(tickets2.connector).toEqual({ id: tickets, name: 'Tickets', kind: 'GENERIC' });
    });

    it('splits two events received in the same instant across pages without losing one', async () => {
      const first = await events({ connectorId: tickets, first: 1 });
      const second = await events({ connectorId: tickets, first: 1, after: first.pageInfo.endCursor });
      expect([first.edges[0]!.node.id, second.edges[0]!.node.id].sort()).toEqual([ids.tie1, ids.tie2].sort());
      expect(second.pageInfo.hasNextPage).toBe(false);
    });
  });

  describe('the raw payload', () => {
    it('shows the body as UTF-8 text with the headers, cut at 64 KiB with a flag', async () => {
      const big = `{"text":"${'é'.repeat(40_000)}"}`;
      const id = await insertInboundEvent(t.db, { connectorId: tickets, status: 'FAILED', raw: big, headers: { 'webhook-id': 'msg_1' } });
      const node = (await events({ connectorId: tickets, status: 'FAILED', first: 100 })).edges.find((e) => e.node.id === id)!.node;
      expect(node.rawTruncated).toBe(true);
      expect(node.rawSize).toBe(Buffer.byteLength(big));
      expect(Buffer.byteLength(node.rawPayload!)).toBeLessThanOrEqual(64 * 1024 + 3);
      expect(node.rawPayload!.startsWith('{"text":"éé')).toBe(true);
      expect(node.headers).toEqual({ 'webhook-id': 'msg_1' });
      expect(node.payloadHidden).toBe(false);
    });

    it('shows a small body whole, and bytes that are not UTF-8 as replacement characters', async () => {
      const id = await insertInboundEvent(t.db, { connectorId: tickets, status: 'FAILED', raw: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]) });
      const node = (await events({ connectorId: tickets, first: 100 })).edges.find((e) => e.node.id === id)!.node;
      expect(node).toMatchObject({ rawPayload: '{\uFFFD\uFFFD}', rawTruncated: false, rawSize: 4 });
    });
  });

  describe('what an administrator reads of events that landed in spaces (ADR 0008)', () => {
    it.each([
      { visibility: 'PUBLIC', member: false, readable: true, listed: true },
      { visibility: 'PRIVATE', member: false, readable: false, listed: true },
      { visibility: 'SECRET', member: false, readable: false, listed: false },
      { visibility: 'SECRET', member: true, readable: true, listed: true },
    ] as const)(
      '$visibility space, admin member: $member → content readable: $readable',
      async ({ visibility, member, readable, listed }) => {
        const author = await t.f.user();
        const space = await t.f.space({ visibility, members: [{ user: author }, ...(member ? [{ user: admin }] : [])] });
        const post = await t.f.post({ author, space, body: `Deal won in a ${visibility} space` });
        const comment = await t.f.comment({ author, postId: post.id, body: 'Signed today' });
        const id = await insertInboundEvent(t.db, {
          connectorId: crm,
          status: 'PROCESSED',
          raw: '{"subject":"crm:OPP-9","data":{"title":"Deal won"}}',
          routingKey: 'crm:OPP-9',
          spaceId: space.id,
          postId: post.id,
          commentId: comment.id,
        });
        // A fresh token: memberships are loaded per request.
        const node = (await events({ connectorId: crm, status: 'PROCESSED', first: 100 })).edges.find((e) => e.node.id === id)!.node;
        // What IT needs to run the pipe stays visible whatever the space.
        expect(node).toMatchObject({ status: 'PROCESSED', routingKey: 'crm:OPP-9', rawSize: 51, externalId: expect.any(String) });
        expect(node.post).toEqual(readable ? { id: post.id, body: post.body } : null);
        expect(node.comment).toEqual(readable ? { id: comment.id, body: 'Signed today' } : null);
        expect(node.payloadHidden).toBe(!readable);
        expect(node.rawPayload).toBe(readable ? '{"subject":"crm:OPP-9","data":{"title":"Deal won"}}' : null);
        expect(node.headers).toEqual(readable ? { 'content-type': 'application/json' } : null);
        expect(node.space).toEqual(listed ? { id: space.id, name: expect.any(String) } : null);
      },
    );
  });

  describe('replay', () => {
    it('puts a FAILED event back through processing, which then threads it', async () => {
      const space = await t.f.space({ kind: 'PROJECT' });
      const routed = ok(
        await t.gql<{ createConnector: { id: string } }>(
          CREATE,
          { input: { kind: 'GENERIC', name: 'Replayable', routes: [{ key: 'crm:OPP-77', spaceId: space.id }] } },
          admin.token,
        ),
      ).createConnector.id;
      const id = await insertInboundEvent(t.db, {
        connectorId: routed,
        status: 'FAILED',
        error: 'database was down',
        raw: cloudEvent('crm:OPP-77'),
      });
      const { replayInboundEvent } = ok(await t.gql<{ replayInboundEvent: EventView }>(REPLAY, { id }, admin.token));
      expect(replayInboundEvent.id).toBe(id);
      expect(['RECEIVED', 'PROCESSED']).toContain(replayInboundEvent.status);
      expect(replayInboundEvent.error).toBeNull();
      const done = await waitForInbound(t, id);
      expect(done).toMatchObject({ status: 'PROCESSED', spaceId: space.id });
      const node = (await events({ connectorId: routed })).edges[0]!.node;
      expect(node).toMatchObject({ id, status: 'PROCESSED', post: { id: done.postId } });
    });

    it('replays an IGNORED event, which is ignored again with its reason', async () => {
      const id = await insertInboundEvent(t.db, {
        connectorId: crm,
        status: 'IGNORED',
        reason: 'old reason',
        raw: cloudEvent('crm:X', undefined, 'com.example.unknown'),
      });
      ok(await t.gql(REPLAY, { id }, admin.token));
      const done = await waitForInbound(t, id);
      expect(done.status).toBe('IGNORED');
      expect(done.reason).toContain('com.example.unknown');
    });

    it('refuses a PROCESSED event with EVENT_NOT_REPLAYABLE', async () => {
      const id = await insertInboundEvent(t.db, { connectorId: crm, status: 'PROCESSED' });
      expectError(await t.gql(REPLAY, { id }, admin.token), 'BAD_USER_INPUT', 'EVENT_NOT_REPLAYABLE');
    });
  });
});
