import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import type { TestUser } from '../../test/factories/factories.js';
import { expectError, ok } from '../../test/gql-client.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { ADD_ROUTE, CREATE, EVENTS, insertInboundEvent, LIST, ONE, REMOVE_ROUTE, REPLAY, ROTATE } from './connectors.test-kit.js';

/* Connectors and the inbox are IT's: every other role is refused, and nothing changes. */

describe('access to connectors and the inbox', () => {
  let t: TestApp;
  let admin: TestUser;
  let operations: [label: string, query: string, variables: Record<string, unknown>][];
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.f.user({ role: 'ADMIN' });
    const space = await t.f.space({ kind: 'PROJECT' });
    const { createConnector } = ok(
      await t.gql<{ createConnector: { id: string } }>(
        CREATE,
        { input: { kind: 'GENERIC', name: 'Guarded', routes: [{ key: 'crm:A', spaceId: space.id }] } },
        admin.token,
      ),
    );
    const failed = await insertInboundEvent(t.db, { connectorId: createConnector.id, status: 'FAILED', error: 'boom' });
    const id = createConnector.id;
    operations = [
      ['connectors', LIST, {}],
      ['connector', ONE, { id }],
      ['createConnector', CREATE, { input: { kind: 'GENERIC', name: 'Sneaky' } }],
      ['rotateConnectorSecret', ROTATE, { id }],
      ['addConnectorRoute', ADD_ROUTE, { connectorId: id, key: 'crm:B', spaceId: space.id }],
      ['removeConnectorRoute', REMOVE_ROUTE, { connectorId: id, key: 'crm:A' }],
      ['inboundEvents', EVENTS, {}],
      ['inboundEvents of a connector', EVENTS, { connectorId: id }],
      ['replayInboundEvent', REPLAY, { id: failed }],
    ];
  });
  afterAll(() => t.close());

  const snapshot = () =>
    t.db.query(
      `SELECT (SELECT json_agg(c ORDER BY c.id) FROM connector c) AS connectors,
              (SELECT json_agg(r ORDER BY r.key) FROM connector_route r) AS routes,
              (SELECT json_agg(json_build_object('id', e.id, 'status', e.status)) FROM inbound_event e) AS events`,
    );

  it.each(['MEMBER', 'ANALYST'] as const)('refuses a %s every operation with FORBIDDEN, changing nothing', async (role) => {
    const user = await t.f.user({ role });
    const before = await snapshot();
    for (const [label, query, variables] of operations) {
      const res = await t.gql(query, variables, user.token);
      expect({ label, data: res.data ?? null }).toEqual({ label, data: null });
      expectError(res, 'FORBIDDEN', 'ADMIN_ONLY');
    }
    expect(await snapshot()).toEqual(before);
  });

  it('refuses an anonymous caller with UNAUTHENTICATED', async () => {
    for (const [, query, variables] of operations) expectError(await t.gql(query, variables), 'UNAUTHENTICATED', 'AUTH_REQUIRED');
  });

  it('refuses a deactivated administrator', async () => {
    const former = await t.f.user({ role: 'ADMIN', active: false });
    expectError(await t.gql(LIST, {}, former.token), 'UNAUTHENTICATED', 'ACCOUNT_INACTIVE');
  });
});
