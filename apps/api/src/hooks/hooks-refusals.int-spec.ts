import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';

import { createTestConnector } from '../../test/factories/connectors.js';
import { type HookResponse, inboxRows, postHook } from '../../test/hook-client.js';
import { cloudEvent, type HookKind, SIGNATURE_HEADER, signedHeaders } from '../../test/hook-signing.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import type { ConnectorRecord } from '../connectors/connectors.repository.js';
import { HOOK_BODY_LIMIT } from './hook-body.js';

const KINDS = ['GENERIC', 'GITHUB', 'JIRA', 'FRESHDESK', 'FRONT', 'INTERCOM'] as const;

let app: TestApp;
const connectors = {} as Record<HookKind, ConnectorRecord>;
const others = {} as Record<HookKind, ConnectorRecord>;
const answers: HookResponse[] = [];

beforeAll(async () => {
  app = await startTestApp();
  for (const kind of KINDS) {
    connectors[kind] = await createTestConnector(app, { kind });
    others[kind] = await createTestConnector(app, { kind });
  }
});
afterAll(() => app.close());

/** Every answer is kept: the last test checks none of them reveals a secret. */
const post = async (connectorId: string, body: Buffer | string, headers: Record<string, string>) => {
  const answer = await postHook(app, connectorId, body, headers);
  answers.push(answer);
  return answer;
};

const validBody = (kind: HookKind) => JSON.stringify(kind === 'GENERIC' ? cloudEvent() : { id: `evt_${randomUUID()}`, type: 'comment' });
const sign = (kind: HookKind, body: Buffer | string, options: Parameters<typeof signedHeaders>[3] = {}) =>
  signedHeaders(kind, connectors[kind].secret, body, options);

type Case = [string, number, string, (kind: HookKind) => Promise<HookResponse>];

const cases: Case[] = [
  [
    'no signature',
    401,
    'SIGNATURE_MISSING',
    (kind) => {
      const body = validBody(kind);
      const headers = sign(kind, body);
      delete headers[SIGNATURE_HEADER[kind]];
      return post(connectors[kind].id, body, headers);
    },
  ],
  [
    'a signature of other bytes',
    401,
    'SIGNATURE_INVALID',
    (kind) => {
      const body = validBody(kind);
      const headers = kind === 'FRESHDESK' ? { ...sign(kind, body), authorization: 'Basic ZnJlc2hkZXNrOm5vcGU=' } : sign(kind, `${body} `);
      return post(connectors[kind].id, body, headers);
    },
  ],
  [
    "another connector's secret",
    401,
    'SIGNATURE_INVALID',
    (kind) => {
      const body = validBody(kind);
      return post(connectors[kind].id, body, signedHeaders(kind, others[kind].secret, body));
    },
  ],
  ['a signed body that is not JSON', 400, 'BODY_NOT_JSON', (kind) => post(connectors[kind].id, 'not json {', sign(kind, 'not json {'))],
  ['a signed empty body', 400, 'BODY_NOT_JSON', (kind) => post(connectors[kind].id, '', sign(kind, ''))],
  [
    'a body of 1 MiB + 1 byte',
    413,
    'BODY_TOO_LARGE',
    (kind) => {
      const body = Buffer.alloc(HOOK_BODY_LIMIT + 1, 0x20);
      return post(connectors[kind].id, body, sign(kind, body));
    },
  ],
];

describe.each(KINDS)('%s refuses, storing nothing', (kind) => {
  it.each(cases)('%s → %i %s', async (_, status, code, run) => {
    const answer = await run(kind);
    expect(answer).toMatchObject({ status, json: { code } });
    expect(typeof answer.json['message']).toBe('string');
  });

  afterAll(async () => {
    expect(await inboxRows(app, connectors[kind].id)).toHaveLength(0);
  });
});

describe('refusals that do not depend on the source', () => {
  it.each([
    ['GENERIC', -6 * 60_000, 'stale'],
    ['GENERIC', 6 * 60_000, 'future'],
    ['FRONT', -6 * 60_000, 'stale'],
    ['FRONT', 6 * 60_000, 'future'],
  ] as const)('%s: a %i ms (%s) timestamp → 401 TIMESTAMP_OUT_OF_TOLERANCE', async (kind, offset, _) => {
    const body = validBody(kind);
    const answer = await post(connectors[kind].id, body, sign(kind, body, { now: new Date(Date.now() + offset) }));
    expect(answer).toMatchObject({ status: 401, json: { code: 'TIMESTAMP_OUT_OF_TOLERANCE' } });
  });

  it.each([
    ['an unknown connector', () => randomUUID()],
    ['a malformed id', () => 'not-a-uuid'],
    ['a SQL-looking id', () => "1' OR '1'='1"],
  ])('%s → 404 CONNECTOR_NOT_FOUND', async (_, id) => {
    const body = validBody('GITHUB');
    const answer = await post(encodeURIComponent(id()), body, sign('GITHUB', body));
    expect(answer).toMatchObject({ status: 404, json: { code: 'CONNECTOR_NOT_FOUND' } });
  });

  it('an inactive connector → 404, even correctly signed', async () => {
    const connector = await createTestConnector(app, { kind: 'GITHUB' });
    await app.db.query(`UPDATE connector SET active = false WHERE id = $1`, [connector.id]);
    const body = validBody('GITHUB');
    const answer = await post(connector.id, body, signedHeaders('GITHUB', connector.secret, body));
    expect(answer).toMatchObject({ status: 404, json: { code: 'CONNECTOR_NOT_FOUND' } });
  });

  it('an IMAP connector → 404 (it reads a mailbox, it takes no webhooks)', async () => {
    const connector = await createTestConnector(app, { kind: 'IMAP' });
    const body = validBody('GITHUB');
    const answer = await post(connector.id, body, signedHeaders('GITHUB', connector.secret, body));
    expect(answer).toMatchObject({ status: 404, json: { code: 'CONNECTOR_NOT_FOUND' } });
  });

  it('a body of exactly 1 MiB is accepted', async () => {
    const prefix = '{"id":"evt_big","pad":"';
    const body = Buffer.alloc(HOOK_BODY_LIMIT, 'x');
    body.write(prefix, 0);
    body.write('"}', HOOK_BODY_LIMIT - 2);
    const answer = await post(others.INTERCOM.id, body, signedHeaders('INTERCOM', others.INTERCOM.secret, body));
    expect(answer.status).toBe(202);
  });

  it('a gzip-encoded body is verified and stored decoded (senders sign the JSON, not the compression)', async () => {
    const body = validBody('INTERCOM');
    const headers = { ...signedHeaders('INTERCOM', others.INTERCOM.secret, body), 'content-encoding': 'gzip' };
    const answer = await post(others.INTERCOM.id, gzipSync(body), headers);
    expect(answer.status).toBe(202);
    const [row] = (await app.db.query(`SELECT raw FROM inbound_event WHERE id = $1`, [answer.json['id']])) as { raw: Buffer }[];
    expect(row!.raw.toString()).toBe(body);
  });

  it('a gzip body that decodes to more than 1 MiB → 413 (the limit is on what is stored, not on the wire)', async () => {
    const body = Buffer.alloc(4 * HOOK_BODY_LIMIT, 0x20);
    const headers = { ...signedHeaders('INTERCOM', others.INTERCOM.secret, body), 'content-encoding': 'gzip' };
    const wire = gzipSync(body);
    expect(wire.length).toBeLessThan(HOOK_BODY_LIMIT / 100);
    expect(await post(others.INTERCOM.id, wire, headers)).toMatchObject({ status: 413, json: { code: 'BODY_TOO_LARGE' } });
  });

  it('a chunked body (no Content-Length) over 1 MiB → 413, and the connection serves the next delivery', async () => {
    const body = Buffer.alloc(HOOK_BODY_LIMIT + 1, 0x20);
    const chunks = async function* () {
      for (let at = 0; at < body.length; at += 64 * 1024) yield body.subarray(at, at + 64 * 1024);
    };
    const response = await fetch(`${app.url}/hooks/${others.INTERCOM.id}`, {
      method: 'POST',
      headers: signedHeaders('INTERCOM', others.INTERCOM.secret, body),
      body: ReadableStream.from(chunks()),
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: 'BODY_TOO_LARGE' });
    const next = validBody('INTERCOM');
    expect((await post(others.INTERCOM.id, next, signedHeaders('INTERCOM', others.INTERCOM.secret, next))).status).toBe(202);
  });

  it('a trailing slash and a query string reach the same connector', async () => {
    for (const suffix of ['/', '?attempt=2']) {
      const body = validBody('INTERCOM');
      const answer = await post(`${others.INTERCOM.id}${suffix}`, body, signedHeaders('INTERCOM', others.INTERCOM.secret, body));
      expect(answer.status).toBe(202);
    }
  });

  it('an unknown Content-Encoding → 415 CONTENT_ENCODING_UNSUPPORTED', async () => {
    const body = validBody('INTERCOM');
    const headers = { ...sign('INTERCOM', body), 'content-encoding': 'compress' };
    expect(await post(connectors.INTERCOM.id, body, headers)).toMatchObject({
      status: 415,
      json: { code: 'CONTENT_ENCODING_UNSUPPORTED' },
    });
  });

  it.each([
    ['a JSON array', 'INTERCOM', '[{"id":"x"}]', 'BODY_NOT_OBJECT'],
    ['a JSON string', 'JIRA', '"hello"', 'BODY_NOT_OBJECT'],
    ['a CloudEvent without source', 'GENERIC', JSON.stringify(cloudEvent({ source: undefined })), 'CLOUDEVENT_INVALID'],
    ['a CloudEvent of specversion 0.3', 'GENERIC', JSON.stringify(cloudEvent({ specversion: '0.3' })), 'CLOUDEVENT_INVALID'],
  ] as const)('a signed body that is %s (%s) → 400 %s', async (_, kind, body, code) => {
    expect(await post(connectors[kind].id, body, sign(kind, body))).toMatchObject({ status: 400, json: { code } });
  });

  it('a batch with one invalid CloudEvent → 400 naming the field, and none of the batch is stored', async () => {
    const events = [cloudEvent({ id: 'batch-ok' }), cloudEvent({ id: 'batch-bad', type: '' })];
    const body = JSON.stringify(events);
    const answer = await post(others.GENERIC.id, body, signedHeaders('GENERIC', others.GENERIC.secret, body));
    expect(answer).toMatchObject({ status: 400, json: { code: 'CLOUDEVENT_INVALID', field: 'type' } });
    expect(answer.json['message']).toContain('#2');
    expect(await inboxRows(app, others.GENERIC.id)).toHaveLength(0);
  });

  it('GitHub without X-GitHub-Delivery → 400 DELIVERY_ID_MISSING', async () => {
    const body = validBody('GITHUB');
    const { 'x-github-delivery': _, ...headers } = sign('GITHUB', body);
    expect(await post(connectors.GITHUB.id, body, headers)).toMatchObject({ status: 400, json: { code: 'DELIVERY_ID_MISSING' } });
  });

  it('only POST is served; other paths under /hooks are not found', async () => {
    expect((await fetch(`${app.url}/hooks/${connectors.GITHUB.id}`)).status).toBe(404);
    const body = validBody('GITHUB');
    const nested = await fetch(`${app.url}/hooks/${connectors.GITHUB.id}/extra`, { method: 'POST', headers: sign('GITHUB', body), body });
    expect(nested.status).toBe(404);
    expect(await inboxRows(app, connectors.GITHUB.id)).toHaveLength(0);
  });

  it('no answer reveals a secret, an expected signature or a stack', () => {
    expect(answers.length).toBeGreaterThan(40);
    const secrets = KINDS.flatMap((kind) => [connectors[kind].secret, others[kind].secret]);
    for (const answer of answers) {
      for (const secret of secrets) {
        expect(answer.text).not.toContain(secret);
        expect(answer.text).not.toContain(secret.replace(/^whsec_/, ''));
      }
      expect(answer.text).not.toMatch(/\bat .+\.(ts|js):\d+/);
      expect(Object.keys(answer.json).every((key) => ['code', 'message', 'field', 'id', 'ids'].includes(key))).toBe(true);
    }
  });
});
