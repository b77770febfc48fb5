import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { createTestConnector } from '../../test/factories/connectors.js';
import { inboxRow, inboxRows, postHook } from '../../test/hook-client.js';
import { cloudEvent, type HookKind, signedHeaders } from '../../test/hook-signing.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { type ConnectorRecord, ConnectorsRepository } from '../connectors/connectors.repository.js';

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../fixtures');
const fixture = (source: string, file: string) => readFileSync(join(FIXTURES, source, file));
const jsonFiles = (source: string) =>
  readdirSync(join(FIXTURES, source))
    .filter((file) => file.endsWith('.json') && file !== 'INDEX.json')
    .sort();
const GITHUB_INDEX = JSON.parse(fixture('github', 'INDEX.json').toString()) as { file: string; event: string }[];

let app: TestApp;
const connectors = {} as Record<HookKind, ConnectorRecord>;

beforeAll(async () => {
  app = await startTestApp();
  for (const kind of ['GENERIC', 'GITHUB', 'JIRA', 'FRESHDESK', 'FRONT', 'INTERCOM'] as const) {
    connectors[kind] = await createTestConnector(app, { kind });
  }
});
afterAll(() => app.close());

const send = (kind: HookKind, body: Buffer | string, options: Parameters<typeof signedHeaders>[3] = {}) =>
  postHook(app, connectors[kind].id, body, signedHeaders(kind, connectors[kind].secret, body, options));

describe('every fixture, signed as its source signs, lands in the inbox byte for byte', () => {
  it('covers every GitHub fixture in INDEX.json', () => {
    expect(GITHUB_INDEX.map((entry) => entry.file).sort()).toEqual(jsonFiles('github'));
  });

  it.each(GITHUB_INDEX.map((entry) => [entry.file, entry.event]))('GITHUB %s (X-GitHub-Event: %s)', async (file, event) => {
    const body = fixture('github', file);
    const answer = await send('GITHUB', body, { event, deliveryId: `delivery-${file}` });
    expect(answer.status).toBe(202);
    const row = await inboxRow(app, answer.json['id'] as string);
    expect(row).toMatchObject({ source: 'GITHUB', externalId: `delivery-${file}` });
    expect(row!.raw.equals(body)).toBe(true);
    // The processor reads the event type from the stored headers, names lower-cased.
    expect(row!.headers['x-github-event']).toBe(event);
  });

  it.each([
    ...jsonFiles('jira').map((file) => ['JIRA', 'jira', file] as const),
    ...jsonFiles('freshdesk').map((file) => ['FRESHDESK', 'freshdesk', file] as const),
    ...jsonFiles('front').map((file) => ['FRONT', 'front', file] as const),
    ...jsonFiles('intercom').map((file) => ['INTERCOM', 'intercom', file] as const),
  ])('%s %s/%s', async (kind, folder, file) => {
    const body = fixture(folder, file);
    const answer = await send(kind, body);
    expect(answer.status).toBe(202);
    const row = await inboxRow(app, answer.json['id'] as string);
    expect(row).toMatchObject({ source: kind });
    expect(row!.raw.equals(body)).toBe(true);
    if (kind === 'FRONT' || kind === 'INTERCOM') expect(row!.externalId).toBe((JSON.parse(body.toString()) as { id: string }).id);
    else expect(row!.externalId).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('keys a Jira delivery by X-Atlassian-Webhook-Identifier when Jira sends it', async () => {
    const answer = await send('JIRA', fixture('jira', 'issue_created.json'), { deliveryId: 'atl-7f3e' });
    expect(answer.status).toBe(202);
    expect(await inboxRow(app, answer.json['id'] as string)).toMatchObject({ externalId: 'atl-7f3e' });
  });

  it('accepts a Front rule webhook (legacy HMAC-SHA1 signature)', async () => {
    const body = JSON.stringify({ id: 'evt_rule_1', type: 'tag' });
    expect((await send('FRONT', body, { frontLegacy: true })).status).toBe(202);
  });

  it('answers a Front set-up challenge without storing anything', async () => {
    const body = JSON.stringify({ type: 'sync', authorization: { id: 'cmp_abc' } });
    const headers = { ...signedHeaders('FRONT', connectors.FRONT.secret, body), 'x-front-challenge': 'ch4ll3nge' };
    const before = (await inboxRows(app, connectors.FRONT.id)).length;
    const answer = await postHook(app, connectors.FRONT.id, body, headers);
    expect(answer).toMatchObject({ status: 200, json: { challenge: 'ch4ll3nge' } });
    expect(await inboxRows(app, connectors.FRONT.id)).toHaveLength(before);
  });

  it('stores a single CloudEvent whole, keyed by its source and id', async () => {
    const body = JSON.stringify(cloudEvent({ id: 'single-1' }));
    const answer = await send('GENERIC', body);
    expect(answer.status).toBe(202);
    const row = await inboxRow(app, answer.json['id'] as string);
    expect(row).toMatchObject({ source: 'GENERIC', externalId: 'ce:https://crm.example.com:single-1' });
    expect(row!.raw.toString()).toBe(body);
    expect(row!.headers['content-type']).toBe('application/cloudevents+json');
  });

  it('stores a CloudEvents batch as one row per event, each with its own bytes, and answers { ids }', async () => {
    const events = [cloudEvent({ id: 'b-1' }), cloudEvent({ id: 'b-2', type: 'chantier.thread.commented' }), cloudEvent({ id: 'b-3' })];
    const body = `[\n  ${events.map((event) => JSON.stringify(event)).join(',\n  ')}\n]`;
    const answer = await send('GENERIC', body, { contentType: 'application/cloudevents-batch+json' });
    expect(answer.status).toBe(202);
    const ids = answer.json['ids'] as string[];
    expect(ids).toHaveLength(3);
    for (const [index, id] of ids.entries()) {
      const row = await inboxRow(app, id);
      expect(row).toMatchObject({ externalId: `ce:https://crm.example.com:b-${index + 1}` });
      expect(row!.raw.toString()).toBe(JSON.stringify(events[index]));
      // Each row holds one structured event, whatever the delivery's content type was.
      expect(row!.headers['content-type']).toBe('application/cloudevents+json');
    }
  });

  it('stores an event repeated inside a batch once', async () => {
    const event = cloudEvent({ id: 'twice-in-batch' });
    const answer = await send('GENERIC', JSON.stringify([event, event]));
    const ids = answer.json['ids'] as string[];
    expect(ids[0]).toBe(ids[1]);
    expect((await inboxRows(app, connectors.GENERIC.id)).filter((row) => row.externalId.endsWith(':twice-in-batch'))).toHaveLength(1);
  });

  it('never stores the Authorization header (Freshdesk sends the secret in it)', async () => {
    const answer = await send('FRESHDESK', JSON.stringify({ freshdesk_webhook: { ticket_id: 'auth-check' } }));
    const row = await inboxRow(app, answer.json['id'] as string);
    expect(row!.headers).not.toHaveProperty('authorization');
    expect(JSON.stringify(row!.headers)).not.toContain(connectors.FRESHDESK.secret);
  });
});

describe('redelivery', () => {
  it.each([
    ['GITHUB', { deliveryId: 'redelivered-gh', event: 'issues' }],
    ['JIRA', { deliveryId: 'redelivered-jira' }],
    ['JIRA', {}],
    ['FRESHDESK', {}],
    ['FRONT', {}],
    ['INTERCOM', {}],
  ] as const)('%s %j: answers 200 with the first id and stores one row', async (kind, options) => {
    const body = JSON.stringify({ id: `redelivery-${kind}-${JSON.stringify(options)}`, n: 1 });
    const first = await send(kind, body, options);
    // A fresh signature each attempt (a later timestamp), as a sender retrying would make.
    const second = await send(kind, body, { ...options, now: new Date(Date.now() + 1000) });
    expect(first.status).toBe(202);
    expect(second).toMatchObject({ status: 200, json: { id: first.json['id'] } });
    const rows = await inboxRows(app, connectors[kind].id);
    expect(rows.filter((row) => row.id === first.json['id'])).toHaveLength(1);
    expect(rows.filter((row) => row.raw.toString() === body)).toHaveLength(1);
  });

  it('GENERIC: the same CloudEvent in a new message is the same event', async () => {
    const event = JSON.stringify(cloudEvent({ id: 'redelivered-ce' }));
    const first = await send('GENERIC', event);
    const again = await send('GENERIC', `[${event}]`, { contentType: 'application/cloudevents-batch+json' });
    expect(first.status).toBe(202);
    expect(again).toMatchObject({ status: 200, json: { ids: [first.json['id']] } });
    expect((await inboxRows(app, connectors.GENERIC.id)).filter((row) => row.externalId.endsWith(':redelivered-ce'))).toHaveLength(1);
  });
});

describe('secret rotation', () => {
  it('accepts the previous secret during its grace period and refuses it after', async () => {
    const connector = await createTestConnector(app, { kind: 'GITHUB' });
    const oldSecret = connector.secret;
    const newSecret = 'f'.repeat(64);
    await app.db.query(
      `UPDATE connector SET previous_secret = secret, secret = $2, previous_secret_expires_at = now() + interval '1 hour' WHERE id = $1`,
      [connector.id, newSecret],
    );
    const body = JSON.stringify({ zen: 'rotation' });
    const sendWith = (secret: string, deliveryId: string) =>
      postHook(app, connector.id, body, signedHeaders('GITHUB', secret, body, { deliveryId }));

    expect((await sendWith(oldSecret, 'old-in-grace')).status).toBe(202);
    expect((await sendWith(newSecret, 'new-in-grace')).status).toBe(202);
    await app.db.query(`UPDATE connector SET previous_secret_expires_at = now() - interval '1 second' WHERE id = $1`, [connector.id]);
    // Changed behind the API's back: drop its one-second cache of the connector (rotateSecret does so itself).
    app.server.app.get(ConnectorsRepository).forgetForDeliveries(connector.id);
    expect(await sendWith(oldSecret, 'old-after-grace')).toMatchObject({ status: 401, json: { code: 'SIGNATURE_INVALID' } });
    expect((await sendWith(newSecret, 'new-after-grace')).status).toBe(202);
    expect((await inboxRows(app, connector.id)).map((row) => row.externalId).sort()).toEqual([
      'new-after-grace',
      'new-in-grace',
      'old-in-grace',
    ]);
  });
});
