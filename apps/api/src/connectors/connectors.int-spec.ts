import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { waitForInbound } from '../../test/factories/connectors.js';
import type { TestSpace, TestUser } from '../../test/factories/factories.js';
import { expectError, ok } from '../../test/gql-client.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { ConnectorsRepository } from './connectors.repository.js';
import { ADD_ROUTE, cloudEvent, CREATE, insertInboundEvent, LIST, ONE, REMOVE_ROUTE, ROTATE } from './connectors.test-kit.js';

interface ConnectorView {
  id: string;
  kind: string;
  name: string;
  hookUrl: string | null;
  secret: string | null;
  previousSecretExpiresAt: string | null;
  settings: Record<string, unknown>;
  active: boolean;
  createdAt: string;
  routes: { key: string; space: { id: string; name: string; slug: string } | null }[];
}

describe('connectors for IT', () => {
  let t: TestApp;
  let admin: TestUser;
  let project: TestSpace;
  let group: TestSpace;

  const create = async (input: Record<string, unknown>, token = admin.token) =>
    ok(await t.gql<{ createConnector: ConnectorView }>(CREATE, { input }, token)).createConnector;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.f.user({ role: 'ADMIN' });
    project = await t.f.space({ kind: 'PROJECT', name: 'Deal OPP-1042' });
    group = await t.f.space({ kind: 'GROUP', visibility: 'PRIVATE', name: 'Support' });
  });
  afterAll(() => t.close());

  it('creates a GENERIC connector with its routes, hook URL and a Standard Webhooks secret shown in the answer', async () => {
    const connector = await create({ kind: 'GENERIC', name: '  CRM  ', routes: [{ key: 'crm:OPP-1042', spaceId: project.id }] });
    expect(connector).toMatchObject({ kind: 'GENERIC', name: 'CRM', active: true, settings: {} });
    expect(connector.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(connector.hookUrl).toBe(`${t.url}/hooks/${connector.id}`);
    expect(connector.routes).toEqual([{ key: 'crm:OPP-1042', space: { id: project.id, name: 'Deal OPP-1042', slug: project.slug } }]);
    expect(new Date(connector.createdAt).getTime()).not.toBeNaN();
    // The secret is stored: webhooks are verified against it.
    const stored = await t.server.app.get(ConnectorsRepository).findById(connector.id);
    expect(stored?.secret).toBe(connector.secret);
  });

  it('gives the third-party kinds a hex secret', async () => {
    const connector = await create({ kind: 'GITHUB', name: 'GitHub' });
    expect(connector.secret).toMatch(/^[0-9a-f]{64}$/);
  });

  it('never shows a secret in connectors or connector', async () => {
    const created = await create({ kind: 'JIRA', name: 'Jira' });
    const { connectors } = ok(await t.gql<{ connectors: ConnectorView[] }>(LIST, {}, admin.token));
    expect(connectors.length).toBeGreaterThanOrEqual(3);
    expect(connectors.map((c) => c.secret)).toEqual(connectors.map(() => null));
    expect(JSON.stringify(connectors)).not.toContain(created.secret!);
    const { connector } = ok(await t.gql<{ connector: ConnectorView }>(ONE, { id: created.id }, admin.token));
    expect(connector).toMatchObject({ id: created.id, secret: null, hookUrl: created.hookUrl });
  });

  it('creates an IMAP connector with no hook URL, defaults filled in and the password masked', async () => {
    const connector = await create({
      kind: 'IMAP',
      name: 'Support mailbox',
      settings: { host: 'imap.example.test', user: 'support', password: 'hunter2-secret' },
    });
    expect(connector.hookUrl).toBeNull();
    expect(connector.settings).toEqual({
      host: 'imap.example.test',
      port: 993,
      secure: true,
      user: 'support',
      password: '********',
      mailbox: 'INBOX',
    });
    const { connectors } = ok(await t.gql<{ connectors: ConnectorView[] }>(LIST, {}, admin.token));
    expect(JSON.stringify(connectors)).not.toContain('hunter2-secret');
    // Stored in clear for the watcher, which must log in with it.
    expect((await t.server.app.get(ConnectorsRepository).findById(connector.id))?.settings).toMatchObject({ password: 'hunter2-secret' });
  });

  it('rotates the secret: the new one is shown once, and the old one keeps verifying for 24 hours', async () => {
    const created = await create({ kind: 'GENERIC', name: 'Rotating' });
    const before = Date.now();
    const { rotateConnectorSecret: rotated } = ok(
      await t.gql<{ rotateConnectorSecret: ConnectorView }>(ROTATE, { id: created.id }, admin.token),
    );
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(created.secret);
    const graceEnd = new Date(rotated.previousSecretExpiresAt!).getTime();
    expect(graceEnd).toBeGreaterThanOrEqual(before + 24 * 3_600_000 - 1_000);
    expect(graceEnd).toBeLessThanOrEqual(Date.now() + 24 * 3_600_000 + 1_000);
    const repository = t.server.app.get(ConnectorsRepository);
    const stored = (await repository.findById(created.id))!;
    expect(repository.verificationSecrets(stored, new Date())).toEqual([rotated.secret, created.secret]);
    expect(repository.verificationSecrets(stored, new Date(graceEnd + 1))).toEqual([rotated.secret]);
    const { connector } = ok(await t.gql<{ connector: ConnectorView }>(ONE, { id: created.id }, admin.token));
    expect(connector.secret).toBeNull();
  });

  it('adds, re-points and removes routes', async () => {
    const created = await create({ kind: 'GENERIC', name: 'Routes' });
    const added = ok(
      await t.gql<{ addConnectorRoute: ConnectorView }>(
        ADD_ROUTE,
        { connectorId: created.id, key: ' jira:CHAN ', spaceId: group.id },
        admin.token,
      ),
    ).addConnectorRoute;
    expect(added.routes).toEqual([{ key: 'jira:CHAN', space: { id: group.id, name: 'Support', slug: group.slug } }]);
    expect(added.secret).toBeNull();
    const moved = ok(
      await t.gql<{ addConnectorRoute: ConnectorView }>(
        ADD_ROUTE,
        { connectorId: created.id, key: 'jira:CHAN', spaceId: project.id },
        admin.token,
      ),
    ).addConnectorRoute;
    expect(moved.routes.map((r) => r.space?.id)).toEqual([project.id]);
    const removed = ok(
      await t.gql<{ removeConnectorRoute: ConnectorView }>(REMOVE_ROUTE, { connectorId: created.id, key: 'jira:CHAN' }, admin.token),
    );
    expect(removed.removeConnectorRoute.routes).toEqual([]);
    expectError(await t.gql(REMOVE_ROUTE, { connectorId: created.id, key: 'jira:CHAN' }, admin.token), 'NOT_FOUND', 'ROUTE_NOT_FOUND');
  });

  it("replays the connector's UNROUTED events waiting for the new key, and only those", async () => {
    const connector = await create({ kind: 'GENERIC', name: 'Replays' });
    const other = await create({ kind: 'GENERIC', name: 'Other' });
    const waiting = await insertInboundEvent(t.db, {
      connectorId: connector.id,
      status: 'UNROUTED',
      routingKey: 'crm:OPP-7',
      raw: cloudEvent('crm:OPP-7'),
    });
    const otherKey = await insertInboundEvent(t.db, {
      connectorId: connector.id,
      status: 'UNROUTED',
      routingKey: 'crm:OPP-8',
      raw: cloudEvent('crm:OPP-8'),
    });
    const otherConnector = await insertInboundEvent(t.db, {
      connectorId: other.id,
      status: 'UNROUTED',
      routingKey: 'crm:OPP-7',
      raw: cloudEvent('crm:OPP-7'),
    });
    ok(await t.gql(ADD_ROUTE, { connectorId: connector.id, key: 'crm:OPP-7', spaceId: project.id }, admin.token));
    const replayed = await waitForInbound(t, waiting, ['PROCESSED', 'FAILED', 'IGNORED']);
    expect(replayed.error).toBeNull();
    expect(replayed).toMatchObject({ status: 'PROCESSED', spaceId: project.id });
    expect(replayed.postId).not.toBeNull();
    const statuses = (await t.db.query(`SELECT id, status FROM inbound_event WHERE id = ANY($1::uuid[]) ORDER BY id`, [
      [otherKey, otherConnector],
    ])) as {
      status: string;
    }[];
    expect(statuses.map((s) => s.status)).toEqual(['UNROUTED', 'UNROUTED']);
  });

  it('routes to a SECRET space only for an administrator who is a member; another administrator sees the route without the space', async () => {
    const insider = await t.f.user({ role: 'ADMIN' });
    const secret = await t.f.space({ visibility: 'SECRET', kind: 'PROJECT', members: [{ user: insider }] });
    const created = await create({ kind: 'GENERIC', name: 'Secret routes' });
    expectError(
      await t.gql(ADD_ROUTE, { connectorId: created.id, key: 'crm:SECRET', spaceId: secret.id }, admin.token),
      'NOT_FOUND',
      'ROUTE_SPACE_NOT_FOUND',
    );
    ok(await t.gql(ADD_ROUTE, { connectorId: created.id, key: 'crm:SECRET', spaceId: secret.id }, insider.token));
    const { connector } = ok(await t.gql<{ connector: ConnectorView }>(ONE, { id: created.id }, admin.token));
    expect(connector.routes).toEqual([{ key: 'crm:SECRET', space: null }]);
  });

  it('records who configured what in the activity log', async () => {
    const created = await create({ kind: 'FRONT', name: 'Audited' });
    ok(await t.gql(ROTATE, { id: created.id }, admin.token));
    const rows = (await t.db.query(
      `SELECT actor_id AS "actorId", meta->>'action' AS action FROM activity WHERE verb = 'configure_connector' AND meta->>'connectorId' = $1 ORDER BY occurred_at, id`,
      [created.id],
    )) as { actorId: string; action: string }[];
    expect(rows).toEqual([
      { actorId: admin.id, action: 'create' },
      { actorId: admin.id, action: 'rotate_secret' },
    ]);
  });
});
