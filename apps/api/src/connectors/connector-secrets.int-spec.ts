import { readFileSync } from 'node:fs';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import type { TestUser } from '../../test/factories/factories.js';
import { expectError, ok } from '../../test/gql-client.js';
import { postHook } from '../../test/hook-client.js';
import { signedHeaders } from '../../test/hook-signing.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { CONNECTOR_FIELDS, CREATE } from './connectors.test-kit.js';

/*
 * Intercom, Front and others issue the signing secret themselves: IT pastes it in at creation or
 * rotation, and deliveries signed with it are accepted.
 */

const ROTATE_WITH = `mutation($id: ID!, $secret: String) { rotateConnectorSecret(id: $id, secret: $secret) { ${CONNECTOR_FIELDS} } }`;
const body = readFileSync(new URL('../../../../fixtures/intercom/conversation_user_created.json', import.meta.url));

describe('secrets issued by the sender', () => {
  let t: TestApp;
  let admin: TestUser;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.f.user({ role: 'ADMIN' });
  });
  afterAll(() => t.close());

  const create = async (input: Record<string, unknown>) =>
    ok(await t.gql<{ createConnector: { id: string; secret: string } }>(CREATE, { input }, admin.token)).createConnector;

  it('verifies deliveries with the secret IT gave at creation, then with the one given at rotation', async () => {
    const issued = 'intercom-client-secret-0123456789';
    const connector = await create({ kind: 'INTERCOM', name: 'Intercom', secret: issued });
    expect(connector.secret).toBe(issued);
    expect((await postHook(t, connector.id, body, signedHeaders('INTERCOM', issued, body))).status).toBe(202);

    const next = 'intercom-client-secret-rotated-9876';
    const rotated = ok(
      await t.gql<{ rotateConnectorSecret: { secret: string } }>(ROTATE_WITH, { id: connector.id, secret: next }, admin.token),
    );
    expect(rotated.rotateConnectorSecret.secret).toBe(next);
    const again = Buffer.from(JSON.stringify({ ...JSON.parse(body.toString()), id: 'notif_rotated' }));
    expect((await postHook(t, connector.id, again, signedHeaders('INTERCOM', next, again))).status).toBe(202);
  });

  it.each([
    ['a short opaque secret', { kind: 'FRONT', secret: 'too-short' }],
    ['a secret with spaces', { kind: 'JIRA', secret: 'a secret with spaces in it' }],
    ['a GENERIC secret without the whsec_ prefix', { kind: 'GENERIC', secret: 'c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0' }],
    ['a GENERIC key of 8 bytes', { kind: 'GENERIC', secret: 'whsec_MTIzNDU2Nzg=' }],
    [
      'a secret for an IMAP connector',
      { kind: 'IMAP', secret: 'imap-secret-0123456789', settings: { host: 'imap.example.test', user: 'u', password: 'p' } },
    ],
  ])('refuses %s with INVALID_CONNECTOR_SECRET and creates nothing', async (_, input) => {
    const before = await t.db.query(`SELECT count(*)::int AS n FROM connector`);
    expectError(await t.gql(CREATE, { input: { name: 'Refused', ...input } }, admin.token), 'BAD_USER_INPUT', 'INVALID_CONNECTOR_SECRET');
    expect(await t.db.query(`SELECT count(*)::int AS n FROM connector`)).toEqual(before);
  });

  it('refuses a malformed secret at rotation and keeps the current one', async () => {
    const connector = await create({ kind: 'GITHUB', name: 'GitHub' });
    expectError(await t.gql(ROTATE_WITH, { id: connector.id, secret: 'short' }, admin.token), 'BAD_USER_INPUT', 'INVALID_CONNECTOR_SECRET');
    const [row] = (await t.db.query(`SELECT secret, previous_secret FROM connector WHERE id = $1`, [connector.id])) as {
      secret: string;
      previous_secret: string | null;
    }[];
    expect(row).toEqual({ secret: connector.secret, previous_secret: null });
  });

  it('accepts a Standard Webhooks secret of the right shape for GENERIC', async () => {
    const secret = `whsec_${Buffer.alloc(32, 7).toString('base64')}`;
    expect((await create({ kind: 'GENERIC', name: 'CRM', secret })).secret).toBe(secret);
  });
});
