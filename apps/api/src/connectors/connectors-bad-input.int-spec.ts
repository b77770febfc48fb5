import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import type { TestUser } from '../../test/factories/factories.js';
import { expectError, ok } from '../../test/gql-client.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { ADD_ROUTE, CREATE, EVENTS, insertInboundEvent, ONE, REMOVE_ROUTE, REPLAY, ROTATE } from './connectors.test-kit.js';

/*
 * Every connector operation answers bad input with its category and a reason, never a 500, and
 * writes nothing. Values outside an enum are refused by GraphQL itself (reason BAD_USER_INPUT).
 */

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const FORGED_CURSOR = Buffer.from(JSON.stringify(['inboundEvents', 'yesterday', UNKNOWN_ID])).toString('base64url');
const FOREIGN_CURSOR = Buffer.from(JSON.stringify(['notifications', '2025-01-01 00:00:00+00', UNKNOWN_ID])).toString('base64url');
const IMAP = { host: 'imap.example.test', user: 'support', password: 'pw' };

type Case = [label: string, query: string, variables: (ids: Ids) => Record<string, unknown>, code: string, reason: string, field?: string];
interface Ids {
  connectorId: string;
  spaceId: string;
  processedId: string;
  receivedId: string;
}

const create = (input: Record<string, unknown>) => () => ({ input: { kind: 'GENERIC', name: 'Connector', ...input } });

const CASES: readonly Case[] = [
  ['an unknown kind', CREATE, create({ kind: 'TELEX' }), 'BAD_USER_INPUT', 'BAD_USER_INPUT'],
  ['an empty name', CREATE, create({ name: '   ' }), 'BAD_USER_INPUT', 'NAME_REQUIRED', 'name'],
  ['a 121-character name', CREATE, create({ name: 'n'.repeat(121) }), 'BAD_USER_INPUT', 'NAME_TOO_LONG', 'name'],
  ['IMAP without settings', CREATE, create({ kind: 'IMAP' }), 'BAD_USER_INPUT', 'INVALID_CONNECTOR_SETTINGS'],
  [
    'IMAP without a host',
    CREATE,
    create({ kind: 'IMAP', settings: { user: 'u', password: 'p' } }),
    'BAD_USER_INPUT',
    'INVALID_CONNECTOR_SETTINGS',
    'settings.host',
  ],
  [
    'IMAP with port 70000',
    CREATE,
    create({ kind: 'IMAP', settings: { ...IMAP, port: 70_000 } }),
    'BAD_USER_INPUT',
    'INVALID_CONNECTOR_SETTINGS',
    'settings.port',
  ],
  [
    'IMAP with an unknown setting',
    CREATE,
    create({ kind: 'IMAP', settings: { ...IMAP, tls: 'maybe' } }),
    'BAD_USER_INPUT',
    'INVALID_CONNECTOR_SETTINGS',
  ],
  ['settings that are an array', CREATE, create({ settings: [1, 2] }), 'BAD_USER_INPUT', 'INVALID_CONNECTOR_SETTINGS', 'settings'],
  [
    'settings with a nested object',
    CREATE,
    create({ settings: { a: { b: 1 } } }),
    'BAD_USER_INPUT',
    'INVALID_CONNECTOR_SETTINGS',
    'settings.a',
  ],
  [
    'settings over 8 KiB',
    CREATE,
    create({ settings: { big: 'x'.repeat(900), ...Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`k${i}`, 'y'.repeat(900)])) } }),
    'BAD_USER_INPUT',
    'INVALID_CONNECTOR_SETTINGS',
    'settings',
  ],
  [
    'a route to a malformed space id',
    CREATE,
    create({ routes: [{ key: 'k', spaceId: 'nope' }] }),
    'NOT_FOUND',
    'ROUTE_SPACE_NOT_FOUND',
    'routes.0.spaceId',
  ],
  [
    'a route to an unknown space',
    CREATE,
    create({ routes: [{ key: 'k', spaceId: UNKNOWN_ID }] }),
    'NOT_FOUND',
    'ROUTE_SPACE_NOT_FOUND',
    'routes.0.spaceId',
  ],
  [
    'an empty route key',
    CREATE,
    (ids) => create({ routes: [{ key: ' ', spaceId: ids.spaceId }] })(),
    'BAD_USER_INPUT',
    'INVALID_ROUTE_KEY',
    'routes.0.key',
  ],
  [
    'a 301-character route key',
    CREATE,
    (ids) => create({ routes: [{ key: 'k'.repeat(301), spaceId: ids.spaceId }] })(),
    'BAD_USER_INPUT',
    'INVALID_ROUTE_KEY',
    'routes.0.key',
  ],
  [
    'the same route key twice',
    CREATE,
    (ids) =>
      create({
        routes: [
          { key: 'a', spaceId: ids.spaceId },
          { key: ' a', spaceId: ids.spaceId },
        ],
      })(),
    'BAD_USER_INPUT',
    'DUPLICATE_ROUTE_KEY',
    'routes.1.key',
  ],
  [
    '51 routes',
    CREATE,
    (ids) => create({ routes: Array.from({ length: 51 }, (_, i) => ({ key: `k${i}`, spaceId: ids.spaceId })) })(),
    'BAD_USER_INPUT',
    'TOO_MANY_ROUTES',
    'routes',
  ],
  ['connector with an unknown id', ONE, () => ({ id: UNKNOWN_ID }), 'NOT_FOUND', 'CONNECTOR_NOT_FOUND'],
  ['rotating an unknown connector', ROTATE, () => ({ id: UNKNOWN_ID }), 'NOT_FOUND', 'CONNECTOR_NOT_FOUND'],
  ['rotating a malformed id', ROTATE, () => ({ id: "x' OR 1=1 --" }), 'NOT_FOUND', 'CONNECTOR_NOT_FOUND'],
  [
    'a route on an unknown connector',
    ADD_ROUTE,
    (ids) => ({ connectorId: UNKNOWN_ID, key: 'k', spaceId: ids.spaceId }),
    'NOT_FOUND',
    'CONNECTOR_NOT_FOUND',
    'connectorId',
  ],
  [
    'a route to an unknown space',
    ADD_ROUTE,
    (ids) => ({ connectorId: ids.connectorId, key: 'k', spaceId: UNKNOWN_ID }),
    'NOT_FOUND',
    'ROUTE_SPACE_NOT_FOUND',
    'spaceId',
  ],
  [
    'a route with a 301-character key',
    ADD_ROUTE,
    (ids) => ({ connectorId: ids.connectorId, key: 'k'.repeat(301), spaceId: ids.spaceId }),
    'BAD_USER_INPUT',
    'INVALID_ROUTE_KEY',
    'key',
  ],
  [
    'removing a route that does not exist',
    REMOVE_ROUTE,
    (ids) => ({ connectorId: ids.connectorId, key: 'nope' }),
    'NOT_FOUND',
    'ROUTE_NOT_FOUND',
    'key',
  ],
  ['inboundEvents of an unknown connector', EVENTS, () => ({ connectorId: UNKNOWN_ID }), 'NOT_FOUND', 'CONNECTOR_NOT_FOUND', 'connectorId'],
  ['inboundEvents with an unknown status', EVENTS, () => ({ status: 'LOST' }), 'BAD_USER_INPUT', 'BAD_USER_INPUT'],
  ['inboundEvents with first = 0', EVENTS, () => ({ first: 0 }), 'BAD_USER_INPUT', 'PAGE_SIZE_OUT_OF_RANGE', 'first'],
  ['inboundEvents with first = 101', EVENTS, () => ({ first: 101 }), 'BAD_USER_INPUT', 'PAGE_SIZE_OUT_OF_RANGE', 'first'],
  ['inboundEvents after a garbage cursor', EVENTS, () => ({ after: 'garbage' }), 'BAD_USER_INPUT', 'INVALID_CURSOR', 'after'],
  ['inboundEvents after a forged cursor', EVENTS, () => ({ after: FORGED_CURSOR }), 'BAD_USER_INPUT', 'INVALID_CURSOR', 'after'],
  ['inboundEvents after another list’s cursor', EVENTS, () => ({ after: FOREIGN_CURSOR }), 'BAD_USER_INPUT', 'INVALID_CURSOR', 'after'],
  ['replaying an unknown event', REPLAY, () => ({ id: UNKNOWN_ID }), 'NOT_FOUND', 'INBOUND_EVENT_NOT_FOUND', 'id'],
  ['replaying a PROCESSED event', REPLAY, (ids) => ({ id: ids.processedId }), 'BAD_USER_INPUT', 'EVENT_NOT_REPLAYABLE', 'id'],
  ['replaying an event still RECEIVED', REPLAY, (ids) => ({ id: ids.receivedId }), 'BAD_USER_INPUT', 'EVENT_NOT_REPLAYABLE', 'id'],
];

describe('bad input to the connector operations', () => {
  let t: TestApp;
  let admin: TestUser;
  let ids: Ids;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.f.user({ role: 'ADMIN' });
    const space = await t.f.space({ kind: 'PROJECT' });
    const { createConnector } = ok(
      await t.gql<{ createConnector: { id: string } }>(CREATE, { input: { kind: 'GENERIC', name: 'Base' } }, admin.token),
    );
    ids = {
      connectorId: createConnector.id,
      spaceId: space.id,
      processedId: await insertInboundEvent(t.db, { connectorId: createConnector.id, status: 'PROCESSED' }),
      receivedId: await insertInboundEvent(t.db, { connectorId: createConnector.id, status: 'RECEIVED' }),
    };
  });
  afterAll(() => t.close());

  // Objects, not rows: jest would take a missing trailing column for the `done` callback.
  const cases = CASES.map(([label, query, variables, code, reason, field]) => ({
    label,
    query,
    variables,
    code,
    reason,
    field: field ?? null,
  }));

  it.each(cases)('refuses $label', async ({ query, variables, code, reason, field }) => {
    const before = (await t.db.query(`SELECT (SELECT count(*) FROM connector) + (SELECT count(*) FROM connector_route) AS n`)) as {
      n: string;
    }[];
    const error = expectError(await t.gql(query, variables(ids), admin.token), code, reason);
    if (field) expect(error.extensions?.field).toBe(field);
    const after = (await t.db.query(`SELECT (SELECT count(*) FROM connector) + (SELECT count(*) FROM connector_route) AS n`)) as {
      n: string;
    }[];
    expect(after).toEqual(before);
  });

  it('says why a PROCESSED event cannot be replayed', async () => {
    const error = expectError(await t.gql(REPLAY, { id: ids.processedId }, admin.token), 'BAD_USER_INPUT', 'EVENT_NOT_REPLAYABLE');
    expect(error.message).toContain('PROCESSED');
    expect((error.extensions as Record<string, unknown>).status).toBe('PROCESSED');
  });
});
